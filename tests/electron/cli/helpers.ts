import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';
import { runCli } from '../../../electron/cli/main';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process, with a Spanish-neutral environment unless told otherwise. */
export async function rumbo(argv: string[], env: Record<string, string | undefined> = { LANG: 'C.UTF-8' }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    env,
  });
  return { code, stdout, stderr };
}

/** A failure as the contract says: non-zero, nothing on stdout, exactly one `CODE: message` line. */
export function failureLine(run: CliRun): { code: string; message: string } {
  const lines = run.stderr.split('\n');
  if (run.code === 0 || run.stdout !== '' || lines.length !== 2 || lines[1] !== '') {
    throw new Error(`not a one-line failure: ${JSON.stringify(run)}`);
  }
  const match = /^([A-Z][A-Z_]+): (\S.*)$/.exec(lines[0]!);
  if (!match) throw new Error(`not "CODE: message": ${lines[0]}`);
  return { code: match[1]!, message: match[2]! };
}

/** A fresh folder under the OS temp folder for each test, removed afterwards. */
export function useTempDir(): { path: (name: string) => string; dir: () => string } {
  let dir = '';
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rumbo-cli-test-'));
  });
  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });
  return { path: (name) => path.join(dir, name), dir: () => dir };
}

/** The bytes of a sound plan, made by the real engine. */
export async function planBytes(name = 'Ayuntamiento de Pruebas'): Promise<Uint8Array> {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Test' });
  await engine.call('plan.create', { institutionName: name });
  return (await engine.call('plan.export')).bytes;
}

/** Runs SQL on a plan's bytes behind Rumbo's back, as a hostile or broken tool would. */
export async function tamper(bytes: Uint8Array, sql: string): Promise<Uint8Array> {
  const SQL = await loadSqlJsForNode();
  const db = new SQL.Database(bytes);
  try {
    db.run(sql);
    return db.export();
  } finally {
    db.close();
  }
}

export async function listFolder(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).sort();
}
