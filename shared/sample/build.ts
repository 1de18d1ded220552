import type { ExportedPlan } from '../engine/contract';
import type { PlanEngine } from '../engine/engine';
import { SAMPLE_PROFILE } from './content';
import { SAMPLE_ACCOUNTS, SAMPLE_PEOPLE, SAMPLE_UNITS, type SamplePersonKey, type SampleUnitKey } from './inventory';

/**
 * Builds the sample plan through the engine's own calls, so the sample is always in the
 * current file format and passes the same validation as anything a user makes. The engine
 * should be created with SAMPLE_ENGINE_SETTINGS; `logoPng` is resources/sample/logo.png.
 */
export async function buildSamplePlan(engine: PlanEngine, logoPng: Uint8Array): Promise<ExportedPlan> {
  const { name, type, planTitle, periodStart, periodEnd, language, authors, contact } = SAMPLE_PROFILE;
  await engine.call('plan.create', { institutionName: name, institutionType: type, planTitle, periodStart, periodEnd, language });
  await engine.call('institution.update', { authors: [...authors], contact, logo: { mime: 'image/png', bytes: logoPng } });
  await addInventory(engine);
  return engine.call('plan.export');
}

/**
 * The organisation, then its people (who belong to units), then the units' responsibles (who
 * are people), then the accounts with the people who run them, as a planner would enter them.
 */
async function addInventory(engine: PlanEngine): Promise<void> {
  const units = new Map<SampleUnitKey, string>();
  for (const unit of SAMPLE_UNITS) {
    const parentId = unit.parent === null ? null : idOf(units, unit.parent);
    const created = await engine.call('unit.create', { name: unit.name, kind: unit.kind, parentId, contact: unit.contact });
    units.set(unit.key, created.id);
  }
  const people = new Map<SamplePersonKey, string>();
  for (const { key, unit, ...person } of SAMPLE_PEOPLE) {
    const created = await engine.call('person.create', { ...person, unitId: idOf(units, unit) });
    people.set(key, created.id);
  }
  for (const unit of SAMPLE_UNITS) {
    if (unit.responsible) await engine.call('unit.update', { id: idOf(units, unit.key), responsibleId: idOf(people, unit.responsible) });
  }
  for (const { unit, people: managers, holder, ...account } of SAMPLE_ACCOUNTS) {
    await engine.call('account.create', {
      ...account,
      unitId: unit === null ? null : idOf(units, unit),
      peopleIds: managers.map((key) => idOf(people, key)),
      credentialsHolderId: holder ? idOf(people, holder) : null,
    });
  }
}

function idOf<K>(ids: ReadonlyMap<K, string>, key: K): string {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`sample: ${String(key)} is used before it is listed`);
  return id;
}
