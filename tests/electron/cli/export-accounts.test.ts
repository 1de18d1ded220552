import './sandbox-home';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/universal';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { failureLine, listFolder, planBytes, rumbo, useTempDir } from './helpers';

const SHEET = 'Plataforma;URL;Unidad;Notas\r\n;https://www.instagram.com/cultura.villanueva;Cultura;=1+1\r\nFacebook;https://facebook.com/villanueva;;\r\n';

describe('rumbo export-accounts', () => {
  const temp = useTempDir();

  async function planWithAccounts(): Promise<string> {
    const file = temp.path('plan.rumbo');
    await fs.writeFile(file, await planBytes());
    await fs.writeFile(temp.path('entrada.csv'), SHEET);
    expect((await rumbo(['import-accounts', file, temp.path('entrada.csv')])).code).toBe(0);
    await fs.rm(temp.path('entrada.csv'));
    return file;
  }

  it('writes a CSV for Spanish Excel without touching the plan', async () => {
    const file = await planWithAccounts();
    const before = createHash('sha256').update(await fs.readFile(file)).digest('hex');
    const out = temp.path('cuentas.csv');
    const run = await rumbo(['export-accounts', file, out]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(new RegExp(`^Inventario exportado: .*cuentas\\.csv \\(2 cuentas, \\d+ B\\)\\.\\n$`));
    const bytes = await fs.readFile(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]!.startsWith('Plataforma;Usuario;URL;Nombre;Unidad;Estado')).toBe(true);
    expect(lines.some((line) => line.startsWith('Instagram;') && line.includes(";Cultura;") && line.endsWith(";'=1+1"))).toBe(true);
    expect(createHash('sha256').update(await fs.readFile(file)).digest('hex')).toBe(before);
    expect(await listFolder(temp.dir())).toEqual(['cuentas.csv', 'plan.rumbo']);
  });

  it('writes .xlsx in English with --lang en, replacing an older export', async () => {
    const file = await planWithAccounts();
    const out = temp.path('accounts.XLSX');
    await fs.writeFile(out, 'old');
    expect((await rumbo(['export-accounts', file, out, '--lang', 'en'])).code).toBe(0);
    const [sheet] = await readXlsxFile(new Uint8Array(await fs.readFile(out)).buffer);
    expect(sheet!.sheet).toBe('Accounts');
    expect(sheet!.data[0]!.slice(0, 3)).toEqual(['Platform', 'Handle', 'URL']);
    expect(sheet!.data).toHaveLength(3);
  });

  it('round-trips through the command line: export, then import into a new plan', async () => {
    const file = await planWithAccounts();
    const out = temp.path('cuentas.xlsx');
    expect((await rumbo(['export-accounts', file, out])).code).toBe(0);
    const other = temp.path('otro.rumbo');
    expect((await rumbo(['new', other, '--name', 'Otro'])).code).toBe(0);
    expect((await rumbo(['import-accounts', other, out])).code).toBe(0);
    const review = async (plan: string) => JSON.parse((await rumbo(['review', plan, '--json'])).stdout).findings.map((finding: { code: string; count: number }) => [finding.code, finding.count]);
    expect(await review(other)).toEqual(await review(file));
  });

  it('refuses an output that is not .csv or .xlsx, or the plan itself, as usage errors', async () => {
    const file = await planWithAccounts();
    const wrong = await rumbo(['export-accounts', file, temp.path('cuentas.txt')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.split('\n')[0]).toBe(translate('es', 'cli.usageErrors.badSheetExtension', { path: temp.path('cuentas.txt') }));
    expect((await rumbo(['export-accounts', file, temp.path('.csv')])).code).toBe(2);
    expect((await rumbo(['export-accounts', file, file])).code).toBe(2);
  });

  it('fails with one line when the plan is missing or the folder cannot be written', async () => {
    expect(failureLine(await rumbo(['export-accounts', temp.path('no.rumbo'), temp.path('a.csv')])).code).toBe('FILE_NOT_FOUND');
    const file = await planWithAccounts();
    expect(failureLine(await rumbo(['export-accounts', file, temp.path('no/existe/a.csv')])).code).toMatch(/^SAVE_/);
  });
});
