import { formatDateTime, translate, type Lang } from '../i18n';
import type { Row, SqlValue } from '../db/tables';
import type { PlanDiff } from './diff';
import { SECTIONS, TABLE_SECTIONS, fieldLabel, formatValue, recordNoun, recordTitle, sectionTitle, type Lookup, type SectionId } from './labels';
import type { Conflict, MergeResult, RecordRef, Side } from './merge';
import { recordKey, requiredReferencesFrom } from './references';
import { MERGE_TABLES, type PlanSnapshot, type UserTable } from './snapshot';

export interface DescribedField {
  column: string;
  label: string;
  before: SqlValue;
  after: SqlValue;
  beforeText: string;
  afterText: string;
}

export interface DescribedChange {
  table: UserTable;
  id: string;
  kind: 'added' | 'changed' | 'removed';
  /** What kind of record ("Cuenta"). */
  record: string;
  /** Kind and name together ("Cuenta «Instagram @villanueva»"). */
  title: string;
  /** Who made the newer version and when (formatted); null for a removal, whose author is unknown. */
  by: string | null;
  at: string | null;
  fields: DescribedField[];
  /**
   * The record this one came or went with (a KPI with its objective, a link with either end), when
   * that record is added or removed too: a list in words can show it under that one, or just count it.
   */
  partOf: RecordRef | null;
}

export interface DescribedSection {
  section: SectionId;
  title: string;
  changes: DescribedChange[];
}

/** Looks a record up in each snapshot in turn: a value of the newer version is named as the newer version names it. */
export function lookupIn(...snapshots: PlanSnapshot[]): Lookup {
  return (table, id) => {
    for (const snapshot of snapshots) {
      const row = snapshot[table].get(id);
      if (row) return row;
    }
    return undefined;
  };
}

const KIND_ORDER = { added: 0, changed: 1, removed: 2 } as const;

/** A diff from `a` to `b` in the planner's words, by section of the app, in the app's order. */
export function describeDiff(diff: PlanDiff, a: PlanSnapshot, b: PlanSnapshot, lang: Lang): DescribedSection[] {
  const older = lookupIn(a, b);
  const newer = lookupIn(b, a);
  const bySection = new Map<SectionId, DescribedChange[]>();
  const add = (table: UserTable, change: DescribedChange) => {
    const section = TABLE_SECTIONS[table];
    bySection.set(section, [...(bySection.get(section) ?? []), change]);
  };
  const added = keysOf(diff, 'added');
  const removed = keysOf(diff, 'removed');
  for (const table of MERGE_TABLES) {
    const common = { table, record: recordNoun(lang, table) };
    for (const row of diff[table].added) {
      add(table, {
        ...common,
        id: String(row.id),
        kind: 'added',
        title: recordTitle(lang, table, row, newer),
        ...stamp(lang, row.updated_by, row.updated_at),
        fields: [],
        partOf: requiredParentIn(added, table, row),
      });
    }
    for (const change of diff[table].changed) {
      const row = b[table].get(change.id) ?? a[table].get(change.id)!;
      add(table, {
        ...common,
        id: change.id,
        kind: 'changed',
        title: recordTitle(lang, table, row, newer),
        ...stamp(lang, change.updatedBy, change.updatedAt),
        fields: change.fields.map((field) => ({
          column: field.column,
          label: fieldLabel(lang, table, field.column),
          before: field.before,
          after: field.after,
          beforeText: formatValue(lang, table, field.column, field.before, older),
          afterText: formatValue(lang, table, field.column, field.after, newer),
        })),
        partOf: null,
      });
    }
    for (const row of diff[table].removed) {
      add(table, { ...common, id: String(row.id), kind: 'removed', title: recordTitle(lang, table, row, older), by: null, at: null, fields: [], partOf: requiredParentIn(removed, table, row) });
    }
  }
  return SECTIONS.filter((section) => bySection.has(section)).map((section) => ({
    section,
    title: sectionTitle(lang, section),
    changes: bySection.get(section)!.sort(
      (x, y) => MERGE_TABLES.indexOf(x.table) - MERGE_TABLES.indexOf(y.table) || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || x.title.localeCompare(y.title, lang, { numeric: true }),
    ),
  }));
}

function keysOf(diff: PlanDiff, kind: 'added' | 'removed'): Set<string> {
  return new Set(MERGE_TABLES.flatMap((table) => diff[table][kind].map((row) => recordKey(table, String(row.id)))));
}

/** The first record this row cannot live without that is among `keys`. */
function requiredParentIn(keys: ReadonlySet<string>, table: UserTable, row: Row): RecordRef | null {
  for (const reference of requiredReferencesFrom(table)) {
    const value = row[reference.column];
    if (value !== null && value !== undefined && keys.has(recordKey(reference.target, String(value)))) return { table: reference.target, id: String(value) };
  }
  return null;
}

function stamp(lang: Lang, by: SqlValue | undefined, at: SqlValue | undefined): { by: string | null; at: string | null } {
  return { by: typeof by === 'string' ? by : null, at: typeof at === 'string' ? formatDateTime(lang, at) : null };
}

export interface DescribedConflict {
  id: string;
  section: SectionId;
  sectionTitle: string;
  /** One sentence: what each copy did. */
  text: string;
  /** What choosing each side does, in a few words. */
  choices: Record<Side, string>;
  chosen: Side;
}

/** How the two copies are called in the sentences: file names on the command line, "my copy" and "the other copy" by default. */
export type SideNames = Record<Side, string>;

/** The conflicts of a merge in the planner's words, in the order of the app's sections. */
export function describeConflicts(merge: MergeResult, lang: Lang, names?: SideNames): DescribedConflict[] {
  const sides: SideNames = names ?? { mine: translate(lang, 'merge.sides.mine'), theirs: translate(lang, 'merge.sides.theirs') };
  const { base, mine, theirs } = merge.inputs;
  const lookup = lookupIn(mine, theirs, base);
  return merge.conflicts
    .map((conflict) => {
      const row = mine[conflict.table].get(conflict.recordId) ?? theirs[conflict.table].get(conflict.recordId) ?? base[conflict.table].get(conflict.recordId)!;
      const section = TABLE_SECTIONS[conflict.table];
      return {
        id: conflict.id,
        section,
        sectionTitle: sectionTitle(lang, section),
        text: conflictText(conflict, recordTitle(lang, conflict.table, row, lookup), lang, sides, lookup),
        choices: conflictChoices(conflict, lang, sides),
        chosen: conflict.chosen,
      };
    })
    .sort((x, y) => SECTIONS.indexOf(x.section) - SECTIONS.indexOf(y.section));
}

function conflictText(conflict: Conflict, title: string, lang: Lang, sides: SideNames, lookup: Lookup): string {
  if (conflict.kind === 'delete') {
    const other = conflict.deletedBy === 'mine' ? 'theirs' : 'mine';
    const titles = (how: 'edited' | 'referenced', self: boolean) =>
      conflict.uses
        .filter((use) => use.how === how && (use.table === conflict.table && use.id === conflict.recordId) === self)
        .map((use) => {
          const user = lookup(use.table, use.id);
          return user ? recordTitle(lang, use.table, user, lookup) : recordNoun(lang, use.table);
        });
    const editedOthers = titles('edited', false);
    const users = titles('referenced', false);
    const phrases = [
      ...(titles('edited', true).length > 0 ? [translate(lang, 'merge.conflicts.usesEdited')] : []),
      ...(editedOthers.length > 0 ? [translate(lang, 'merge.conflicts.usesEditedPart', { count: editedOthers.length, records: editedOthers.join(', ') })] : []),
      ...(users.length > 0 ? [translate(lang, 'merge.conflicts.usesReferenced', { records: users.join(', ') })] : []),
    ];
    const uses = phrases.reduce((first, second) => translate(lang, 'merge.conflicts.and', { first, second }));
    return translate(lang, 'merge.conflicts.deleted', { record: title, deleter: sides[conflict.deletedBy], keeper: sides[other], uses });
  }
  const value = (side: 'base' | Side) =>
    conflict.fields.map((field) => formatValue(lang, conflict.table, field.column, field[side], lookup)).join(' – ');
  const key = conflict.cause === 'cycle' ? 'merge.conflicts.cycle' : conflict.inBase ? 'merge.conflicts.field' : 'merge.conflicts.fieldAdded';
  return translate(lang, key, {
    record: title,
    field: conflict.fields.map((field) => fieldLabel(lang, conflict.table, field.column)).join(' – '),
    mine: sides.mine,
    theirs: sides.theirs,
    mineValue: value('mine'),
    theirsValue: value('theirs'),
    baseValue: value('base'),
  });
}

function conflictChoices(conflict: Conflict, lang: Lang, sides: SideNames): Record<Side, string> {
  if (conflict.kind === 'delete') {
    const verb = (side: Side) => (side === conflict.deletedBy ? 'merge.conflicts.choose.delete' : 'merge.conflicts.choose.keep');
    return { mine: translate(lang, verb('mine'), { side: sides.mine }), theirs: translate(lang, verb('theirs'), { side: sides.theirs }) };
  }
  return { mine: translate(lang, 'merge.conflicts.choose.version', { side: sides.mine }), theirs: translate(lang, 'merge.conflicts.choose.version', { side: sides.theirs }) };
}
