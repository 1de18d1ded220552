import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { openPlanBytes } from '../../../shared/db/open';
import { readSnapshot } from '../../../shared/merge/snapshot';
import { limitToUnit, scopeReturned, unitSubtree } from '../../../shared/sharing/scope';
import { engineWithPlan } from '../helpers';
import { sendCopy } from './send-copy';

async function townWithTwoAreas() {
  const { engine, SQL } = await engineWithPlan();
  const culture = await engine.call('unit.create', { name: 'Cultura', parentId: null });
  const library = await engine.call('unit.create', { name: 'Biblioteca', parentId: culture.id });
  const sports = await engine.call('unit.create', { name: 'Deportes', parentId: null });
  const cultureAccount = await engine.call('account.create', { platform: 'instagram', handle: '@cultura', unitId: library.id });
  const sportsAccount = await engine.call('account.create', { platform: 'x', handle: '@deportes', unitId: sports.id });
  const line = await engine.call('line.create', { name: 'Escuchar a la ciudadanía' });
  const cultureTactic = await engine.call('tactic.create', { lineId: line.id, title: 'Agenda cultural semanal', unitId: culture.id, accountIds: [cultureAccount.id, sportsAccount.id] });
  const sportsTactic = await engine.call('tactic.create', { lineId: line.id, title: 'Resultados del fin de semana', unitId: sports.id });
  return { engine, SQL, culture, library, sports, cultureAccount, sportsAccount, line, cultureTactic, sportsTactic };
}

async function snapshotOf(engine: PlanEngine, SQL: Awaited<ReturnType<typeof engineWithPlan>>['SQL']) {
  const db = openPlanBytes(SQL, (await engine.call('plan.export')).bytes).db;
  try {
    return readSnapshot(db);
  } finally {
    db.close();
  }
}

describe("a department package: one unit's part", () => {
  it('keeps the unit and its subunits’ accounts and tactics, with links only between what stays', async () => {
    const town = await townWithTwoAreas();
    const plan = await snapshotOf(town.engine, town.SQL);
    expect([...unitSubtree(plan, town.culture.id)].sort()).toEqual([town.culture.id, town.library.id].sort());
    const pack = limitToUnit(plan, town.culture.id);
    expect([...pack.account.keys()]).toEqual([town.cultureAccount.id]);
    expect([...pack.tactic.keys()]).toEqual([town.cultureTactic.id]);
    expect([...pack.tactic_account.values()].map((row) => row.account_id)).toEqual([town.cultureAccount.id]);
    // Context stays: every unit, the strategy line.
    expect(pack.org_unit.size).toBe(3);
    expect(pack.strategy_line.has(town.line.id)).toBe(true);
  });

  it('a returned package changes only its part; what its new records need comes along, the rest is counted and left out', async () => {
    const town = await townWithTwoAreas();
    const pack = await sendCopy(town.engine, { unitId: town.culture.id });
    const department = new PlanEngine({ SQL: town.SQL, author: 'Marta' });
    await department.call('plan.open', { bytes: pack.bytes });
    const base = await snapshotOf(department, town.SQL);
    await department.call('tactic.update', { id: town.cultureTactic.id, title: 'Agenda cultural quincenal' });
    await department.call('unit.update', { id: town.sports.id, name: 'Deportes (cambiado fuera de su parte)' });
    await department.call('unit.update', { id: town.library.id, contact: 'biblioteca@robledal.es' });
    const newLine = await department.call('line.create', { name: 'Línea nueva del departamento' });
    await department.call('tactic.create', { lineId: newLine.id, title: 'Club de lectura en directo', unitId: town.library.id });
    await department.call('objective.create', { statement: 'Un objetivo que no es de su parte' });
    const returned = await snapshotOf(department, town.SQL);

    const { theirs, ignored } = scopeReturned(base, returned, town.culture.id);
    expect(theirs.tactic.get(town.cultureTactic.id)!.title).toBe('Agenda cultural quincenal');
    expect(theirs.org_unit.get(town.library.id)!.contact).toBe('biblioteca@robledal.es');
    expect(theirs.org_unit.get(town.sports.id)!.name).toBe('Deportes');
    expect(theirs.strategy_line.has(newLine.id)).toBe(true);
    expect([...theirs.tactic.values()].some((row) => row.title === 'Club de lectura en directo')).toBe(true);
    expect(theirs.objective.size).toBe(0);
    // The renamed unit and the objective.
    expect(ignored).toBe(2);
  });
});
