import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { FORMAT_VERSION, MAX_PLAN_BYTES } from '../../../shared/db/format';
import { failureLine, listFolder, planBytes, rumbo, tamper, useTempDir } from './helpers';

describe('rumbo check', () => {
  const temp = useTempDir();

  async function checkBytes(bytes: Uint8Array | string, ...options: string[]) {
    const file = temp.path('plan.rumbo');
    await fs.writeFile(file, bytes);
    return rumbo(['check', file, ...options]);
  }

  it('exits 0 with one OK line for a sound plan', async () => {
    const file = temp.path('plan.rumbo');
    await fs.writeFile(file, await planBytes('Ayuntamiento de Pruebas'));
    const run = await rumbo(['check', file]);
    expect(run).toEqual({ code: 0, stdout: `OK: ${file} es un plan de Rumbo en buen estado (Ayuntamiento de Pruebas, revisión 0).\n`, stderr: '' });
  });

  it('never changes the file and leaves no lock or temp files behind', async () => {
    const file = temp.path('plan.rumbo');
    const bytes = await planBytes();
    await fs.writeFile(file, bytes);
    const before = await fs.stat(file);
    expect((await rumbo(['check', file])).code).toBe(0);
    expect((await rumbo(['info', file])).code).toBe(0);
    expect((await rumbo(['info', file, '--json'])).code).toBe(0);
    expect(await listFolder(temp.dir())).toEqual(['plan.rumbo']);
    expect(new Uint8Array(await fs.readFile(file))).toEqual(bytes);
    expect((await fs.stat(file)).mtimeMs).toBe(before.mtimeMs);
  });

  it('reports a missing file as FILE_NOT_FOUND', async () => {
    expect(failureLine(await rumbo(['check', temp.path('absent.rumbo')])).code).toBe('FILE_NOT_FOUND');
  });

  it('reports a 0-byte file as FILE_EMPTY', async () => {
    expect(failureLine(await checkBytes(new Uint8Array(0))).code).toBe('FILE_EMPTY');
  });

  it('reports a text file as FILE_NOT_SQLITE', async () => {
    expect(failureLine(await checkBytes('Acta de la reunión del gabinete.\n'.repeat(20))).code).toBe('FILE_NOT_SQLITE');
  });

  it('reports a plan cut short as FILE_TRUNCATED', async () => {
    const bytes = await planBytes();
    expect(failureLine(await checkBytes(bytes.subarray(0, bytes.length - 4096))).code).toBe('FILE_TRUNCATED');
    expect(failureLine(await checkBytes(bytes.subarray(0, bytes.length - 1000))).code).toBe('FILE_TRUNCATED');
  });

  it('reports a plan with a foreign trigger as FILE_FOREIGN_SCHEMA', async () => {
    const hostile = await tamper(await planBytes(), 'CREATE TRIGGER wipe AFTER INSERT ON account BEGIN DELETE FROM org_unit; END');
    const { code, message } = failureLine(await checkBytes(hostile));
    expect(code).toBe('FILE_FOREIGN_SCHEMA');
    expect(message).toContain('trigger wipe');
  });

  it('reports a database that is not a plan as FILE_NOT_RUMBO', async () => {
    expect(failureLine(await checkBytes(await tamper(await planBytes(), 'PRAGMA application_id = 7'))).code).toBe('FILE_NOT_RUMBO');
  });

  it('refuses a file over the size limit before reading it (FILE_TOO_LARGE)', async () => {
    const file = temp.path('huge.rumbo');
    await fs.writeFile(file, '');
    await fs.truncate(file, MAX_PLAN_BYTES + 1); // sparse: no disk space is used
    expect(failureLine(await rumbo(['check', file])).code).toBe('FILE_TOO_LARGE');
  });

  it('reports a folder as FILE_READ_FAILED', async () => {
    expect(failureLine(await rumbo(['check', temp.dir()])).code).toBe('FILE_READ_FAILED');
  });

  it('does not vouch for a plan from a newer Rumbo, which info still reads', async () => {
    const newer = await tamper(await planBytes(), `PRAGMA user_version = ${FORMAT_VERSION + 1}`);
    const { code } = failureLine(await checkBytes(newer));
    expect(code).toBe('FILE_NEWER_VERSION');
    const info = await rumbo(['info', temp.path('plan.rumbo'), '--json']);
    expect(info.code).toBe(0);
    expect(JSON.parse(info.stdout).institution.name).toBe('Ayuntamiento de Pruebas');
  });

  it('gives the message in English with --lang en or an English environment, the code unchanged', async () => {
    const byOption = failureLine(await checkBytes(new Uint8Array(0), '--lang', 'en'));
    expect(byOption).toEqual({ code: 'FILE_EMPTY', message: translate('en', 'errors.FILE_EMPTY') });
    const file = temp.path('plan.rumbo');
    expect(failureLine(await rumbo(['check', file], { LC_ALL: 'en_US.UTF-8' })).message).toBe(translate('en', 'errors.FILE_EMPTY'));
    expect(failureLine(await rumbo(['check', file])).message).toBe(translate('es', 'errors.FILE_EMPTY'));

    await fs.writeFile(file, await planBytes('Ayto'));
    expect((await rumbo(['check', file, '--lang', 'en'])).stdout).toBe(`OK: ${file} is a sound Rumbo plan (Ayto, revision 0).\n`);
  });
});
