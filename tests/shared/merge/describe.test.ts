import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../../shared/db/invariants';
import { createEmptyDatabase } from '../../../shared/db/schema';
import { run, selectAll } from '../../../shared/db/sql';
import type { Row } from '../../../shared/db/tables';
import { insertionOrder } from '../../../shared/merge/apply';
import { describeConflicts, describeDiff, lookupIn } from '../../../shared/merge/describe';
import { diffPlans } from '../../../shared/merge/diff';
import { NATURAL_KEYS, SINGLETON_TABLES } from '../../../shared/merge/identity';
import { TABLE_SECTIONS, fieldLabel, formatValue, recordTitle, sectionTitle } from '../../../shared/merge/labels';
import { mergePlans } from '../../../shared/merge/merge';
import { MERGE_TABLES, contentColumns, copySnapshot, emptySnapshot, type PlanSnapshot } from '../../../shared/merge/snapshot';
import { openPlanBytes } from '../../../shared/db/open';
import { readSnapshot } from '../../../shared/merge/snapshot';
import { engineWithPlan, sqlJs } from '../helpers';

const UNIT = '11111111-1111-4111-8111-111111111111';
const PERSON = '22222222-2222-4222-8222-222222222222';
const ACCOUNT = '33333333-3333-4333-8333-333333333333';
const stamps = { created_at: '2026-01-01T10:00:00.000Z', updated_at: '2026-01-02T10:00:00.000Z', created_by: 'Ana', updated_by: 'Luis' };

function plan(rows: Partial<Record<keyof PlanSnapshot, Row[]>>): PlanSnapshot {
  const snapshot = emptySnapshot();
  for (const [table, list] of Object.entries(rows) as [keyof PlanSnapshot, Row[]][]) for (const row of list) snapshot[table].set(String(row.id), { ...stamps, ...row });
  return snapshot;
}

const base = plan({
  org_unit: [{ id: UNIT, parent_id: null, name: 'Cultura', kind: 'administrative', position: 0, contact: '', responsible_id: null }],
  person: [{ id: PERSON, name: 'Ana Pérez', role: '', unit_id: UNIT, email: '', phone: '' }],
});
const lookup = lookupIn(base);

describe('labels', () => {
  it('every field of every table has a label in both languages, most of them the form\'s own', () => {
    for (const lang of ['es', 'en'] as const) {
      for (const table of MERGE_TABLES) {
        for (const column of contentColumns(table)) expect(fieldLabel(lang, table, column), `${table}.${column}`).not.toMatch(/^[a-z]+(\.[A-Za-z_]+)+$|^[a-z_]+$/);
      }
    }
    expect(fieldLabel('es', 'account', 'followers')).toBe('Seguidores');
    expect(fieldLabel('es', 'tactic', 'owner_id')).toBe('Persona responsable');
    expect(fieldLabel('en', 'org_unit', 'parent_id')).toBe('Reports to');
  });

  it('names sections as the app\'s navigation does', () => {
    expect(sectionTitle('es', TABLE_SECTIONS.org_unit)).toBe('Organización');
    expect(sectionTitle('es', TABLE_SECTIONS.account)).toBe('Cuentas');
    expect(sectionTitle('es', TABLE_SECTIONS.swot_item)).toBe('DAFO');
    expect(sectionTitle('en', TABLE_SECTIONS.kpi)).toBe('Objectives and KPIs');
  });

  it('shows values as the planner reads them: dates, yes/no, codes, lists, pictures, references by name', () => {
    expect(formatValue('es', 'tactic', 'start_on', '2026-12-31', lookup)).toBe('31/12/2026');
    expect(formatValue('es', 'account', 'verified', 1, lookup)).toBe('Sí');
    expect(formatValue('en', 'account', 'two_factor', 0, lookup)).toBe('No');
    expect(formatValue('es', 'account', 'two_factor', null, lookup)).toBe('(vacío)');
    expect(formatValue('es', 'account', 'status', 'to_close', lookup)).toBe('Por cerrar');
    expect(formatValue('es', 'account', 'status', 'from_a_newer_rumbo', lookup)).toBe('from_a_newer_rumbo');
    expect(formatValue('es', 'account', 'followers', 12345, lookup)).toBe('12.345');
    expect(formatValue('es', 'account', 'languages', '["es","ca"]', lookup)).toBe('es, ca');
    expect(formatValue('es', 'document_settings', 'excluded_parts', '["glossary"]', lookup)).toBe('Anexo: glosario');
    expect(formatValue('es', 'institution', 'logo', new Uint8Array(2048), lookup)).toBe('imagen de 2 KB');
    expect(formatValue('es', 'account', 'unit_id', UNIT, lookup)).toBe('Cultura');
    expect(formatValue('es', 'account', 'credentials_holder_id', ACCOUNT, lookup)).toBe('(un elemento que ya no existe)');
    expect(formatValue('es', 'plan_text', 'body', 'x'.repeat(500), lookup)).toHaveLength(120);
  });

  it('names a record by what it is and which one', () => {
    const account = { id: ACCOUNT, platform: 'instagram', handle: '@villanueva', display_name: '', url: '' };
    expect(recordTitle('es', 'account', account, lookup)).toBe('Cuenta «Instagram @villanueva»');
    expect(recordTitle('es', 'swot_item', { id: 'x', quadrant: 'weakness', text: 'Nadie mide' }, lookup)).toBe('Elemento del DAFO «Debilidad: Nadie mide»');
    const withAccount = lookupIn(plan({ ...Object.fromEntries([['account', [account]]]), person: [...base.person.values()] }));
    expect(recordTitle('en', 'account_person', { id: 'y', account_id: ACCOUNT, person_id: PERSON }, withAccount)).toBe('Person who runs an account “Instagram @villanueva — Ana Pérez”');
    expect(recordTitle('es', 'document_settings', { id: 'z' }, lookup)).toBe('Ficha del documento');
  });
});

describe('describeDiff and describeConflicts', () => {
  it('groups changes by section in the app\'s order, with who and when of the newer version', () => {
    const changed = copySnapshot(base);
    changed.person.set(PERSON, { ...base.person.get(PERSON)!, unit_id: null, updated_by: 'Marta', updated_at: '2026-03-01T12:00:00.000Z' });
    changed.org_unit.delete(UNIT);
    const sections = describeDiff(diffPlans(base, changed), base, changed, 'es');
    expect(sections.map((section) => section.title)).toEqual(['Organización', 'Personas']);
    const [person] = sections[1]!.changes;
    expect(person).toMatchObject({ kind: 'changed', title: 'Persona «Ana Pérez»', by: 'Marta', partOf: null });
    expect(person!.at).toMatch(/^01\/03\/2026, /);
    // The old value names a unit that only the older plan still has.
    expect(person!.fields).toEqual([{ column: 'unit_id', label: 'Unidad', before: UNIT, after: null, beforeText: 'Cultura', afterText: '(vacío)' }]);
  });

  it('tells a deletion conflict in words, naming what the other copy did with what was deleted', async () => {
    const { engine, SQL } = await engineWithPlan();
    const objective = await engine.call('objective.create', { statement: 'Responder en 24 horas' });
    const kpi = await engine.call('kpi.create', { objectiveId: objective.id, metric: 'custom', name: 'Tiempo de respuesta' });
    const snapshotOf = async () => {
      const db = openPlanBytes(SQL, (await engine.call('plan.export')).bytes).db;
      try {
        return readSnapshot(db);
      } finally {
        db.close();
      }
    };
    const ancestor = await snapshotOf();
    await engine.call('kpi.update', { id: kpi.id, target: 24 });
    const mine = await snapshotOf();
    await engine.call('objective.delete', { id: objective.id });
    const theirs = await snapshotOf();
    const merge = mergePlans(ancestor, mine, theirs);
    const [spanish] = describeConflicts(merge, 'es', { mine: 'mía.rumbo', theirs: 'suya.rumbo' });
    expect(spanish).toMatchObject({
      sectionTitle: 'Objetivos e indicadores',
      text: 'Objetivo «Responder en 24 horas»: se borró en suya.rumbo, pero en mía.rumbo se ha modificado Indicador «Tiempo de respuesta», que dependía de lo borrado.',
      choices: { mine: 'Conservarlo, como en mía.rumbo', theirs: 'Borrarlo, como en suya.rumbo' },
      chosen: 'mine',
    });
    const [english] = describeConflicts(merge, 'en');
    expect(english!.text).toBe('Objective “Responder en 24 horas”: deleted in the other copy, but in my copy KPI “Tiempo de respuesta”, which depended on it, was changed.');
  });
});

describe('natural identities', () => {
  it('NATURAL_KEYS are exactly the UNIQUE constraints of the schema besides the ids', async () => {
    const db = createEmptyDatabase(await sqlJs());
    try {
      const unique: Record<string, string[]> = {};
      for (const table of MERGE_TABLES) {
        for (const index of selectAll(db, `PRAGMA index_list(${table})`)) {
          if (index.unique !== 1 || index.origin === 'pk') continue;
          unique[table] = selectAll(db, `PRAGMA index_info(${String(index.name)})`).map((column) => String(column.name));
        }
      }
      expect(unique).toEqual(NATURAL_KEYS);
    } finally {
      db.close();
    }
  });

  it('SINGLETON_TABLES are exactly the tables the invariants require one row of', async () => {
    const db = createEmptyDatabase(await sqlJs());
    try {
      // With every table emptied, each table that must hold exactly one row says so.
      for (const table of [...insertionOrder()].reverse()) run(db, `DELETE FROM ${table}`);
      const onePerPlan = checkInvariants(db).filter((problem) => problem.endsWith(' rows')).map((problem) => problem.replace(' rows', ''));
      expect(onePerPlan.filter((table) => table !== 'plan_meta').sort()).toEqual([...SINGLETON_TABLES].sort());
    } finally {
      db.close();
    }
  });
});

describe('order of the changes in words', () => {
  it('numbers inside names sort as numbers (@cultura_2 before @cultura_10)', () => {
    const added = plan({
      account: [2, 10, 1].map((n) => ({ id: `4444444${n}-4444-4444-8444-444444444444`.slice(0, 36), platform: 'instagram', handle: `@cultura_${n}`, unit_id: null })),
    });
    const titles = describeDiff(diffPlans(emptySnapshot(), added), emptySnapshot(), added, 'es')
      .flatMap((section) => section.changes.map((change) => change.title));
    expect(titles).toEqual(['Cuenta «Instagram @cultura_1»', 'Cuenta «Instagram @cultura_2»', 'Cuenta «Instagram @cultura_10»']);
  });
});
