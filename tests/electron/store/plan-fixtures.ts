import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanEngine } from '../../../shared/engine/engine';
import { openPlanBytes } from '../../../shared/db/open';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';
import type { FileStoreOptions } from '../../../electron/store/types';

export interface PlanVersions {
  /** A new plan, a few tens of KB. */
  a: Uint8Array;
  /** The same plan renamed and with a 1.5 MB logo: saving it takes long enough to be interrupted. */
  b: Uint8Array;
}

let versions: Promise<PlanVersions> | null = null;

/** Two real versions of one plan, exported by the real engine. */
export function planVersions(): Promise<PlanVersions> {
  versions ??= (async () => {
    const SQL = await loadSqlJsForNode();
    const engine = new PlanEngine({ SQL, author: 'Ana' });
    await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva' });
    const a = (await engine.call('plan.export')).bytes;
    const logo = randomBytes(1536 * 1024);
    logo.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    await engine.call('institution.update', { name: 'Ayto. de Villanueva del Río', logo: { mime: 'image/png', bytes: logo } });
    const b = (await engine.call('plan.export')).bytes;
    return { a, b };
  })();
  return versions;
}

export const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** N1's second half: the real opener accepts the bytes and SQLite's quick_check says ok. */
export async function quickCheck(bytes: Uint8Array): Promise<string> {
  const SQL = await loadSqlJsForNode();
  const { db } = openPlanBytes(SQL, bytes);
  try {
    return String(db.exec('PRAGMA quick_check')[0]?.values[0]?.[0]);
  } finally {
    db.close();
  }
}

export async function makeTempDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `rumbo-store-${label}-`));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** Anything a save of ours could leave behind: dot-files and *.tmp. */
export async function leftoversIn(folder: string): Promise<string[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.tmp') || (name.startsWith('.') && name.includes('.rumbo-')));
}

export function storeOptions(dataDir: string, extra: Partial<FileStoreOptions> = {}): FileStoreOptions {
  return {
    dataDir,
    user: 'ana',
    machine: hostname(),
    pid: process.pid,
    // The test folders live under the OS temp folder; only the tests about temp folders say otherwise.
    temporaryRoots: [],
    renameRetry: { attempts: 5, delayMs: 2 },
    ...extra,
  };
}
