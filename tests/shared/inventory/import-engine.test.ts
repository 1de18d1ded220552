import { describe, expect, it } from 'vitest';
import type { PlanEngine } from '../../../shared/engine/engine';
import { freshEngine, utf8, xlsxOf } from './fixtures';

const FILE = [
  'Plataforma;Usuario;URL;Unidad;Estado;Finalidad;Seguidores;Publicaciones por semana;Última publicación;Verificada;Gestores;Custodia de credenciales;2FA;Correo de recuperación corporativo;Notas',
  'Facebook;villanueva;;Cultura;Activa;Informativa;12.345;1,5;31/01/2025;sí;Pérez García, Ana; Luis Gil;Luis Gil;sí;no;Cuenta principal',
  ';;https://www.instagram.com/cultura.villanueva/;CULTURA;inactiva;relacional;980;;;;Marta Ruiz;;no;;',
  'X;@villanueva_es;;Alcaldía;Por cerrar;;;;;no;;;;;"Varias; líneas\nde notas"',
].join('\r\n');

async function importText(engine: PlanEngine, text: string, extra: { skipInvalid?: boolean; createUnits?: boolean; createPeople?: boolean } = {}) {
  const bytes = utf8(text);
  const { skipInvalid: _skip, ...options } = extra;
  const preview = await engine.call('accounts.importPreview', { bytes, fileName: 'cuentas.csv', ...options });
  return { preview, commit: () => engine.call('accounts.importCommit', { bytes, fileName: 'cuentas.csv', ...extra }) };
}

const fixed = (text: string) => text.replace('Pérez García, Ana; Luis Gil', '"Pérez García, Ana; Luis Gil"');

describe('importing accounts', () => {
  it('lists the problems of each row, with its line and field in plain Spanish, and changes nothing', async () => {
    const engine = await freshEngine();
    const { preview, commit } = await importText(engine, FILE);
    // The unquoted ";" inside the managers cell shifted the row: the report says where and why.
    expect(preview.valid).toBe(2);
    expect(preview.invalid).toBe(1);
    const row = preview.rows[0]!;
    expect(row.line).toBe(2);
    expect(row.problems.map((problem) => [problem.field, problem.code])).toContainEqual([null, 'extraCells']);
    expect(row.problems.every((problem) => problem.message.length > 10 && !/undefined|\{/.test(problem.message))).toBe(true);
    const revision = (await engine.call('plan.state')).meta.revision;
    await expect(commit()).rejects.toMatchObject({ code: 'IMPORT_ROWS_INVALID', params: { count: 1 } });
    const after = await engine.call('plan.state');
    expect(after.meta.revision).toBe(revision);
    expect(after.history.canUndo).toBe(false);
    expect((await engine.call('inventory.get')).accounts).toEqual([]);
  });

  it('imports everything in one undo step: accounts, new units, new people; undo removes it all, redo brings it back', async () => {
    const engine = await freshEngine();
    const { preview, commit } = await importText(engine, fixed(FILE));
    expect(preview).toMatchObject({ valid: 3, invalid: 0, unitsToCreate: ['Cultura', 'Alcaldía'], peopleToCreate: ['Pérez García, Ana', 'Luis Gil', 'Marta Ruiz'] });
    expect(await commit()).toEqual({ imported: 3, skipped: 0, unitsCreated: 2, peopleCreated: 3 });
    const inventory = await engine.call('inventory.get');
    expect(inventory.units.map((unit) => unit.name)).toEqual(['Cultura', 'Alcaldía']);
    const byHandle = new Map(inventory.accounts.map((account) => [account.handle, account]));
    const people = new Map(inventory.people.map((person) => [person.id, person.name]));
    const facebook = byHandle.get('villanueva')!;
    expect(facebook).toMatchObject({
      platform: 'facebook', status: 'active', purpose: 'informative', followers: 12345, postsPerWeek: 1.5, lastPostOn: '2025-01-31',
      verified: true, twoFactor: true, recoveryEmailCorporate: false, notes: 'Cuenta principal',
    });
    expect(facebook.peopleIds.map((id) => people.get(id)).sort()).toEqual(['Luis Gil', 'Pérez García, Ana']);
    expect(people.get(facebook.credentialsHolderId!)).toBe('Luis Gil');
    const instagram = byHandle.get('@cultura.villanueva')!;
    expect(instagram).toMatchObject({ platform: 'instagram', url: 'https://www.instagram.com/cultura.villanueva', status: 'dormant', twoFactor: false });
    expect(instagram.unitId).toBe(facebook.unitId);
    expect(byHandle.get('@villanueva_es')!.notes).toBe('Varias; líneas\nde notas');

    const state = await engine.call('plan.state');
    expect(state.history.undoLabel).toBe('accounts.importCommit');
    await engine.call('history.undo');
    const undone = await engine.call('inventory.get');
    expect([undone.accounts.length, undone.units.length, undone.people.length]).toEqual([0, 0, 0]);
    await engine.call('history.redo');
    expect((await engine.call('inventory.get')).accounts).toHaveLength(3);
  });

  it('with skipInvalid imports only the correct rows, and creates no unit named only by a skipped row', async () => {
    const engine = await freshEngine();
    const text = 'Plataforma;Usuario;Unidad;Seguidores\nX;@a;Cultura;10\nX;@b;Deportes;muchos\n';
    const { commit } = await importText(engine, text, { skipInvalid: true });
    expect(await commit()).toEqual({ imported: 1, skipped: 1, unitsCreated: 1, peopleCreated: 0 });
    expect((await engine.call('inventory.get')).units.map((unit) => unit.name)).toEqual(['Cultura']);
  });

  it('fails cleanly when no row at all can be imported, even when skipping', async () => {
    const engine = await freshEngine();
    const { commit } = await importText(engine, 'Plataforma;Usuario\nVimeo;@a\n', { skipInvalid: true });
    await expect(commit()).rejects.toMatchObject({ code: 'IMPORT_NOTHING_VALID' });
  });

  it('matches existing units and people without case or accents, by e-mail too, and reports ambiguous names', async () => {
    const engine = await freshEngine();
    const culture = await engine.call('unit.create', { name: 'Área de Cultura' });
    await engine.call('unit.create', { name: 'Deportes' });
    await engine.call('unit.create', { name: 'deportes' });
    const ana = await engine.call('person.create', { name: 'Ana Pérez', email: 'ana@villanueva.es' });
    const { preview, commit } = await importText(
      engine,
      'Plataforma;Usuario;Unidad;Gestores\nX;@a;AREA DE CULTURA;ana perez\nX;@b;;ANA@villanueva.es\nX;@c;Deportes;\n',
      { skipInvalid: true },
    );
    expect(preview.unitsToCreate).toEqual([]);
    expect(preview.peopleToCreate).toEqual([]);
    expect(preview.rows[2]!.problems).toMatchObject([{ field: 'unit', code: 'ambiguousUnit' }]);
    await commit();
    const accounts = (await engine.call('inventory.get')).accounts;
    expect(accounts.map((account) => [account.handle, account.unitId, account.peopleIds])).toEqual([
      ['@a', culture.id, [ana.id]],
      ['@b', null, [ana.id]],
    ]);
  });

  it('reports unknown units and people as row problems when the user declines to create them', async () => {
    const engine = await freshEngine();
    const { preview } = await importText(engine, 'Plataforma;Usuario;Unidad;Gestores\nX;@a;Cultura;Ana\n', { createUnits: false, createPeople: false });
    expect(preview.unitsToCreate).toEqual([]);
    expect(preview.rows[0]!.problems.map((problem) => problem.code)).toEqual(['unknownUnit', 'unknownPerson']);
  });

  it('refuses accounts already in the inventory, so importing the same file twice adds nothing twice', async () => {
    const engine = await freshEngine();
    const text = 'Plataforma;Usuario\nX;@a\nX;@b\n';
    await (await importText(engine, text)).commit();
    const again = await importText(engine, `${text}X;@c\n`);
    expect(again.preview.rows.map((row) => row.problems.map((problem) => problem.code))).toEqual([['alreadyInPlan'], ['alreadyInPlan'], []]);
    await expect(again.commit()).rejects.toMatchObject({ code: 'IMPORT_ROWS_INVALID', params: { count: 2 } });
    expect(await (await importText(engine, `${text}X;@c\n`, { skipInvalid: true })).commit()).toMatchObject({ imported: 1, skipped: 2 });
  });

  it('uses the mapping the user chose instead of the recognised one, and refuses a field fed by two columns', async () => {
    const engine = await freshEngine();
    const text = 'Red;Cuenta;Comentario\nX;@a;nota\n';
    const preview = await engine.call('accounts.importPreview', { bytes: utf8(text), fileName: 'x.csv', mapping: ['platform', 'handle', 'audience'] });
    expect(preview.mapping).toEqual(['platform', 'handle', 'audience']);
    expect(preview.columns.map((column) => column.recognised)).toEqual(['platform', 'handle', null]);
    await engine.call('accounts.importCommit', { bytes: utf8(text), fileName: 'x.csv', mapping: ['platform', 'handle', 'audience'] });
    expect((await engine.call('inventory.get')).accounts[0]).toMatchObject({ audience: 'nota', notes: '' });
    await expect(engine.call('accounts.importPreview', { bytes: utf8(text), fileName: 'x.csv', mapping: ['platform', 'handle', 'handle'] })).rejects.toMatchObject({ code: 'INPUT_INVALID' });
  });

  it('says so when no column gives the network, and accepts an account known only by its network', async () => {
    const engine = await freshEngine();
    const { preview } = await importText(engine, 'Unidad;Notas\nCultura;x\n');
    expect(preview.missingPlatform).toBe(true);
    expect(preview.rows[0]!.problems.map((problem) => problem.code)).toEqual(['noPlatform']);
    const onlyNetwork = await importText(engine, 'Plataforma;Usuario;Unidad\nFacebook;;Cultura\n');
    expect(onlyNetwork.preview).toMatchObject({ missingPlatform: false, valid: 1 });
  });

  it('applies the same rules as the accounts screen: addresses, lengths, limits', async () => {
    const engine = await freshEngine();
    const { preview } = await importText(
      engine,
      `Plataforma;Usuario;URL;Idiomas;Publicaciones por semana\n;https://x.com/pegada;;;\nX;@a;javascript:alert(1);;\nX;${'h'.repeat(201)};;;\nX;@b;;${Array.from({ length: 21 }, (_, index) => `l${index}`).join(',')};\nX;@c;;;20000\n`,
    );
    expect(preview.rows[0]!.values).toEqual({ handle: 'https://x.com/pegada' });
    expect(preview.rows.map((row) => row.problems.map((problem) => `${problem.field}:${problem.code}`))).toEqual([
      [],
      ['url:badUrl'],
      ['handle:tooLong'],
      ['languages:tooMany'],
      ['postsPerWeek:outOfRange'],
    ]);
  });

  it('writes the problems in English when the session is English', async () => {
    const engine = await freshEngine('en');
    const { preview } = await importText(engine, 'Platform;Handle;Followers\nX;@a;lots\n');
    expect(preview.rows[0]!.problems[0]!.message).toBe('"lots" is not a number.');
  });

  it('commits an .xlsx only after its preview (reading it is asynchronous), and refuses when read-only', async () => {
    const engine = await freshEngine();
    const bytes = await xlsxOf([{ name: 'Hoja1', rows: [['Plataforma', 'Usuario'], ['X', '@a']] }]);
    await expect(engine.call('accounts.importCommit', { bytes, fileName: 'a.xlsx' })).rejects.toMatchObject({ code: 'IMPORT_PREVIEW_NEEDED' });
    await engine.call('accounts.importPreview', { bytes, fileName: 'a.xlsx' });
    const changed = bytes.slice();
    changed[changed.length - 1] = 1;
    await expect(engine.call('accounts.importCommit', { bytes: changed, fileName: 'a.xlsx' })).rejects.toMatchObject({ code: 'IMPORT_PREVIEW_NEEDED' });
    expect(await engine.call('accounts.importCommit', { bytes, fileName: 'a.xlsx' })).toMatchObject({ imported: 1 });

    const { bytes: planBytes } = await engine.call('plan.export');
    await engine.call('plan.open', { bytes: planBytes, forceReadOnly: true });
    await expect(engine.call('accounts.importCommit', { bytes: utf8('Plataforma;Usuario\nX;@z\n'), fileName: 'a.csv' })).rejects.toMatchObject({ code: 'PLAN_READ_ONLY' });
  });
});
