import type { SnapshotInfo } from '../db/repos/snapshots';

/**
 * How another copy relates to the open plan. Every change writes a line with a UUID to the
 * change history and a merge brings the other copy's lines along, so the histories say which
 * copy contains the other: the one whose history includes every line of the other is newer.
 */
export type Relation = 'same' | 'older' | 'newer' | 'diverged' | 'other_plan';

export function relationOf(input: { samePlan: boolean; sameContent: boolean; mine: ReadonlySet<string>; theirs: ReadonlySet<string> }): Relation {
  if (!input.samePlan) return 'other_plan';
  const theirsInMine = [...input.theirs].every((id) => input.mine.has(id));
  const mineInTheirs = [...input.mine].every((id) => input.theirs.has(id));
  if (theirsInMine && mineInTheirs) return input.sameContent ? 'same' : 'diverged';
  if (theirsInMine) return 'older';
  if (mineInTheirs) return 'newer';
  return 'diverged';
}

/** The newest snapshot both files keep (a copy sent, a version approved): the common ancestor of a merge. */
export function commonAncestor(mine: readonly SnapshotInfo[], theirs: readonly SnapshotInfo[]): SnapshotInfo | null {
  const theirIds = new Set(theirs.map((snapshot) => snapshot.id));
  const shared = mine.filter((snapshot) => theirIds.has(snapshot.id));
  shared.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
  return shared[0] ?? null;
}
