import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import type { CliRun } from './helpers';
import { useTempDir } from './helpers';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** The exact form other checks use: `npm run -s rumbo -- <args>`, as a real child process. */
function npmRumbo(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '-s', 'rumbo', '--', ...args], {
      cwd: REPO,
      env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
      shell: process.platform === 'win32',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe('npm run -s rumbo -- ... (child processes)', () => {
  const temp = useTempDir();

  it('new then info --json print exactly what the contract says', async () => {
    const file = temp.path('plan.rumbo');
    const created = await npmRumbo(['new', file, '--name', 'Ayuntamiento de Pruebas', '--lang', 'en']);
    expect(created).toEqual({ code: 0, stdout: `Plan created: ${file} (Ayuntamiento de Pruebas).\n`, stderr: '' });
    const info = await npmRumbo(['info', file, '--json']);
    expect(info.code).toBe(0);
    expect(info.stderr).toBe('');
    const parsed = JSON.parse(info.stdout);
    expect(parsed).toMatchObject({ institution: { name: 'Ayuntamiento de Pruebas', type: 'town_council' }, plan: { language: 'en', revision: 0 } });
    expect(Object.keys(parsed)).toEqual(['institution', 'plan', 'counts']);
  }, 60_000);

  it('check on a damaged file: exit 1, exactly one CODE: message line, and bad arguments exit 2', async () => {
    const file = temp.path('empty.rumbo');
    await fs.writeFile(file, '');
    const damaged = await npmRumbo(['check', file], { LANG: 'en_GB.UTF-8' });
    expect(damaged).toEqual({ code: 1, stdout: '', stderr: `FILE_EMPTY: ${translate('en', 'errors.FILE_EMPTY')}\n` });
    const usage = await npmRumbo(['check']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/^Falta el argumento <archivo\.rumbo>\.\n\nUso: rumbo/);
  }, 60_000);
});
