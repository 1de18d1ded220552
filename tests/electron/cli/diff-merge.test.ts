import './sandbox-home';
import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { openPlanBytes } from '../../../shared/db/open';
import { PlanEngine } from '../../../shared/engine/engine';
import { readSnapshot } from '../../../shared/merge';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';
import { failureLine, listFolder, rumbo, tamper, useTempDir } from './helpers';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

async function engineOn(bytes: Uint8Array, author: string): Promise<PlanEngine> {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author });
  await engine.call('plan.open', { bytes });
  return engine;
}

async function exported(engine: PlanEngine): Promise<Uint8Array> {
  return (await engine.call('plan.export')).bytes;
}

/** A base plan and what the copies change, made with the real engine, written to real files. */
async function writeCopies(dir: (name: string) => string) {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Base' });
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva' });
  const culture = await engine.call('unit.create', { name: 'Cultura' });
  const luis = await engine.call('person.create', { name: 'Luis Gil' });
  const account = await engine.call('account.create', { platform: 'instagram', handle: '@villanueva', unitId: culture.id, followers: 100 });
  const base = await exported(engine);

  const mine = await engineOn(base, 'Marta');
  const sports = await mine.call('unit.create', { name: 'Deportes' });
  await mine.call('account.update', { id: account.id, followers: 120, unitId: sports.id, verified: true });
  await mine.call('person.delete', { id: luis.id });
  await mine.call('institution.update', { logo: { mime: 'image/png', bytes: PNG } });

  const theirs = await engineOn(base, 'Tomás');
  await theirs.call('account.update', { id: account.id, notes: 'Revisada por Tomás' });
  await theirs.call('swot.create', { quadrant: 'weakness', text: 'Nadie mide los resultados' });

  const paths = { base: dir('base.rumbo'), mine: dir('mía.rumbo'), theirs: dir('suya.rumbo') };
  await fs.writeFile(paths.base, base);
  await fs.writeFile(paths.mine, await exported(mine));
  await fs.writeFile(paths.theirs, await exported(theirs));
  return { paths, ids: { account: account.id, luis: luis.id, sports: sports.id }, theirsEngine: theirs };
}

async function snapshotOfFile(file: string) {
  const opened = openPlanBytes(await loadSqlJsForNode(), new Uint8Array(await fs.readFile(file)));
  try {
    return { snapshot: readSnapshot(opened.db), readOnly: opened.readOnly };
  } finally {
    opened.db.close();
  }
}

describe('rumbo diff', () => {
  const temp = useTempDir();

  it('says what changed, by section, with field labels and values as the app shows them (Spanish by default)', async () => {
    const { paths } = await writeCopies(temp.path);
    const run = await rumbo(['diff', paths.base, paths.mine]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('De base.rumbo a mía.rumbo: 1 añadidos, 2 cambiados, 1 borrados.');
    expect(lines).toContain('Institución');
    expect(lines).toContain('      Logotipo: (vacío) → imagen de 29 B');
    expect(lines).toContain('Organización');
    expect(lines.some((line) => line.startsWith('  + Unidad «Deportes» · Marta, '))).toBe(true);
    expect(lines).toContain('Personas');
    expect(lines).toContain('  - Persona «Luis Gil»');
    expect(lines).toContain('Cuentas');
    expect(lines.some((line) => line.startsWith('  ~ Cuenta «Instagram @villanueva» · Marta, '))).toBe(true);
    // A reference is shown by the name of what it points at, a yes/no as yes/no.
    expect(lines).toContain('      Unidad: Cultura → Deportes');
    expect(lines).toContain('      Seguidores: 100 → 120');
    expect(lines).toContain('      Verificada: No → Sí');
    // Sections in the app's order.
    expect(lines.indexOf('Institución')).toBeLessThan(lines.indexOf('Organización'));
    expect(lines.indexOf('Personas')).toBeLessThan(lines.indexOf('Cuentas'));

    const english = await rumbo(['diff', paths.base, paths.mine, '--lang', 'en']);
    expect(english.stdout).toContain('From base.rumbo to mía.rumbo: 1 added, 2 changed, 1 deleted.');
    expect(english.stdout).toContain('      Verified: No → Yes');
    expect(english.stdout).toContain('  - Person “Luis Gil”');
  });

  it('--json gives one object of a stable shape, with the stored values and the words', async () => {
    const { paths, ids } = await writeCopies(temp.path);
    const run = await rumbo(['diff', paths.base, paths.mine, '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const parsed = JSON.parse(run.stdout) as { samePlan: boolean; changes: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['samePlan', 'changes']);
    expect(parsed.samePlan).toBe(true);
    for (const change of parsed.changes) expect(Object.keys(change)).toEqual(['table', 'id', 'kind', 'section', 'record', 'title', 'by', 'at', 'fields', 'partOf']);
    const account = parsed.changes.find((change) => change.id === ids.account)!;
    expect(account).toMatchObject({ table: 'account', kind: 'changed', section: 'accounts', record: 'Cuenta', title: 'Cuenta «Instagram @villanueva»', by: 'Marta' });
    expect(account.fields).toContainEqual({ column: 'followers', label: 'Seguidores', before: 100, after: 120, beforeText: '100', afterText: '120' });
    expect(account.fields).toContainEqual({ column: 'unit_id', label: 'Unidad', before: expect.any(String), after: ids.sports, beforeText: 'Cultura', afterText: 'Deportes' });
    const institution = parsed.changes.find((change) => change.table === 'institution')!;
    expect(institution.fields).toContainEqual({ column: 'logo', label: 'Logotipo', before: null, after: { bytes: PNG.length }, beforeText: '(vacío)', afterText: 'imagen de 29 B' });
    expect(parsed.changes.find((change) => change.id === ids.luis)).toMatchObject({ kind: 'removed', by: null, at: null, fields: [], partOf: null });
  });

  it('says when there is no difference, and warns when the two files are not copies of the same plan', async () => {
    const { paths } = await writeCopies(temp.path);
    const same = await rumbo(['diff', paths.base, paths.base]);
    expect(same.stdout).toBe('Sin diferencias: base.rumbo y base.rumbo tienen el mismo contenido.\n');
    expect(JSON.parse((await rumbo(['diff', paths.base, paths.base, '--json'])).stdout)).toEqual({ samePlan: true, changes: [] });

    const other = temp.path('otro.rumbo');
    expect((await rumbo(['new', other, '--name', 'Diputación de Ejemplo'])).code).toBe(0);
    const run = await rumbo(['diff', paths.base, other]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Aviso: no son copias del mismo plan (tienen identificadores distintos).');
    // The institution profile is paired by what it is, not by id: its name shows as a change, not as one removed and one added.
    expect(run.stdout).toContain('      Nombre de la institución: Ayuntamiento de Villanueva → Diputación de Ejemplo');
  });

  it('lists a deleted record once, counting what went with it (its links, its KPIs) instead of listing each', async () => {
    const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Base' });
    await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva' });
    const ana = await engine.call('person.create', { name: 'Ana Pérez' });
    const luis = await engine.call('person.create', { name: 'Luis Gil' });
    const account = await engine.call('account.create', { platform: 'x', handle: '@villanueva', peopleIds: [ana.id, luis.id] });
    const before = temp.path('antes.rumbo');
    await fs.writeFile(before, await exported(engine));
    await engine.call('accounts.delete', { ids: [account.id] });
    const after = temp.path('después.rumbo');
    await fs.writeFile(after, await exported(engine));

    const words = await rumbo(['diff', before, after]);
    expect(words.stdout.split('\n').slice(2)).toEqual(['Cuentas', '  - Cuenta «X (Twitter) @villanueva»', '      y 2 elementos vinculados', '']);
    const parsed = JSON.parse((await rumbo(['diff', before, after, '--json'])).stdout) as { changes: { table: string; partOf: unknown }[] };
    expect(parsed.changes.filter((change) => change.table === 'account_person').map((change) => change.partOf)).toEqual([
      { table: 'account', id: account.id },
      { table: 'account', id: account.id },
    ]);
  });

  it('refuses a plan from a newer Rumbo, whose content this build cannot fully read', async () => {
    const { paths } = await writeCopies(temp.path);
    const newer = temp.path('nueva.rumbo');
    await fs.writeFile(newer, await tamper(new Uint8Array(await fs.readFile(paths.base)), 'PRAGMA user_version = 99'));
    expect(failureLine(await rumbo(['diff', paths.base, newer])).code).toBe('FILE_NEWER_VERSION');
  });
});

describe('rumbo merge', () => {
  const temp = useTempDir();

  it('combines both copies into a new file that opens cleanly, leaving the inputs as they were', async () => {
    const { paths, ids } = await writeCopies(temp.path);
    const before = await Promise.all(Object.values(paths).map((file) => fs.readFile(file)));
    const out = temp.path('combinado.rumbo');
    const run = await rumbo(['merge', paths.base, paths.mine, paths.theirs, out]);
    expect(run).toEqual({ code: 0, stdout: `Plan combinado escrito: ${out}. Respecto de mía.rumbo: 1 añadidos, 1 cambiados, 0 borrados.\n`, stderr: '' });
    const after = await Promise.all(Object.values(paths).map((file) => fs.readFile(file)));
    expect(after).toEqual(before);
    expect(await listFolder(temp.dir())).toEqual(['base.rumbo', 'combinado.rumbo', 'mía.rumbo', 'suya.rumbo']);

    expect((await rumbo(['check', out])).code).toBe(0);
    const { snapshot, readOnly } = await snapshotOfFile(out);
    expect(readOnly).toBe(false);
    const account = snapshot.account.get(ids.account)!;
    expect([account.followers, account.unit_id, account.notes]).toEqual([120, ids.sports, 'Revisada por Tomás']);
    expect(snapshot.person.has(ids.luis)).toBe(false);
    expect([...snapshot.swot_item.values()].map((item) => item.text)).toEqual(['Nadie mide los resultados']);

    // As the app writes a merge: past both copies' revisions, with Tomás's history lines and a line for the merge.
    const merged = await engineOn(new Uint8Array(await fs.readFile(out)), 'Marta');
    const revisions = await Promise.all([paths.mine, paths.theirs].map(async (file) => (await engineOn(new Uint8Array(await fs.readFile(file)), 'x').then((engine) => engine.call('plan.state'))).meta.revision));
    expect((await merged.call('plan.state')).meta.revision).toBe(Math.max(...revisions) + 1);
    expect((await merged.call('history.list', { author: 'Tomás' })).total).toBe(2);
    expect(await merged.call('history.merges')).toEqual([expect.objectContaining({ via: 'suya.rumbo', editors: ['Tomás'] })]);
  });

  it('with a conflict and no --prefer, lists it in words, exits non-zero and writes nothing', async () => {
    const { paths, ids, theirsEngine } = await writeCopies(temp.path);
    await theirsEngine.call('account.update', { id: ids.account, followers: 150 });
    await fs.writeFile(paths.theirs, await exported(theirsEngine));
    const out = temp.path('combinado.rumbo');
    const run = await rumbo(['merge', paths.base, paths.mine, paths.theirs, out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toEqual([
      '1 conflicto necesita una elección:',
      '  - [Cuentas] Cuenta «Instagram @villanueva» — Seguidores: en mía.rumbo, 120; en suya.rumbo, 150 (antes: 100).',
      expect.stringMatching(/^MERGE_CONFLICTS: Hay 1 conflicto que necesita una elección: no se ha escrito nada\./),
      '',
    ]);
    expect(await listFolder(temp.dir())).toEqual(['base.rumbo', 'mía.rumbo', 'suya.rumbo']);

    const theirs = await rumbo(['merge', paths.base, paths.mine, paths.theirs, out, '--prefer', 'theirs']);
    expect(theirs.code).toBe(0);
    expect(theirs.stdout.split('\n').slice(0, 2)).toEqual([
      '1 conflicto resuelto a favor de suya.rumbo:',
      '  - [Cuentas] Cuenta «Instagram @villanueva» — Seguidores: en mía.rumbo, 120; en suya.rumbo, 150 (antes: 100).',
    ]);
    expect((await snapshotOfFile(out)).snapshot.account.get(ids.account)!.followers).toBe(150);

    const mine = temp.path('combinado-mío.rumbo');
    expect((await rumbo(['merge', paths.base, paths.mine, paths.theirs, mine, '--prefer', 'mine'])).code).toBe(0);
    expect((await snapshotOfFile(mine)).snapshot.account.get(ids.account)!.followers).toBe(120);
  });

  it('refuses copies of different plans, naming the file', async () => {
    const { paths } = await writeCopies(temp.path);
    const other = temp.path('otro.rumbo');
    expect((await rumbo(['new', other, '--name', 'Diputación de Ejemplo'])).code).toBe(0);
    const failure = failureLine(await rumbo(['merge', paths.base, paths.mine, other, temp.path('combinado.rumbo')]));
    expect(failure.code).toBe('MERGE_DIFFERENT_PLANS');
    expect(failure.message).toContain('«otro.rumbo» no es una copia del mismo plan');
    expect(await listFolder(temp.dir())).toEqual(['base.rumbo', 'mía.rumbo', 'otro.rumbo', 'suya.rumbo']);
  });

  it('never writes over an existing file, an input least of all', async () => {
    const { paths } = await writeCopies(temp.path);
    const mineBefore = await fs.readFile(paths.mine);
    expect(failureLine(await rumbo(['merge', paths.base, paths.mine, paths.theirs, paths.mine])).code).toBe('FILE_EXISTS');
    expect(await fs.readFile(paths.mine)).toEqual(mineBefore);
  });

  it('refuses an output that is not a .rumbo file and an unknown --prefer, with the usage', async () => {
    const { paths } = await writeCopies(temp.path);
    const badExtension = await rumbo(['merge', paths.base, paths.mine, paths.theirs, temp.path('combinado.docx')]);
    expect(badExtension.code).toBe(2);
    expect(badExtension.stderr).toContain('debe terminar en .rumbo');
    const badPrefer = await rumbo(['merge', paths.base, paths.mine, paths.theirs, temp.path('c.rumbo'), '--prefer', 'both']);
    expect(badPrefer.code).toBe(2);
    expect(badPrefer.stderr.split('\n')[0]).toBe('--prefer admite mine (mi copia) o theirs (la otra copia), no «both».');
    const missing = await rumbo(['merge', paths.base, paths.mine, paths.theirs]);
    expect(missing.stderr.split('\n')[0]).toBe('Falta el argumento <resultado.rumbo>.');
  });

  it('is in the usage text, with the --json shape of diff', async () => {
    const help = await rumbo(['--help', '--lang', 'en']);
    expect(help.stdout).toContain('  diff <file.rumbo> <other.rumbo> [--json]');
    expect(help.stdout).toContain('  merge <base.rumbo> <mine.rumbo> <theirs.rumbo> <merged.rumbo> [--prefer mine|theirs]');
    expect(help.stdout).toContain('"beforeText", "afterText"');
  });
});
