import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/universal';
import Papa from 'papaparse';
import type { PlanEngine } from '../../../shared/engine/engine';
import { foldText } from '../../../shared/inventory/fold';
import { ACCOUNT_PURPOSES, ACCOUNT_STATUSES, PLATFORM_CODES, type AccountCreateInput } from '../../../shared/model/accounts';
import type { Inventory } from '../../../shared/model/inventory';
import { freshEngine, utf8 } from './fixtures';

/** An account as a person reads it: units and people by name, no ids, managers in any order. */
function readable(inventory: Inventory) {
  const units = new Map(inventory.units.map((unit) => [unit.id, unit.name]));
  const people = new Map(inventory.people.map((person) => [person.id, person.name]));
  return inventory.accounts
    .map(({ id: _id, unitId, peopleIds, credentialsHolderId, ...fields }) => ({
      ...fields,
      unit: unitId ? units.get(unitId) : null,
      managers: peopleIds.map((id) => people.get(id)).sort(),
      holder: credentialsHolderId ? people.get(credentialsHolderId) : null,
    }))
    .map((account) => JSON.stringify(account))
    .sort();
}

async function exportAndReimport(source: PlanEngine, format: 'csv' | 'xlsx', lang: 'es' | 'en') {
  const bytes = await source.call('accounts.exportFile', { format, lang });
  const target = await freshEngine(lang);
  const preview = await target.call('accounts.importPreview', { bytes, fileName: `cuentas.${format}` });
  if (preview.invalid > 0) throw new Error(JSON.stringify(preview.rows.filter((row) => row.problems.length > 0).slice(0, 3)));
  await target.call('accounts.importCommit', { bytes, fileName: `cuentas.${format}` });
  return target.call('inventory.get');
}

describe('exporting the inventory', () => {
  async function sampleEngine() {
    const engine = await freshEngine();
    const unit = await engine.call('unit.create', { name: 'Área de Cultura' });
    const ana = await engine.call('person.create', { name: 'Pérez García, Ana' });
    const luis = await engine.call('person.create', { name: 'Luis Gil' });
    await engine.call('account.create', {
      platform: 'instagram', url: 'https://www.instagram.com/cultura.villanueva', unitId: unit.id, status: 'dormant', purpose: 'citizen_service',
      followers: 12345, postsPerWeek: 2.5, lastPostOn: '2025-01-31', verified: true, twoFactor: false, recoveryEmailCorporate: null,
      peopleIds: [ana.id, luis.id], credentialsHolderId: luis.id, notes: '=HYPERLINK("http://mal.example";"pulse")\nsegunda línea', displayName: '@cultura; "oficial"',
    });
    return engine;
  }

  it('writes CSV for Spanish Excel: BOM, ";", CRLF, Spanish titles and words, decimal comma, neutralised formulas', async () => {
    const engine = await sampleEngine();
    const bytes = await engine.call('accounts.exportFile', { format: 'csv', lang: 'es' });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.endsWith('\r\n')).toBe(true);
    const [titles, row] = Papa.parse<string[]>(text.trimEnd(), { delimiter: ';' }).data;
    expect(titles).toEqual([
      'Plataforma', 'Usuario', 'URL', 'Nombre', 'Unidad', 'Estado', 'Finalidad', 'Público', 'Idiomas', 'Seguidores', 'Publicaciones por semana',
      'Última publicación', 'Verificada', 'Gestores', 'Custodia de credenciales', 'Verificación en dos pasos (2FA)', 'Correo de recuperación corporativo',
      'Fecha de apertura', 'Notas',
    ]);
    expect(row).toEqual([
      'Instagram', "'@cultura.villanueva", 'https://www.instagram.com/cultura.villanueva', "'@cultura; \"oficial\"", 'Área de Cultura', 'Inactiva',
      'Atención a la ciudadanía', '', '', '12345', '2,5', '31/01/2025', 'Sí', expect.stringMatching(/^(Pérez García, Ana; Luis Gil|Luis Gil; Pérez García, Ana)$/),
      'Luis Gil', 'No', '', '', '\'=HYPERLINK("http://mal.example";"pulse")\nsegunda línea',
    ]);
    expect(text).toContain('"\'@cultura; ""oficial"""');
  });

  it('writes .xlsx with typed cells: numbers, real dates, English words when asked, neutralised formulas', async () => {
    const engine = await sampleEngine();
    const bytes = await engine.call('accounts.exportFile', { format: 'xlsx', lang: 'en' });
    const [sheet] = await readXlsxFile(bytes.slice().buffer);
    expect(sheet!.sheet).toBe('Accounts');
    const [titles, row] = sheet!.data;
    expect(titles!.slice(0, 3)).toEqual(['Platform', 'Handle', 'URL']);
    expect(row![5]).toBe('Dormant');
    expect(row![9]).toBe(12345);
    expect(row![10]).toBe(2.5);
    expect(row![11]).toEqual(new Date(Date.UTC(2025, 0, 31)));
    expect(row![12]).toBe('Yes');
    expect(row![18]).toBe('\'=HYPERLINK("http://mal.example";"pulse")\nsegunda línea');
  });

  it('exports an empty inventory as the titles alone', async () => {
    const engine = await freshEngine();
    const text = new TextDecoder().decode((await engine.call('accounts.exportFile', { format: 'csv' })).slice(3));
    expect(text.trim().split('\r\n')).toHaveLength(1);
  });
});

/** Text that tries to break CSV, spreadsheets and the parser, mixed with any Unicode. */
const hostile = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom('=1+1', '@SUM(A1)', '+34 600', '-x', '\t=x', '"citado"', 'a;b', 'a,b', '\n', '\r\n', "'=ya", "''@", '  ', '€ñáü', 'Ω≈ç√', '\u00a0', '\u202e', 'sep=;', '\uFEFF'),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));

const nameArbitrary = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }).filter((name) => name.trim() !== '' && !/[;\r\n\u0000-\u001f\u007f]/.test(name));
const uniqueNames = (max: number) => fc.uniqueArray(nameArbitrary, { maxLength: max, selector: (name) => foldText(name) || name.trim().toLowerCase() });
const date = fc.option(fc.date({ min: new Date('2004-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((day) => day.toISOString().slice(0, 10)));

type GeneratedInventory = typeof inventoryArbitrary extends fc.Arbitrary<infer T> ? T : never;

const inventoryArbitrary = fc.record({
  units: uniqueNames(4),
  people: uniqueNames(4),
  accounts: fc.array(
    fc.record({
      platform: fc.constantFrom(...PLATFORM_CODES),
      handle: hostile,
      url: fc.option(fc.tuple(fc.stringMatching(/^[a-z]{3,10}$/), fc.stringMatching(/^[a-z0-9_]{1,12}$/)).map(([host, path]) => `https://www.${host}.es/${path}`)),
      displayName: hostile,
      unit: fc.nat(5),
      status: fc.constantFrom(...ACCOUNT_STATUSES),
      purpose: fc.option(fc.constantFrom(...ACCOUNT_PURPOSES)),
      audience: hostile,
      languages: fc.uniqueArray(fc.constantFrom('es', 'en', 'ca', 'eu', 'gl', 'fr'), { maxLength: 3 }),
      followers: fc.option(fc.oneof(fc.nat(5_000_000), fc.constant(Number.MAX_SAFE_INTEGER))),
      postsPerWeek: fc.option(fc.integer({ min: 0, max: 1_000_000 }).map((hundredths) => hundredths / 100)),
      lastPostOn: date,
      verified: fc.boolean(),
      managers: fc.uniqueArray(fc.nat(5), { maxLength: 3 }),
      holder: fc.nat(5),
      twoFactor: fc.option(fc.boolean()),
      recoveryEmailCorporate: fc.option(fc.boolean()),
      openedOn: date,
      notes: fc.array(hostile, { maxLength: 3 }).map((lines) => lines.join('\n')),
    }),
    { minLength: 1, maxLength: 8 },
  ),
});

async function engineWith(generated: GeneratedInventory): Promise<PlanEngine> {
  const engine = await freshEngine();
  const unitIds: string[] = [];
  for (const name of generated.units) unitIds.push((await engine.call('unit.create', { name })).id);
  const personIds: string[] = [];
  for (const name of generated.people) personIds.push((await engine.call('person.create', { name })).id);
  for (const account of generated.accounts) {
    const { unit, managers, holder, url, ...fields } = account;
    const input: AccountCreateInput = {
      ...fields,
      url: url ?? '',
      unitId: unitIds[unit] ?? null,
      peopleIds: managers.flatMap((index) => personIds[index] ?? []),
      credentialsHolderId: personIds[holder] ?? null,
    };
    await engine.call('account.create', input);
  }
  return engine;
}

/**
 * Characters the .xlsx library cannot carry (it drops them on the way: DEL, C1 controls,
 * Unicode non-characters and U+FFFD). CSV keeps every character.
 */
const XLSX_DROPS = /[\u007f-\u009f\ufdd0-\ufdef\ufffd-\uffff]|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}]/u;

describe('export → import into an empty plan gives the same accounts (property-based)', () => {
  for (const format of ['csv', 'xlsx'] as const) {
    it(`round-trips random inventories with hostile text through ${format}, in Spanish and English`, async () => {
      await fc.assert(
        fc.asyncProperty(inventoryArbitrary, fc.constantFrom('es' as const, 'en' as const), async (generated, lang) => {
          fc.pre(format === 'csv' || !XLSX_DROPS.test(JSON.stringify(generated)));
          const source = await engineWith(generated);
          const original = await source.call('inventory.get');
          const imported = await exportAndReimport(source, format, lang);
          expect(readable(imported)).toEqual(readable(original));
        }),
        { numRuns: format === 'csv' ? 40 : 20 },
      );
    }, 120_000);
  }

  it('round-trips a file Rumbo exported in one language into a plan working in the other', async () => {
    const source = await engineWith(fc.sample(inventoryArbitrary, { numRuns: 1, seed: 7 })[0]!);
    const bytes = await source.call('accounts.exportFile', { format: 'csv', lang: 'en' });
    const target = await freshEngine('es');
    await target.call('accounts.importPreview', { bytes, fileName: 'accounts.csv' });
    await target.call('accounts.importCommit', { bytes, fileName: 'accounts.csv' });
    expect(readable(await target.call('inventory.get'))).toEqual(readable(await source.call('inventory.get')));
  });

  it('round-trips texts named like Object.prototype members through xlsx (the writer indexes shared strings in a plain object)', async () => {
    const names = ['toString', 'constructor', '__proto__', 'valueOf', "'toString", "''hasOwnProperty", 'toStringx'];
    const generated = fc.sample(inventoryArbitrary, { numRuns: 1, seed: 11 })[0]!;
    const accounts = names.map((name, index) => ({ ...generated.accounts[0]!, handle: `cuenta${index}`, displayName: name, notes: name, audience: name }));
    const source = await engineWith({ ...generated, accounts });
    const original = await source.call('inventory.get');
    for (const lang of ['es', 'en'] as const) expect(readable(await exportAndReimport(source, 'xlsx', lang))).toEqual(readable(original));
  });

  it('keeps a title row typed by hand in the file it re-imports (no formula is ever run)', async () => {
    const engine = await freshEngine();
    const bytes = utf8('Plataforma;Usuario;Notas\nX;@a;"=IMPORTXML(""http://mal.example"")"\n');
    await engine.call('accounts.importPreview', { bytes, fileName: 'x.csv' });
    await engine.call('accounts.importCommit', { bytes, fileName: 'x.csv' });
    const csv = new TextDecoder().decode(await engine.call('accounts.exportFile', { format: 'csv' }));
    expect(csv).toContain('"\'=IMPORTXML(""http://mal.example"")"');
  });
});
