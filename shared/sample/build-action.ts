import { SWOT_SUGGESTIONS, suggestionText } from '../action/library';
import { findMetric, metricName, unitLabel } from '../action/metrics';
import type { PlanEngine } from '../engine/engine';
import type { Lang } from '../i18n';
import type { KpiFrequency, SwotQuadrant, TacticStatus } from '../model/action';
import { SAMPLE_CAME, SAMPLE_SWOT, type SampleCameKey, type SampleSwotItem, type SampleSwotKey } from './diagnosis';
import { SampleIds, type SampleAccountRef } from './ids';
import type { SamplePersonKey, SampleUnitKey } from './inventory';
import { SAMPLE_OBJECTIVES, type SampleKpi, type SampleObjectiveKey } from './objectives';
import { SAMPLE_LINES, SAMPLE_ROLES, type SampleLineKey, type SampleRoleKey } from './strategy';
import { SAMPLE_TACTICS } from './tactics';

export interface SampleInventoryIds {
  units: SampleIds<SampleUnitKey>;
  people: SampleIds<SamplePersonKey>;
  accounts: SampleIds<SampleAccountRef>;
}

/**
 * The chain from diagnosis to action, in the order a planner works: the SWOT, the CAME options
 * drawn from it, the objectives with their KPIs, the strategy lines made from the options, the
 * cost roles and the tactics. `today` is the day the sample is built (ISO date), which sets
 * each tactic's status.
 */
export async function addActionPlan(engine: PlanEngine, inventory: SampleInventoryIds, lang: Lang, today: string): Promise<void> {
  const swot = await addSwot(engine, lang);
  const came = await addCame(engine, swot);
  const objectives = await addObjectives(engine, lang, swot, inventory.people);
  const lines = await addLines(engine, came, objectives);
  const roles = await addRoles(engine);
  for (const { line, unit, owner, role, accounts, otherCost, ...tactic } of SAMPLE_TACTICS) {
    await engine.call('tactic.create', {
      ...tactic,
      lineId: lines.of(line),
      unitId: inventory.units.of(unit),
      ownerId: inventory.people.of(owner),
      roleId: roles.of(role),
      otherCost: otherCost ?? 0,
      accountIds: inventory.accounts.all(accounts),
      status: statusOn(today, tactic.startOn, tactic.endOn),
    });
  }
}

/** Where a tactic stands on `today` if it keeps to its dates. */
function statusOn(today: string, startOn: string, endOn: string): TacticStatus {
  if (endOn < today) return 'done';
  return startOn <= today ? 'in_progress' : 'planned';
}

async function addSwot(engine: PlanEngine, lang: Lang): Promise<SampleIds<SampleSwotKey>> {
  const ids = new SampleIds<SampleSwotKey>('SWOT item');
  for (const item of SAMPLE_SWOT) ids.set(item.key, await addSwotItem(engine, lang, item));
  return ids;
}

async function addSwotItem(engine: PlanEngine, lang: Lang, item: SampleSwotItem): Promise<string> {
  switch (item.from) {
    case 'hand': {
      const { quadrant, text, weight, evidence } = item;
      return (await engine.call('swot.create', { quadrant, text, weight, evidence, source: 'manual' })).id;
    }
    case 'suggestion': {
      const { quadrant, weight, text } = swotSuggestion(lang, item.suggestion);
      const created = await engine.call('swot.create', { quadrant, text, weight: item.weight ?? weight, evidence: item.evidence, source: 'suggestion', sourceRef: item.suggestion });
      return created.id;
    }
    case 'finding': {
      // As a planner does: one action creates the item from the finding; a second one completes it.
      const created = await engine.call('swot.fromFinding', { code: item.finding });
      if (item.weight !== undefined || item.note !== undefined) {
        const evidence = item.note === undefined ? created.evidence : `${created.evidence} ${item.note}`;
        await engine.call('swot.update', { id: created.id, weight: item.weight ?? created.weight, evidence });
      }
      return created.id;
    }
  }
}

function swotSuggestion(lang: Lang, id: string): { quadrant: SwotQuadrant; weight: number; text: string } {
  const suggestion = SWOT_SUGGESTIONS.find((candidate) => candidate.id === id);
  const text = suggestionText(lang, 'swot', id)?.text;
  if (!suggestion || text === undefined) throw new Error(`sample: no SWOT suggestion ${id} in the library`);
  return { quadrant: suggestion.quadrant, weight: suggestion.weight, text };
}

async function addCame(engine: PlanEngine, swot: SampleIds<SampleSwotKey>): Promise<SampleIds<SampleCameKey>> {
  const ids = new SampleIds<SampleCameKey>('CAME option');
  for (const { key, strategy, text, items } of SAMPLE_CAME) {
    ids.set(key, (await engine.call('came.create', { strategy, text, swotItemIds: swot.all(items) })).id);
  }
  return ids;
}

async function addObjectives(
  engine: PlanEngine,
  lang: Lang,
  swot: SampleIds<SampleSwotKey>,
  people: SampleIds<SamplePersonKey>,
): Promise<SampleIds<SampleObjectiveKey>> {
  const ids = new SampleIds<SampleObjectiveKey>('objective');
  for (const { key, statement, deadline, owner, answers, kpis } of SAMPLE_OBJECTIVES) {
    const objective = await engine.call('objective.create', { statement, deadline, ownerId: people.of(owner), swotItemIds: swot.all(answers) });
    ids.set(key, objective.id);
    for (const kpi of kpis) {
      const { baseline, target, deadline: kpiDeadline, source } = kpi;
      await engine.call('kpi.create', { objectiveId: objective.id, ...kpiNaming(lang, kpi), baseline, target, deadline: kpiDeadline, source, ownerId: people.of(kpi.owner) });
    }
  }
  return ids;
}

/** A catalogue metric is named and measured as the catalogue says unless the sample says otherwise, as the KPI editor fills it. */
function kpiNaming(lang: Lang, kpi: SampleKpi): { metric: string; name: string; unit: string; frequency: KpiFrequency } {
  if (kpi.metric === 'custom') return { metric: 'custom', name: kpi.name, unit: kpi.unit, frequency: kpi.frequency };
  const metric = findMetric(kpi.metric);
  const name = metricName(lang, kpi.metric);
  if (!metric || name === null) throw new Error(`sample: no metric ${kpi.metric} in the catalogue`);
  return { metric: kpi.metric, name, unit: unitLabel(lang, metric.unit), frequency: kpi.frequency ?? metric.frequency };
}

async function addLines(engine: PlanEngine, came: SampleIds<SampleCameKey>, objectives: SampleIds<SampleObjectiveKey>): Promise<SampleIds<SampleLineKey>> {
  const ids = new SampleIds<SampleLineKey>('strategy line');
  for (const line of SAMPLE_LINES) {
    const created = await engine.call('came.toLine', { optionId: came.of(line.came), name: line.name });
    await engine.call('line.update', { id: created.id, description: line.description, objectiveIds: objectives.all(line.objectives) });
    ids.set(line.key, created.id);
  }
  return ids;
}

async function addRoles(engine: PlanEngine): Promise<SampleIds<SampleRoleKey>> {
  const ids = new SampleIds<SampleRoleKey>('cost role');
  for (const { key, name, hourlyCost } of SAMPLE_ROLES) ids.set(key, (await engine.call('role.create', { name, hourlyCost })).id);
  return ids;
}
