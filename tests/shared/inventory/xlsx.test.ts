import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDirectory, assertSafeZip } from '../../../shared/inventory/zip-guard';
import { readXlsx } from '../../../shared/inventory/xlsx-read';
import { freshEngine, xlsxOf, zipOf } from './fixtures';

const MB = 1024 * 1024;
const zeros = (size: number) => new Uint8Array(size);
const failureCode = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string }) => error.code ?? 'not a RumboError',
  );

describe('reading .xlsx', () => {
  it('reads typed cells as the text a person would type, with the sheet\'s own row numbers', async () => {
    const bytes = await xlsxOf([
      {
        name: 'Cuentas',
        rows: [
          ['Inventario 2025'],
          [],
          ['Plataforma', 'Usuario', 'Seguidores', 'Publicaciones por semana', 'Última publicación', 'Verificada'],
          ['Instagram', '@cultura', 12345, 1.5, new Date(Date.UTC(2025, 0, 31)), true],
        ],
      },
    ]);
    const [sheet] = await readXlsx(bytes);
    expect(sheet!.sheet).toBe('Cuentas');
    expect(sheet!.rows[3]).toEqual({ line: 4, cells: ['Instagram', '@cultura', '12345', '1.5', '2025-01-31', 'true'], readProblem: null });
  });

  it('imports the first sheet whose titles are recognised, through the engine', async () => {
    const engine = await freshEngine();
    const bytes = await xlsxOf([
      { name: 'Instrucciones', rows: [['Rellene la hoja Cuentas'], ['Gracias']] },
      { name: 'Cuentas', rows: [['Red social', 'URL', 'Unidad', 'Estado'], [null, 'https://www.youtube.com/@AytoVillanueva', 'Prensa', 'Activa'], ['Facebook', 'https://facebook.com/villanueva', 'prensa', 'inactiva']] },
    ]);
    const preview = await engine.call('accounts.importPreview', { bytes, fileName: 'cuentas.xlsx' });
    expect(preview).toMatchObject({ format: 'xlsx', sheet: 'Cuentas', encoding: null, headerLine: 1, valid: 2, invalid: 0, unitsToCreate: ['Prensa'] });
    await engine.call('accounts.importCommit', { bytes, fileName: 'cuentas.xlsx' });
    const inventory = await engine.call('inventory.get');
    expect(inventory.units.map((unit) => unit.name)).toEqual(['Prensa']);
    expect(inventory.accounts.map(({ platform, handle, status }) => ({ platform, handle, status }))).toEqual([
      { platform: 'facebook', handle: 'villanueva', status: 'dormant' },
      { platform: 'youtube', handle: '@AytoVillanueva', status: 'active' },
    ]);
  });

  it('reads a sheet large enough for the asynchronous unzip path (entries over 512 KB)', async () => {
    const rows: (string | number)[][] = [['Plataforma', 'Usuario', 'Seguidores', 'Notas']];
    for (let index = 0; index < 5_000; index++) rows.push(['X', `@cuenta${index}`, index, `Nota número ${index} con algo de texto`]);
    const bytes = await xlsxOf([{ name: 'Cuentas', rows }]);
    expect(readDirectory(bytes).some((entry) => entry.size > 512 * 1024)).toBe(true);
    const [sheet] = await readXlsx(bytes);
    expect(sheet!.rows).toHaveLength(5_001);
    expect(sheet!.rows[5_000]!.cells[1]).toBe('@cuenta4999');
  });

  it('refuses a damaged archive and an archive that is not a workbook as unreadable', async () => {
    const good = await xlsxOf([{ name: 'Cuentas', rows: [['Plataforma'], ['X']] }]);
    expect(await failureCode(readXlsx(good.slice(0, good.length - 30)))).toBe('IMPORT_UNREADABLE');
    const notWorkbook = await new JSZip().file('hola.txt', 'hola').generateAsync({ type: 'uint8array' });
    expect(await failureCode(readXlsx(notWorkbook))).toBe('IMPORT_UNREADABLE');
  });
});

describe('refusing decompression bombs before unzipping', () => {
  const sheetXml = (data: Uint8Array, extra: Partial<{ declaredSize: number }> = {}) => ({ name: 'xl/worksheets/sheet1.xml', data, ...extra });

  it('refuses an archive whose entries add up to more than 50 MB', async () => {
    const bytes = zipOf([sheetXml(zeros(30 * MB)), { name: 'xl/worksheets/sheet2.xml', data: zeros(25 * MB) }]);
    expect(bytes.length).toBeLessThan(200 * 1024);
    expect(await failureCode(assertSafeZip(bytes, () => true))).toBe('IMPORT_XLSX_UNSAFE');
  });

  it('refuses an entry compressed absurdly well, even under the total cap', async () => {
    const bytes = zipOf([sheetXml(zeros(8 * MB))]);
    expect(await failureCode(assertSafeZip(bytes, () => true))).toBe('IMPORT_XLSX_UNSAFE');
  });

  it('refuses an entry that unpacks to more than it declares (the lie is found by inflating, stopping early)', async () => {
    const bytes = zipOf([sheetXml(zeros(600 * 1024), { declaredSize: 10_000 })]);
    expect(await failureCode(assertSafeZip(bytes, () => true))).toBe('IMPORT_XLSX_UNSAFE');
  });

  it('refuses ZIP64 markers and archives with thousands of entries', async () => {
    expect(await failureCode(assertSafeZip(zipOf([sheetXml(zeros(10))], { zip64Marker: true }), () => true))).toBe('IMPORT_XLSX_UNSAFE');
    const many = zipOf(Array.from({ length: 1_001 }, (_, index) => ({ name: `x${index}.xml`, data: zeros(1) })));
    expect(await failureCode(assertSafeZip(many, () => true))).toBe('IMPORT_XLSX_UNSAFE');
  });

  it('accepts an honest archive and reports every entry', async () => {
    const entries = await assertSafeZip(zipOf([sheetXml(new TextEncoder().encode('<x/>'.repeat(1000))), { name: 'a.bin', data: zeros(5), stored: true }]), () => true);
    expect(entries.map((entry) => [entry.name, entry.size])).toEqual([['xl/worksheets/sheet1.xml', 4000], ['a.bin', 5]]);
  });

  it('turns a bomb chosen by the user into a plain message in the engine', async () => {
    const engine = await freshEngine();
    const error = await engine.call('accounts.importPreview', { bytes: zipOf([sheetXml(zeros(60 * MB))]), fileName: 'bomba.xlsx' }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'IMPORT_XLSX_UNSAFE', params: { max: '50.0 MB' } });
  });
});
