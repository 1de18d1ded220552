import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * Commands that replace a plan keep a backup of the old version in ~/.rumbo (the command
 * line's data folder, fixed when electron/cli/plan-output.ts loads). Imported first by the
 * test files whose commands save plans, this points HOME at a temporary folder so that tests
 * never write into the real home folder; the folder goes when the file's tests end.
 */
const previousHome = process.env.HOME;
export const SANDBOX_HOME = fs.mkdtempSync(path.join(os.tmpdir(), 'rumbo-cli-home-'));
process.env.HOME = SANDBOX_HOME;

afterAll(() => {
  if (previousHome === undefined) delete process.env.HOME;
  else process.env.HOME = previousHome;
  fs.rmSync(SANDBOX_HOME, { recursive: true, force: true });
});
