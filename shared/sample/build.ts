import type { ExportedPlan } from '../engine/contract';
import type { PlanEngine } from '../engine/engine';
import { addActionPlan, type SampleInventoryIds } from './build-action';
import { SAMPLE_ENGINE_SETTINGS, SAMPLE_PROFILE } from './content';
import { SampleIds, accountRef, type SampleAccountRef } from './ids';
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
  const inventory = await addInventory(engine);
  await addActionPlan(engine, inventory, language, SAMPLE_ENGINE_SETTINGS.clock().toISOString().slice(0, 10));
  return engine.call('plan.export');
}

/**
 * The organisation, then its people (who belong to units), then the units' responsibles (who
 * are people), then the accounts with the people who run them, as a planner would enter them.
 */
async function addInventory(engine: PlanEngine): Promise<SampleInventoryIds> {
  const units = new SampleIds<SampleUnitKey>('unit');
  for (const unit of SAMPLE_UNITS) {
    const parentId = unit.parent === null ? null : units.of(unit.parent);
    const created = await engine.call('unit.create', { name: unit.name, kind: unit.kind, parentId, contact: unit.contact });
    units.set(unit.key, created.id);
  }
  const people = new SampleIds<SamplePersonKey>('person');
  for (const { key, unit, ...person } of SAMPLE_PEOPLE) {
    const created = await engine.call('person.create', { ...person, unitId: units.of(unit) });
    people.set(key, created.id);
  }
  for (const unit of SAMPLE_UNITS) {
    if (unit.responsible) await engine.call('unit.update', { id: units.of(unit.key), responsibleId: people.of(unit.responsible) });
  }
  const accounts = new SampleIds<SampleAccountRef>('account');
  for (const { unit, people: managers, holder, ...account } of SAMPLE_ACCOUNTS) {
    const created = await engine.call('account.create', {
      ...account,
      unitId: unit === null ? null : units.of(unit),
      peopleIds: managers.map((key) => people.of(key)),
      credentialsHolderId: holder ? people.of(holder) : null,
    });
    accounts.set(accountRef(account), created.id);
  }
  return { units, people, accounts };
}
