import { performance } from 'node:perf_hooks';
import type { SqlJsStatic } from 'sql.js';
import { PlanEngine } from '../../shared/engine/engine';
import { seededRandom } from './seeded-random';
import { sendCopy } from '../shared/sharing/send-copy';

export const CHANGES_PER_SIDE = 500;
/** Accounts both sides edit in the same field: the conflicts a person must decide. */
const OVERLAP = 20;

export interface SharingMeasures {
  prepareMs: number;
  copyBytes: number;
  planBytes: number;
  compareMs: number[];
  previewMs: number[];
  mergeMs: number;
  changesOffered: number;
  conflicts: number;
  merged: { added: number; changed: number; removed: number };
}

/**
 * The consolidation case of issue 6 on the large plan: a copy prepared to send, then 500 changes
 * made in the copy (edits, additions, deletions, as a colleague does through the app) and 500
 * in the original, 20 of them on the same field; compared, previewed and merged back.
 */
export async function measureSharing(SQL: SqlJsStatic, planBytes: Uint8Array): Promise<SharingMeasures> {
  const central = new PlanEngine({ SQL, author: 'Central' });
  await central.call('plan.open', { bytes: planBytes });
  let start = performance.now();
  const copy = await sendCopy(central, { recipient: 'Banco de pruebas' });
  const prepareMs = performance.now() - start;

  const colleague = new PlanEngine({ SQL, author: 'Colega' });
  await colleague.call('plan.open', { bytes: copy.bytes });
  const accounts = (await central.call('inventory.get')).accounts;
  const random = seededRandom(6);
  const shuffled = [...accounts].sort(() => random() - 0.5);
  const theirs = shuffled.slice(0, 400);
  const deleted = shuffled.slice(400, 450);
  const mine = [...shuffled.slice(0, OVERLAP), ...shuffled.slice(450, 450 + CHANGES_PER_SIDE - OVERLAP)];

  for (const account of theirs) await colleague.call('account.update', { id: account.id, displayName: `${account.displayName} (revisada)` });
  for (const account of mine.slice(0, OVERLAP)) await central.call('account.update', { id: account.id, displayName: `${account.displayName} (central)` });
  for (const [index, account] of mine.slice(OVERLAP).entries()) await central.call('account.update', { id: account.id, followers: 1000 + index });
  for (let index = 0; index < 50; index++) await colleague.call('account.create', { platform: 'instagram', handle: `@nueva_${index}` });
  await colleague.call('accounts.delete', { ids: deleted.map((account) => account.id) });
  const returned = (await colleague.call('plan.export')).bytes;

  const compareMs: number[] = [];
  const previewMs: number[] = [];
  let preview = null;
  for (let run = 0; run < 3; run++) {
    start = performance.now();
    await central.call('plan.compare', { bytes: returned, name: 'devuelta.rumbo' });
    compareMs.push(performance.now() - start);
    start = performance.now();
    preview = await central.call('plan.mergePreview', { bytes: returned, name: 'devuelta.rumbo' });
    previewMs.push(performance.now() - start);
  }
  start = performance.now();
  const outcome = await central.call('plan.merge', { token: preview!.token, choices: {}, rejected: [] });
  const mergeMs = performance.now() - start;
  return {
    prepareMs,
    copyBytes: copy.sizeBytes,
    planBytes: planBytes.length,
    compareMs,
    previewMs,
    mergeMs,
    changesOffered: preview!.changes.length,
    conflicts: preview!.conflicts.length,
    merged: { added: outcome.added, changed: outcome.changed, removed: outcome.removed },
  };
}
