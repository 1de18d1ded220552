import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SqlJsStatic } from 'sql.js';
import { applyChanges, ChangeRecorder } from '../../../shared/db/changes';
import { checkInvariants } from '../../../shared/db/invariants';
import { openPlanBytes } from '../../../shared/db/open';
import { inTransaction, selectAll } from '../../../shared/db/sql';
import { REFERENCES } from '../../../shared/db/tables';
import { applySnapshot } from '../../../shared/merge/apply';
import { diffPlans } from '../../../shared/merge/diff';
import { naturalKey } from '../../../shared/merge/identity';
import { mergePlans, resolve, type Choices, type MergeResult } from '../../../shared/merge/merge';
import { MERGE_TABLES, readSnapshot, sameSnapshot, sameValue, type PlanSnapshot, type UserTable } from '../../../shared/merge/snapshot';
import { sqlJs } from '../helpers';
import { editedCopy, editsArbitrary, editsOnly, focusArbitrary, randomBasePlan, snapshotOf, type Edit } from './random-plans';

const RUNS = 60;

interface Case {
  SQL: SqlJsStatic;
  mineBytes: Uint8Array;
  base: PlanSnapshot;
  mine: PlanSnapshot;
  theirs: PlanSnapshot;
}

const caseArbitrary = fc.record({ seed: fc.integer(), focus: focusArbitrary, mineEdits: editsArbitrary, theirsEdits: editsArbitrary });

async function makeCase({ seed, focus, mineEdits, theirsEdits }: { seed: number; focus: readonly number[]; mineEdits: readonly Edit[]; theirsEdits: readonly Edit[] }): Promise<Case> {
  const SQL = await sqlJs();
  const baseBytes = await randomBasePlan(SQL, seed);
  const mine = editedCopy(SQL, baseBytes, 'Mía', seed + 1, mineEdits, focus);
  return {
    SQL,
    mineBytes: mine.bytes,
    base: snapshotOf(SQL, baseBytes),
    mine: mine.snapshot,
    theirs: editedCopy(SQL, baseBytes, 'Suya', seed + 2, theirsEdits, focus).snapshot,
  };
}

/**
 * Every change one copy made to the ancestor that the result does not carry and no conflict
 * names. A reference a copy emptied only because it deleted the target counts as carried when the
 * result no longer points at that target.
 */
function lostChanges(base: PlanSnapshot, copy: PlanSnapshot, merge: MergeResult): string[] {
  const covered = new Set(merge.conflicts.flatMap((conflict) => conflict.records.map((record) => `${record.table}/${record.id}`)));
  const result = merge.result;
  const lost: string[] = [];
  const diff = diffPlans(base, copy);
  for (const table of MERGE_TABLES) {
    const keys = new Set([...result[table].values()].map((row) => naturalKey(table, row)));
    for (const row of diff[table].added) {
      const id = String(row.id);
      if (!covered.has(`${table}/${id}`) && !result[table].has(id) && !(keys.has(naturalKey(table, row)) && naturalKey(table, row) !== null)) lost.push(`added ${table}/${id}`);
    }
    for (const row of diff[table].removed) {
      const id = String(row.id);
      if (result[table].has(id) && !covered.has(`${table}/${id}`)) lost.push(`removed ${table}/${id}`);
    }
    for (const change of diff[table].changed) {
      if (covered.has(`${table}/${change.id}`)) continue;
      const merged = result[table].get(change.id);
      for (const field of change.fields) {
        if (merged && sameValue(merged[field.column], field.after)) continue;
        const reference = REFERENCES.find((candidate) => candidate.table === table && candidate.column === field.column);
        const emptiedByDeletion = reference && field.after === null && field.before !== null && !copy[reference.target as UserTable].has(String(field.before));
        if (emptiedByDeletion && (!merged || !sameValue(merged[field.column], field.before))) continue;
        lost.push(`changed ${table}/${change.id}.${field.column}`);
      }
    }
  }
  return lost;
}

/** Writes `target` into mine's database as the app will, then undoes and redoes it; returns what the database said at each step. */
function writeInto(SQL: SqlJsStatic, bytes: Uint8Array, target: PlanSnapshot) {
  const db = openPlanBytes(SQL, bytes).db;
  try {
    const before = readSnapshot(db);
    const recorder = new ChangeRecorder(db, { author: 'Quien combina', now: '2026-05-01T10:00:00.000Z' });
    inTransaction(db, () => applySnapshot(db, recorder, target));
    const written = readSnapshot(db);
    const problems = checkInvariants(db);
    const foreignKeys = selectAll(db, 'PRAGMA foreign_key_check');
    inTransaction(db, () => applyChanges(db, recorder.changes, 'before'));
    const undone = readSnapshot(db);
    inTransaction(db, () => applyChanges(db, recorder.changes, 'after'));
    const redone = readSnapshot(db);
    return { before, written, problems, foreignKeys, undone, redone, changes: recorder.changes.length };
  } finally {
    db.close();
  }
}

describe('three-way merge of random copies (fast-check)', () => {
  it('loses no change of either copy: each is in the result or named by a conflict', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { base, mine, theirs } = await makeCase(input);
        const merge = mergePlans(base, mine, theirs);
        expect(lostChanges(base, mine, merge)).toEqual([]);
        expect(lostChanges(base, theirs, merge)).toEqual([]);
        // Unresolved, the result follows mine; resolving with no choice gives exactly that.
        expect(merge.conflicts.every((conflict) => conflict.chosen === 'mine')).toBe(true);
        expect(sameSnapshot(resolve(merge, {}), merge.result)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('merge(x, x, x) = x, and a copy merged with its own ancestor is that copy, whichever side it is on', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { base, mine, theirs } = await makeCase(input);
        for (const x of [base, mine]) {
          const same = mergePlans(x, x, x);
          expect(sameSnapshot(same.result, x)).toBe(true);
          expect(same.conflicts).toEqual([]);
          expect(same.applied).toEqual([]);
        }
        const onlyMine = mergePlans(base, mine, base);
        expect(onlyMine.conflicts).toEqual([]);
        expect(sameSnapshot(onlyMine.result, mine)).toBe(true);
        const onlyTheirs = mergePlans(base, base, theirs);
        expect(onlyTheirs.conflicts).toEqual([]);
        expect(sameSnapshot(onlyTheirs.result, theirs)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('merging two identical copies changes nothing: same result, no conflict, nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, async (input) => {
        const { SQL, mineBytes, base, mine } = await makeCase(input);
        const merge = mergePlans(base, mine, mine);
        expect(merge.conflicts).toEqual([]);
        expect(sameSnapshot(merge.result, mine)).toBe(true);
        expect(writeInto(SQL, mineBytes, merge.result).changes).toBe(0);
      }),
      { numRuns: Math.round(RUNS / 2) },
    );
  });

  it('the result, however the conflicts are resolved, is a sound plan once written: invariants, foreign keys, one undo step', async () => {
    await fc.assert(
      fc.asyncProperty(caseArbitrary, fc.constantFrom('mine', 'theirs' as const), fc.array(fc.boolean(), { maxLength: 30 }), async (input, prefer, coin) => {
        const { SQL, mineBytes, base, mine, theirs } = await makeCase(input);
        const merge = mergePlans(base, mine, theirs);
        const choices: Choices = Object.fromEntries(merge.conflicts.map((conflict, index) => [conflict.id, coin[index] ? 'theirs' : 'mine']));
        for (const target of [merge.result, resolve(merge, {}, prefer), resolve(merge, choices)]) {
          const outcome = writeInto(SQL, mineBytes, target);
          expect(outcome.problems).toEqual([]);
          expect(outcome.foreignKeys).toEqual([]);
          expect(sameSnapshot(outcome.written, target, { stamps: false })).toBe(true);
          expect(sameSnapshot(outcome.undone, outcome.before)).toBe(true);
          expect(sameSnapshot(outcome.redone, outcome.written)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('two copies that reorganise the unit tree never make a unit depend on itself; crossing moves are conflicts', async () => {
    let loops = 0;
    await fc.assert(
      fc.asyncProperty(fc.record({ seed: fc.integer(), focus: fc.constant([1]), mineEdits: editsOnly('move'), theirsEdits: editsOnly('move') }), fc.constantFrom('mine', 'theirs' as const), async (input, prefer) => {
        const { SQL, mineBytes, base, mine, theirs } = await makeCase(input);
        const merge = mergePlans(base, mine, theirs);
        expect(lostChanges(base, mine, merge)).toEqual([]);
        expect(lostChanges(base, theirs, merge)).toEqual([]);
        if (merge.conflicts.some((conflict) => conflict.kind === 'field' && conflict.cause === 'cycle')) loops++;
        for (const target of [merge.result, resolve(merge, {}, prefer)]) {
          const outcome = writeInto(SQL, mineBytes, target);
          expect(outcome.problems).toEqual([]);
          expect(outcome.foreignKeys).toEqual([]);
        }
      }),
      { numRuns: RUNS },
    );
    // The property would prove little if loops never came up.
    expect(loops).toBeGreaterThan(0);
  });

  it('never mixes one copy\'s period start with the other\'s end, nor one copy\'s logo with the other\'s image type', async () => {
    let clashes = 0;
    await fc.assert(
      fc.asyncProperty(fc.record({ seed: fc.integer(), focus: fc.constant([0]), mineEdits: editsOnly('profile'), theirsEdits: editsOnly('profile') }), fc.constantFrom('mine', 'theirs' as const), async (input, prefer) => {
        const { SQL, mineBytes, base, mine, theirs } = await makeCase(input);
        const merge = mergePlans(base, mine, theirs);
        expect(lostChanges(base, mine, merge)).toEqual([]);
        expect(lostChanges(base, theirs, merge)).toEqual([]);
        clashes += merge.conflicts.length;
        for (const target of [merge.result, resolve(merge, {}, prefer)]) expect(writeInto(SQL, mineBytes, target).problems).toEqual([]);
      }),
      { numRuns: Math.round(RUNS / 2) },
    );
    expect(clashes).toBeGreaterThan(0);
  });
});
