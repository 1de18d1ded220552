import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyChanges, ChangeRecorder } from '../../../shared/db/changes';
import { checkInvariants } from '../../../shared/db/invariants';
import { openPlanBytes } from '../../../shared/db/open';
import { inTransaction, selectAll } from '../../../shared/db/sql';
import { applySnapshot, insertionOrder } from '../../../shared/merge/apply';
import { readSnapshot, sameSnapshot } from '../../../shared/merge/snapshot';
import { engineWithPlan, sqlJs } from '../helpers';
import { randomBasePlan, snapshotOf } from './random-plans';

describe('applySnapshot', () => {
  it('turns any plan into any other through the recorder, with foreign keys enforced on every statement, as one undo step', async () => {
    const SQL = await sqlJs();
    const { engine } = await engineWithPlan('Otra institución');
    // Made by another engine: its singletons and texts have other ids, so they are replaced too.
    const unrelated = (await engine.call('plan.export')).bytes;
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.integer(), fc.boolean(), async (fromSeed, toSeed, toUnrelated) => {
        const fromBytes = await randomBasePlan(SQL, fromSeed);
        const target = toUnrelated ? snapshotOf(SQL, unrelated) : snapshotOf(SQL, await randomBasePlan(SQL, toSeed));
        const db = openPlanBytes(SQL, fromBytes).db;
        try {
          const before = readSnapshot(db);
          const recorder = new ChangeRecorder(db, { author: 'Quien combina', now: '2026-05-01T10:00:00.000Z' });
          inTransaction(db, () => applySnapshot(db, recorder, target));
          expect(sameSnapshot(readSnapshot(db), target, { stamps: false })).toBe(true);
          expect(checkInvariants(db)).toEqual([]);
          expect(selectAll(db, 'PRAGMA foreign_key_check')).toEqual([]);
          inTransaction(db, () => applyChanges(db, recorder.changes, 'before'));
          expect(sameSnapshot(readSnapshot(db), before)).toBe(true);
          inTransaction(db, () => applyChanges(db, recorder.changes, 'after'));
          expect(sameSnapshot(readSnapshot(db), target, { stamps: false })).toBe(true);
        } finally {
          db.close();
        }
      }),
      { numRuns: 40 },
    );
  });

  it('writes nothing when the plan already is the target', async () => {
    const SQL = await sqlJs();
    const db = openPlanBytes(SQL, await randomBasePlan(SQL, 7)).db;
    try {
      const recorder = new ChangeRecorder(db, { author: 'x', now: '2026-05-01T10:00:00.000Z' });
      inTransaction(db, () => applySnapshot(db, recorder, readSnapshot(db)));
      expect(recorder.changes).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('inserts every table after the tables it cannot live without', () => {
    const order = insertionOrder();
    expect(order.indexOf('account_person')).toBeGreaterThan(order.indexOf('person'));
    expect(order.indexOf('tactic_account')).toBeGreaterThan(order.indexOf('tactic'));
    expect(order.indexOf('tactic')).toBeGreaterThan(order.indexOf('strategy_line'));
    expect(order.indexOf('kpi')).toBeGreaterThan(order.indexOf('objective'));
  });
});
