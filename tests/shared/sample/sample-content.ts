import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { PlanEngine } from '../../../shared/engine/engine';
import type { ActionPlan } from '../../../shared/model/action-plan';
import type { Inventory } from '../../../shared/model/inventory';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../resources/sample/', import.meta.url));
export const REBUILD = 'stale resources/sample/sample.rumbo: run `npx tsx scripts/build-sample.ts`';

export async function readResource(name: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(`${SAMPLE_DIR}${name}`));
}

/** The inventory with every record id replaced by what it names, so two builds compare equal. */
function inventoryWithoutIds(inventory: Inventory) {
  const unitName = new Map(inventory.units.map((unit) => [unit.id, unit.name]));
  const personName = new Map(inventory.people.map((person) => [person.id, person.name]));
  const unit = (id: string | null) => (id === null ? null : (unitName.get(id) ?? `missing ${id}`));
  const person = (id: string | null) => (id === null ? null : (personName.get(id) ?? `missing ${id}`));
  return {
    units: inventory.units.map(({ id: _id, parentId, responsibleId, ...rest }) => ({ ...rest, parent: unit(parentId), responsible: person(responsibleId) })),
    people: inventory.people.map(({ id: _id, unitId, ...rest }) => ({ ...rest, unit: unit(unitId) })),
    accounts: inventory.accounts.map(({ id: _id, unitId, peopleIds, credentialsHolderId, ...rest }) => ({
      ...rest,
      unit: unit(unitId),
      people: peopleIds.map(person),
      holder: person(credentialsHolderId),
    })),
    settings: inventory.settings,
  };
}

/** Every id of the plan, with the words that name its record. */
function namesOf(action: ActionPlan, inventory: Inventory): Map<string, string> {
  return new Map<string, string>([
    ...inventory.units.map((unit) => [unit.id, `unit: ${unit.name}`] as const),
    ...inventory.people.map((person) => [person.id, `person: ${person.name}`] as const),
    ...inventory.accounts.map((account) => [account.id, `account: ${account.platform} ${account.handle}`] as const),
    ...action.swot.map((item) => [item.id, `swot: ${item.text}`] as const),
    ...action.came.map((option) => [option.id, `came: ${option.text}`] as const),
    ...action.objectives.map((objective) => [objective.id, `objective: ${objective.statement}`] as const),
    ...action.kpis.map((kpi) => [kpi.id, `kpi: ${kpi.name}`] as const),
    ...action.lines.map((line) => [line.id, `line: ${line.name}`] as const),
    ...action.tactics.map((tactic) => [tactic.id, `tactic: ${tactic.title}`] as const),
    ...action.roles.map((role) => [role.id, `role: ${role.name}`] as const),
  ]);
}

/**
 * Replaces ids (as values and as keys) by names, dropping each record's own `id`. Lists of ids
 * are links, which the engine lists in id order: they are compared as sets, sorted by name.
 */
function renamed(value: unknown, names: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return names.get(value) ?? value;
  if (Array.isArray(value) && value.length > 0 && value.every((entry) => typeof entry === 'string' && names.has(entry))) {
    return value.map((id: string) => names.get(id)!).sort();
  }
  if (Array.isArray(value)) return value.map((entry) => renamed(entry, names));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).flatMap(([key, entry]) => (key === 'id' ? [] : [[names.get(key) ?? key, renamed(entry, names)]])));
}

/**
 * The action plan with ids replaced by names. KPIs and tactics are listed by their objective's
 * and line's position: the engine groups them by the parent's id, which is new on every build.
 */
function actionWithoutIds(action: ActionPlan, inventory: Inventory) {
  const names = namesOf(action, inventory);
  const objectiveOrder = new Map(action.objectives.map((objective) => [objective.id, objective.position]));
  const lineOrder = new Map(action.lines.map((line) => [line.id, line.position]));
  const kpis = [...action.kpis].sort((a, b) => objectiveOrder.get(a.objectiveId)! - objectiveOrder.get(b.objectiveId)! || a.position - b.position);
  const tactics = [...action.tactics].sort((a, b) => lineOrder.get(a.lineId)! - lineOrder.get(b.lineId)! || a.position - b.position);
  return renamed({ ...action, kpis, tactics }, names);
}

/** What a plan holds, minus what is new on every build (the plan and record ids); `raw` keeps the ids. */
export async function contentOf(bytes: Uint8Array) {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode() });
  const state = await engine.call('plan.open', { bytes, forceReadOnly: true });
  const { id: _id, ...institution } = await engine.call('institution.get');
  const { planId: _planId, ...meta } = state.meta;
  const { id: _infoId, ...plan } = state.info.plan;
  const inventory = await engine.call('inventory.get');
  const action = await engine.call('action.get');
  const checks = await engine.call('plan.checks');
  return {
    meta,
    institution,
    info: { ...state.info, plan },
    readOnlyReason: state.readOnlyReason?.code ?? null,
    inventory: inventoryWithoutIds(inventory),
    action: actionWithoutIds(action, inventory),
    raw: { ...inventory, action, checks },
  };
}
