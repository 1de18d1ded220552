import type { Row } from '../db/tables';
import { allReferences, recordKey, requiredReferencesFrom, splitKey, type RecordKey } from './references';
import { MERGE_TABLES, contentColumns, sameValue, type PlanSnapshot, type UserTable } from './snapshot';

export type Side = 'mine' | 'theirs';

export function otherSide(side: Side): Side {
  return side === 'mine' ? 'theirs' : 'mine';
}

/** A record one copy deleted on purpose, with everything that went with it. */
export interface Deletion {
  root: RecordKey;
  /** The root and the records this copy deleted because they could not live without it (links, KPIs...). */
  members: Set<RecordKey>;
  /** Records that stayed but whose reference to a member this copy emptied as a consequence. */
  cleared: Set<RecordKey>;
}

/**
 * What one copy did to the common ancestor. A deletion drags consequences along (the app deletes
 * a person's links and empties the references to her): those are told apart from deliberate
 * edits, so that when the deletion does not go through its consequences do not either.
 */
export class SideChanges {
  readonly deleted = new Set<RecordKey>();
  private readonly cascadeCleared = new Set<string>();
  private readonly clearedByTarget = new Map<RecordKey, RecordKey[]>();
  /** For each deleted record, the deleted records it required. */
  readonly deletedParents = new Map<RecordKey, RecordKey[]>();
  private dependents: Map<RecordKey, RecordKey[]> | null = null;
  private references: Map<RecordKey, RecordKey[]> | null = null;

  constructor(
    readonly side: Side,
    readonly base: PlanSnapshot,
    readonly copy: PlanSnapshot,
  ) {
    for (const table of MERGE_TABLES) for (const id of base[table].keys()) if (!copy[table].has(id)) this.deleted.add(recordKey(table, id));
    for (const reference of allReferences()) {
      if (reference.onDelete !== 'clear') continue;
      for (const [id, before] of base[reference.table]) {
        const value = before[reference.column];
        const target = value === null || value === undefined ? null : recordKey(reference.target, String(value));
        if (!target || !this.deleted.has(target) || copy[reference.table].get(id)?.[reference.column] !== null) continue;
        this.cascadeCleared.add(`${recordKey(reference.table, id)}/${reference.column}`);
        push(this.clearedByTarget, target, recordKey(reference.table, id));
      }
    }
    for (const key of this.deleted) {
      const parents = this.requiredTargets(key, base).filter((parent) => this.deleted.has(parent));
      if (parents.length > 0) this.deletedParents.set(key, parents);
    }
  }

  row(table: UserTable, id: string): Row | undefined {
    return this.copy[table].get(id);
  }

  isCascadeClear(table: UserTable, id: string, column: string): boolean {
    return this.cascadeCleared.has(`${recordKey(table, id)}/${column}`);
  }

  /** The columns this copy changed on purpose in a record the ancestor had (none if either lacks it). */
  changedColumns(table: UserTable, id: string): string[] {
    const before = this.base[table].get(id);
    const after = this.copy[table].get(id);
    if (!before || !after) return [];
    return contentColumns(table).filter((column) => !sameValue(before[column], after[column]) && !this.isCascadeClear(table, id, column));
  }

  /** Deletions that were not a consequence of another deletion of this copy, each with its consequences. */
  deletions(): Deletion[] {
    const children = new Map<RecordKey, RecordKey[]>();
    for (const [key, parents] of this.deletedParents) for (const parent of parents) push(children, parent, key);
    const found: Deletion[] = [];
    for (const root of this.deleted) {
      if (this.deletedParents.has(root)) continue;
      const members = new Set([root]);
      for (const member of members) for (const child of children.get(member) ?? []) members.add(child);
      const cleared = new Set<RecordKey>();
      for (const member of members) for (const record of this.clearedByTarget.get(member) ?? []) cleared.add(record);
      found.push({ root, members, cleared });
    }
    return found;
  }

  /** Records of this copy that point at `target` through a reference the ancestor did not have. */
  newReferencesTo(target: RecordKey): RecordKey[] {
    if (!this.references) {
      this.references = new Map();
      for (const reference of allReferences()) {
        for (const [id, row] of this.copy[reference.table]) {
          const value = row[reference.column];
          if (value === null || value === undefined) continue;
          const before = this.base[reference.table].get(id);
          if (before && sameValue(before[reference.column], value)) continue;
          push(this.references, recordKey(reference.target, String(value)), recordKey(reference.table, id));
        }
      }
    }
    return this.references.get(target) ?? [];
  }

  /** Records of this copy that cannot exist without `key`, directly or through others. */
  dependentsOf(key: RecordKey): RecordKey[] {
    if (!this.dependents) {
      this.dependents = new Map();
      for (const table of MERGE_TABLES) {
        for (const id of this.copy[table].keys()) {
          const child = recordKey(table, id);
          for (const parent of this.requiredTargets(child, this.copy)) push(this.dependents, parent, child);
        }
      }
    }
    const found = new Set<RecordKey>([key]);
    for (const record of found) for (const child of this.dependents.get(record) ?? []) found.add(child);
    found.delete(key);
    return [...found];
  }

  private requiredTargets(key: RecordKey, snapshot: PlanSnapshot): RecordKey[] {
    const { table, id } = splitKey(key);
    const row = snapshot[table].get(id);
    if (!row) return [];
    return requiredReferencesFrom(table).flatMap((reference) => {
      const value = row[reference.column];
      return value === null || value === undefined ? [] : [recordKey(reference.target, String(value))];
    });
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
