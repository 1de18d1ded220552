import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { failureLine, listFolder, rumbo, useTempDir } from './helpers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('rumbo new, then info', () => {
  const temp = useTempDir();

  it('creates a plan whose info --json has exactly the documented shape and values', async () => {
    const file = temp.path('plan.rumbo');
    const created = await rumbo(['new', file, '--name', 'Ayuntamiento de Pruebas', '--type', 'university']);
    expect(created).toEqual({ code: 0, stdout: `Plan creado: ${file} (Ayuntamiento de Pruebas).\n`, stderr: '' });

    const run = await rumbo(['info', file, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout.endsWith('\n')).toBe(true);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    const info = JSON.parse(run.stdout) as Record<string, Record<string, unknown>>;
    expect(Object.keys(info)).toEqual(['institution', 'plan', 'counts']);
    expect(info.institution).toEqual({ name: 'Ayuntamiento de Pruebas', type: 'university' });
    expect(Object.keys(info.plan!)).toEqual(['id', 'title', 'period', 'status', 'revision', 'language']);
    expect(info.plan!.id).toMatch(UUID);
    const year = new Date().getUTCFullYear();
    expect(info.plan).toMatchObject({
      title: translate('es', 'document.defaultPlanTitle'),
      period: `${year}-01-01/${year + 1}-12-31`,
      status: 'draft',
      revision: 0,
      language: 'es',
    });
    expect(info.counts).toEqual({ units: 0, accounts: 0, people: 0, findings: 0, swotItems: 0, cameOptions: 0, objectives: 0, kpis: 0, strategyLines: 0, tactics: 0 });
  });

  it('defaults to a town council and a Spanish plan, whatever the shell locale', async () => {
    const file = temp.path('plan.rumbo');
    expect((await rumbo(['new', file, '--name', 'Ayto'], { LANG: 'en_GB.UTF-8' })).code).toBe(0);
    const info = JSON.parse((await rumbo(['info', file, '--json'])).stdout);
    expect(info.institution.type).toBe('town_council');
    expect(info.plan.language).toBe('es');
  });

  it('writes an English plan with --lang en, and says so in English', async () => {
    const file = temp.path('council.rumbo');
    const created = await rumbo(['new', file, '--name', 'Riverside Council', '--lang', 'en']);
    expect(created.stdout).toBe(`Plan created: ${file} (Riverside Council).\n`);
    const info = JSON.parse((await rumbo(['info', file, '--json'])).stdout);
    expect(info.plan.language).toBe('en');
    expect(info.plan.title).toBe(translate('en', 'document.defaultPlanTitle'));
  });

  it('refuses to overwrite an existing file and leaves it untouched', async () => {
    const file = temp.path('plan.rumbo');
    await fs.writeFile(file, 'precious work');
    const run = await rumbo(['new', file, '--name', 'Ayto']);
    expect(failureLine(run)).toEqual({
      code: 'FILE_EXISTS',
      message: translate('es', 'errors.FILE_EXISTS', { path: file }),
    });
    expect(await fs.readFile(file, 'utf8')).toBe('precious work');
    expect(await listFolder(temp.dir())).toEqual(['plan.rumbo']);

    const english = await rumbo(['new', file, '--name', 'Ayto', '--lang', 'en']);
    expect(failureLine(english).message).toBe(translate('en', 'errors.FILE_EXISTS', { path: file }));
  });

  it('reports a name the engine refuses as INPUT_INVALID and writes nothing', async () => {
    const run = await rumbo(['new', temp.path('plan.rumbo'), '--name', '   ']);
    expect(failureLine(run).code).toBe('INPUT_INVALID');
    expect(await listFolder(temp.dir())).toEqual([]);
  });

  it('reports a folder that does not exist as a save failure, with no stray files', async () => {
    const run = await rumbo(['new', temp.path('missing/plan.rumbo'), '--name', 'Ayto']);
    expect(failureLine(run).code).toMatch(/^SAVE_/);
    expect(await listFolder(temp.dir())).toEqual([]);
  });

  it('prints a readable summary without --json, in the language asked for', async () => {
    const file = temp.path('plan.rumbo');
    await rumbo(['new', file, '--name', 'Ayto de Pruebas', '--type', 'ministry']);
    const id = JSON.parse((await rumbo(['info', file, '--json'])).stdout).plan.id as string;
    const year = new Date().getUTCFullYear();

    const spanish = await rumbo(['info', file]);
    expect(spanish.code).toBe(0);
    expect(spanish.stdout.split('\n')).toEqual([
      `Institución: Ayto de Pruebas (${translate('es', 'common.institutionTypes.ministry')})`,
      `Plan: ${translate('es', 'document.defaultPlanTitle')}`,
      `Periodo: del 01/01/${year} al 31/12/${year + 1}`,
      `Estado: ${translate('es', 'common.planStatuses.draft')} · revisión 0 · idioma del documento: ${translate('es', 'common.languages.es')}`,
      `Identificador: ${id}`,
      '0 unidades organizativas · 0 cuentas · 0 personas · 0 hallazgos de auditoría · 0 elementos del DAFO · 0 opciones estratégicas · 0 objetivos · 0 indicadores · 0 líneas estratégicas · 0 acciones',
      '',
    ]);

    const english = await rumbo(['info', file, '--lang', 'en']);
    expect(english.stdout).toContain(`Institution: Ayto de Pruebas (${translate('en', 'common.institutionTypes.ministry')})\n`);
    expect(english.stdout).toContain(
      `Status: ${translate('en', 'common.planStatuses.draft')} · revision 0 · document language: ${translate('en', 'common.languages.es')}\n`,
    );
  });

  it('fails info on a missing file with FILE_NOT_FOUND, in English when asked', async () => {
    const run = await rumbo(['info', temp.path('nope.rumbo'), '--json', '--lang', 'en']);
    expect(failureLine(run)).toEqual({ code: 'FILE_NOT_FOUND', message: translate('en', 'errors.FILE_NOT_FOUND') });
  });
});
