import { SANDBOX_HOME } from './sandbox-home';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { failureLine, listFolder, planBytes, rumbo, useTempDir } from './helpers';
import { windows1252, xlsxOf } from '../../shared/inventory/fixtures';

const sha = async (file: string) => createHash('sha256').update(await fs.readFile(file)).digest('hex');

const GOOD = 'Red social;Usuario;Unidad;Seguidores;Gestores\r\nFacebook;villanueva;Área de Cultura;12.345;Pérez García, Ana\r\nInstagram;@cultura;área de cultura;980;\r\n';
const BAD = 'Plataforma;Usuario;Seguidores;Última publicación\r\nX;@bien;10;01/02/2025\r\nX;@mal;muchos;31/02/2025\r\nVimeo;@otra;;\r\n';

describe('rumbo import-accounts', () => {
  const temp = useTempDir();

  async function plan(): Promise<string> {
    const file = temp.path('plan.rumbo');
    await fs.writeFile(file, await planBytes());
    return file;
  }

  async function counts(file: string) {
    return JSON.parse((await rumbo(['info', file, '--json'])).stdout).counts as Record<string, number>;
  }

  it('imports a Windows-1252 CSV with ";" into the plan, saving it atomically with a backup outside the folder', async () => {
    const file = await plan();
    const sheet = temp.path('cuentas.csv');
    await fs.writeFile(sheet, windows1252(GOOD));
    const run = await rumbo(['import-accounts', file, sheet]);
    expect(run).toEqual({
      code: 0,
      stdout: `Se han importado 2 cuentas en ${file}.\nUnidad nueva: 1.\nPersona nueva en el directorio: 1.\n`,
      stderr: '',
    });
    expect(await counts(file)).toMatchObject({ units: 1, accounts: 2, people: 1 });
    expect(await listFolder(temp.dir())).toEqual(['cuentas.csv', 'plan.rumbo']);
    expect((await fs.readdir(path.join(SANDBOX_HOME, '.rumbo', 'backups'))).length).toBe(1);
  });

  it('lists every row problem on stderr, ends with one CODE line, exits 1 and leaves the plan byte for byte as it was', async () => {
    const file = await plan();
    const sheet = temp.path('cuentas.csv');
    await fs.writeFile(sheet, BAD);
    const before = await sha(file);
    const run = await rumbo(['import-accounts', file, sheet]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      'Fila 3 · Seguidores: «muchos» no es un número.',
      'Fila 3 · Última publicación: «31/02/2025» no es una fecha válida. Escríbala como día/mes/año, por ejemplo 31/01/2025.',
      `Fila 4 · Plataforma: ${translate('es', 'transfer.problems.unknownPlatform', { value: 'Vimeo' })}`,
      'Con --skip-invalid se importan solo las filas correctas.',
      `IMPORT_ROWS_INVALID: ${translate('es', 'errors.IMPORT_ROWS_INVALID', { count: 2 })}`,
      '',
    ]);
    expect(await sha(file)).toBe(before);
    expect(await listFolder(temp.dir())).toEqual(['cuentas.csv', 'plan.rumbo']);
  });

  it('imports only the correct rows with --skip-invalid, and says how many were skipped, in English when asked', async () => {
    const file = await plan();
    const sheet = temp.path('cuentas.csv');
    await fs.writeFile(sheet, BAD);
    const run = await rumbo(['import-accounts', file, sheet, '--skip-invalid', '--lang', 'en']);
    expect(run).toEqual({ code: 0, stdout: `1 account imported into ${file}.\nRows skipped because of problems: 2.\n`, stderr: '' });
    expect((await counts(file)).accounts).toBe(1);
  });

  it('imports an .xlsx workbook', async () => {
    const file = await plan();
    const sheet = temp.path('cuentas.xlsx');
    await fs.writeFile(sheet, await xlsxOf([{ name: 'Cuentas', rows: [['Platform', 'URL', 'Followers'], [null, 'https://www.youtube.com/@AytoVillanueva', 1500]] }]));
    expect((await rumbo(['import-accounts', file, sheet])).code).toBe(0);
    expect((await counts(file)).accounts).toBe(1);
  });

  it('refuses a file with nothing to import, and files that are not there, with one line each and no change', async () => {
    const file = await plan();
    const before = await sha(file);
    const empty = temp.path('vacio.csv');
    await fs.writeFile(empty, '');
    expect(failureLine(await rumbo(['import-accounts', file, empty]))).toEqual({ code: 'IMPORT_EMPTY', message: translate('es', 'errors.IMPORT_EMPTY') });
    expect(failureLine(await rumbo(['import-accounts', file, temp.path('no-existe.csv')])).code).toBe('FILE_NOT_FOUND');
    expect(failureLine(await rumbo(['import-accounts', temp.path('no-existe.rumbo'), empty])).code).toBe('IMPORT_EMPTY');
    const titles = temp.path('titulos.csv');
    await fs.writeFile(titles, 'Plataforma;Usuario\r\n');
    expect(failureLine(await rumbo(['import-accounts', temp.path('no-existe.rumbo'), titles])).code).toBe('FILE_NOT_FOUND');
    expect(failureLine(await rumbo(['import-accounts', file, titles])).code).toBe('IMPORT_NO_ROWS');
    expect(await sha(file)).toBe(before);
  });

  it('refuses a sheet over 10 MB before reading it', async () => {
    const file = await plan();
    const huge = temp.path('enorme.csv');
    await fs.writeFile(huge, '');
    await fs.truncate(huge, 10 * 1024 * 1024 + 1);
    const run = await rumbo(['import-accounts', file, huge]);
    expect(failureLine(run)).toEqual({ code: 'IMPORT_TOO_LARGE', message: translate('es', 'errors.IMPORT_TOO_LARGE', { size: '10.0 MB', max: '10.0 MB' }) });
  });

  it('reports a damaged plan with the plan error', async () => {
    const file = temp.path('plan.rumbo');
    await fs.writeFile(file, new Uint8Array(0));
    const sheet = temp.path('cuentas.csv');
    await fs.writeFile(sheet, GOOD);
    expect(failureLine(await rumbo(['import-accounts', file, sheet])).code).toBe('FILE_EMPTY');
  });

  it('explains usage mistakes with exit 2', async () => {
    const run = await rumbo(['import-accounts', temp.path('plan.rumbo')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(translate('es', 'cli.usageErrors.missingArgument', { argument: '<cuentas.csv|xlsx>' }));
    expect((await rumbo(['import-accounts', 'a.rumbo', 'b.csv', '--skip'])).code).toBe(2);
  });

  describe('in a normal (not temporary) folder, where plans are locked', () => {
    const previousTmp = process.env.TMPDIR;
    afterEach(() => {
      if (previousTmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = previousTmp;
    });

    it('takes the lock while importing and removes it afterwards', async () => {
      process.env.TMPDIR = temp.path('otro-temporal');
      const file = await plan();
      const sheet = temp.path('cuentas.csv');
      await fs.writeFile(sheet, GOOD);
      expect((await rumbo(['import-accounts', file, sheet])).code).toBe(0);
      expect(await listFolder(temp.dir())).toEqual(['cuentas.csv', 'plan.rumbo']);
    });

    it('refuses a plan someone has open (their lock file), changing nothing and leaving their lock', async () => {
      process.env.TMPDIR = temp.path('otro-temporal');
      const file = await plan();
      const lock = temp.path('~$plan.rumbo.lock');
      const owner = { app: 'rumbo', user: 'marta', machine: `otro-${os.hostname()}`, pid: 4242, since: '2025-03-04T09:15:00.000Z' };
      await fs.writeFile(lock, JSON.stringify(owner));
      const sheet = temp.path('cuentas.csv');
      await fs.writeFile(sheet, GOOD);
      const before = await sha(file);
      const failure = failureLine(await rumbo(['import-accounts', file, sheet]));
      expect(failure.code).toBe('IMPORT_PLAN_LOCKED');
      expect(failure.message).toContain('marta');
      expect(await sha(file)).toBe(before);
      expect(JSON.parse(await fs.readFile(lock, 'utf8'))).toEqual(owner);
    });
  });
});
