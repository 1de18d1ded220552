import type { DescribedChange } from '../../../../shared/merge/describe';
import type { SectionId } from '../../../../shared/merge/labels';
import type { MergePreview, OfferedChange } from '../../../../shared/model/sharing';

export type Side = 'mine' | 'theirs';

/** What the planner has decided so far: the changes left out, and each conflict's side. */
export interface Decisions {
  rejected: ReadonlySet<string>;
  choices: Readonly<Record<string, Side>>;
}

/** The engine's "table:id" name of a record, as `OfferedChange.key` and `rejected` use it. */
export const keyOf = (ref: { table: string; id: string }) => `${ref.table}:${ref.id}`;

/**
 * Everything brought and each conflict as the engine proposes; when a review is prepared again
 * (the plan changed, the language changed) the earlier decisions are kept for what is still offered.
 */
export function initialDecisions(preview: MergePreview, previous?: Decisions): Decisions {
  const offered = new Set(preview.changes.map((change) => change.key));
  const choices: Record<string, Side> = {};
  for (const conflict of preview.conflicts) choices[conflict.id] = previous?.choices[conflict.id] ?? conflict.chosen;
  return { rejected: new Set([...(previous?.rejected ?? [])].filter((key) => offered.has(key))), choices };
}

export function withBrought(decisions: Decisions, keys: readonly string[], bring: boolean): Decisions {
  const rejected = new Set(decisions.rejected);
  for (const key of keys) {
    if (bring) rejected.delete(key);
    else rejected.add(key);
  }
  return { ...decisions, rejected };
}

export function withChoice(decisions: Decisions, conflictId: string, side: Side): Decisions {
  return { ...decisions, choices: { ...decisions.choices, [conflictId]: side } };
}

/**
 * Whether a change is brought, and whether the planner can decide it alone. A record that came
 * with another one follows it: an added KPI cannot come without its added objective, and a
 * removed KPI goes when its objective's removal is accepted (it would point nowhere otherwise).
 */
export function changeState(change: OfferedChange, decisions: Decisions, byKey: ReadonlyMap<string, OfferedChange>, depth = 0): { brought: boolean; forced: boolean } {
  const parent = change.partOf ? byKey.get(keyOf(change.partOf)) : undefined;
  if (parent && depth < 20) {
    const parentBrought = changeState(parent, decisions, byKey, depth + 1).brought;
    if (change.kind === 'added' && !parentBrought) return { brought: false, forced: true };
    if (change.kind === 'removed' && parentBrought && parent.kind === 'removed') return { brought: true, forced: true };
  }
  return { brought: !decisions.rejected.has(change.key), forced: false };
}

export function indexChanges(changes: readonly OfferedChange[]): Map<string, OfferedChange> {
  return new Map(changes.map((change) => [change.key, change]));
}

/** The input of 'plan.merge': every change not brought is named, including those that follow another. */
export function mergeRequest(preview: MergePreview, decisions: Decisions): { token: string; choices: Record<string, Side>; rejected: string[] } {
  const byKey = indexChanges(preview.changes);
  const choices: Record<string, Side> = {};
  for (const conflict of preview.conflicts) choices[conflict.id] = decisions.choices[conflict.id] ?? conflict.chosen;
  return {
    token: preview.token,
    choices,
    rejected: preview.changes.filter((change) => !changeState(change, decisions, byKey).brought).map((change) => change.key),
  };
}

export function broughtCount(changes: readonly OfferedChange[], decisions: Decisions, byKey: ReadonlyMap<string, OfferedChange>): number {
  return changes.filter((change) => changeState(change, decisions, byKey).brought).length;
}

/** A change with the records that came or went with it, listed under it. */
export interface ChangeNode<C extends DescribedChange> {
  change: C;
  children: ChangeNode<C>[];
}

/**
 * Nests each change under the record it came with when that record is in the same list, so a
 * new objective shows its KPIs beneath it; anything else stays at the top, in the engine's order.
 */
export function nestChanges<C extends DescribedChange>(changes: readonly C[]): ChangeNode<C>[] {
  const nodes = new Map(changes.map((change) => [keyOf(change), { change, children: [] as ChangeNode<C>[] }]));
  const roots: ChangeNode<C>[] = [];
  for (const change of changes) {
    const node = nodes.get(keyOf(change))!;
    const parent = change.partOf ? nodes.get(keyOf(change.partOf)) : undefined;
    if (parent && parent !== node && !isAncestor(node, parent)) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function isAncestor<C extends DescribedChange>(node: ChangeNode<C>, candidate: ChangeNode<C>): boolean {
  return node.children.some((child) => child === candidate || isAncestor(child, candidate));
}

/** The offered changes by section of the app, in the engine's (the app's) order. */
export function bySection(changes: readonly OfferedChange[]): { section: SectionId; changes: OfferedChange[] }[] {
  const groups = new Map<SectionId, OfferedChange[]>();
  for (const change of changes) groups.set(change.section, [...(groups.get(change.section) ?? []), change]);
  return [...groups].map(([section, list]) => ({ section, changes: list }));
}

/** Lists beyond this many changes start folded: a returned copy may bring hundreds. */
export const OPEN_UP_TO = 15;

export function countKinds(changes: readonly DescribedChange[]): { added: number; changed: number; removed: number } {
  const counts = { added: 0, changed: 0, removed: 0 };
  for (const change of changes) counts[change.kind] += 1;
  return counts;
}
