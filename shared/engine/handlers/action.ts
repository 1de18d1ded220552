import type { Database } from 'sql.js';
import { RumboError } from '../../errors';
import { formatDate, translate, type MessageKey } from '../../i18n';
import { computePlanChecks } from '../../action/checks';
import { effortTotals } from '../../action/effort';
import { smartMissing } from '../../action/smart';
import { traceability } from '../../action/traceability';
import type { ChangeRecorder } from '../../db/changes';
import { deleteWithReferences } from '../../db/references';
import {
  cameMapper,
  kpiMapper,
  lineMapper,
  objectiveMapper,
  readLinks,
  readResourceSettings,
  roleMapper,
  setLinks,
  swotMapper,
  tacticMapper,
} from '../../db/repos/action';
import { columnOf, listRows, rowExists, siblingIds } from '../../db/repos/rows';
import { readInstitution } from '../../db/repos/institution';
import type { TableName } from '../../db/tables';
import { STRATEGY_QUADRANTS, type CameStrategy, type SwotQuadrant } from '../../model/action';
import type { ActionPlan } from '../../model/action-plan';
import { findingsOf } from './inventory';
import { recorderOf, todayOf, type HandlerContext, type Handlers } from './context';


const SEVERITY_WEIGHT = { high: 4, medium: 3, low: 2 } as const;

/** Where each ordered list keeps its order: the table and the column that groups it. */
const LISTS = {
  objective: null,
  strategy_line: null,
  cost_role: null,
  came_option: null,
  tactic: 'line_id',
  kpi: 'objective_id',
} as const satisfies Partial<Record<TableName, string | null>>;

/** The whole action plan with what is computed from it (checks, totals, SMART gaps, traceability). */
export function readActionPlan(db: Database): ActionPlan {
  const links = { came: readLinks(db, 'cameItems'), objectives: readLinks(db, 'objectiveSwot'), lines: readLinks(db, 'lineObjectives'), tactics: readLinks(db, 'tacticAccounts') };
  const swot = listRows(db, 'swot_item', swotMapper, 'quadrant, position, id');
  const came = listRows(db, 'came_option', cameMapper).map((option) => ({ ...option, swotItemIds: links.came.get(option.id) ?? [] }));
  const objectives = listRows(db, 'objective', objectiveMapper).map((objective) => ({ ...objective, swotItemIds: links.objectives.get(objective.id) ?? [] }));
  const kpis = listRows(db, 'kpi', kpiMapper, 'objective_id, position, id');
  const lines = listRows(db, 'strategy_line', lineMapper).map((line) => ({ ...line, objectiveIds: links.lines.get(line.id) ?? [] }));
  const tactics = listRows(db, 'tactic', tacticMapper, 'line_id, position, id').map((tactic) => ({ ...tactic, accountIds: links.tactics.get(tactic.id) ?? [] }));
  const roles = listRows(db, 'cost_role', roleMapper);
  const { annualHours } = readResourceSettings(db);
  const institution = readInstitution(db);
  const period = { start: institution.periodStart, end: institution.periodEnd };
  return {
    swot,
    came,
    objectives,
    kpis,
    lines,
    tactics,
    roles,
    settings: { annualHours },
    period,
    checks: computePlanChecks({ swot, objectives, kpis, lines, tactics, period }),
    totals: effortTotals(tactics, roles, { annualHours }, period),
    smartMissing: Object.fromEntries(objectives.map((objective) => [objective.id, smartMissing(objective, kpis)])),
    traceability: traceability(swot, objectives, lines, tactics, kpis),
  };
}

function requireRows(db: Database, table: TableName, ids: readonly (string | null | undefined)[]): void {
  for (const id of ids) if (id && !rowExists(db, table, id)) throw new RumboError('NOT_FOUND');
}

function find<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((item) => item.id === id);
  if (!found) throw new RumboError('NOT_FOUND');
  return found;
}

/** Puts `id` at `index` among `ordered` (which may or may not contain it) and renumbers the list. */
function placeAt(recorder: ChangeRecorder, table: TableName, ordered: string[], id: string, index: number, extra: Record<string, string> = {}): void {
  const rest = ordered.filter((other) => other !== id);
  rest.splice(Math.min(index, rest.length), 0, id);
  rest.forEach((member, position) => recorder.update(table, member, member === id ? { position, ...extra } : { position }));
}

function checkCamePairing(db: Database, strategy: CameStrategy, swotItemIds: readonly string[]): void {
  requireRows(db, 'swot_item', swotItemIds);
  for (const id of swotItemIds) {
    const quadrant = columnOf(db, 'swot_item', 'quadrant', id) as SwotQuadrant;
    if (!STRATEGY_QUADRANTS[strategy].includes(quadrant)) throw new RumboError('CAME_ITEMS_MISMATCH');
  }
}

function created<K extends keyof ActionPlan>(db: Database, key: K, id: string) {
  return find(readActionPlan(db)[key] as unknown as { id: string }[], id) as unknown as ActionPlan[K] extends (infer T)[] ? T : never;
}

function insertAtEnd(db: Database, context: HandlerContext, table: TableName, group: string | null, groupValue: string | null, values: Record<string, unknown>): string {
  const id = crypto.randomUUID();
  const position = siblingIds(db, table, group, groupValue).length;
  recorderOf(context).insert(table, { id, position, ...(values as Record<string, string | number | null>) });
  return id;
}

export const actionHandlers = {
  'action.get': (_input, context) => readActionPlan(context.requireSession().db),
  'plan.checks': (_input, context) => readActionPlan(context.requireSession().db).checks,

  'swot.create': (input, context) => {
    const { db } = context.requireSession();
    const id = insertAtEnd(db, context, 'swot_item', 'quadrant', input.quadrant, swotMapper.toColumns(input));
    return created(db, 'swot', id);
  },
  'swot.update': ({ id, ...fields }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'swot_item', [id]);
    recorderOf(context).update('swot_item', id, swotMapper.toColumns(fields));
    return created(db, 'swot', id);
  },
  'swot.move': ({ id, quadrant, index }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'swot_item', [id]);
    const previous = columnOf(db, 'swot_item', 'quadrant', id);
    if (previous !== quadrant) {
      // An item that changes quadrant can no longer stand in options that pair the old one.
      const options = readActionPlan(db).came.filter((option) => option.swotItemIds.includes(id));
      if (options.some((option) => !STRATEGY_QUADRANTS[option.strategy].includes(quadrant))) throw new RumboError('CAME_ITEMS_MISMATCH');
    }
    const recorder = recorderOf(context);
    placeAt(recorder, 'swot_item', siblingIds(db, 'swot_item', 'quadrant', quadrant), id, index, { quadrant });
    if (previous && previous !== quadrant) siblingIds(db, 'swot_item', 'quadrant', previous).forEach((member, position) => recorder.update('swot_item', member, { position }));
  },
  'swot.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'swot_item', [id]);
    deleteWithReferences(db, recorderOf(context), 'swot_item', id);
  },
  'swot.fromFinding': ({ code }, context) => {
    const { db } = context.requireSession();
    const finding = findingsOf(db, context).find((candidate) => candidate.code === code);
    if (!finding) throw new RumboError('NOT_FOUND');
    const lang = readInstitution(db).language;
    const id = insertAtEnd(db, context, 'swot_item', 'quadrant', 'weakness', {
      quadrant: 'weakness',
      text: translate(lang, `inventory.findings.${finding.code}.title` as MessageKey),
      weight: SEVERITY_WEIGHT[finding.severity],
      evidence: translate(lang, 'action.fromFinding.evidence', { count: finding.count, date: formatDate(lang, todayOf(context)) }),
      source: 'finding',
      source_ref: finding.code,
    });
    return created(db, 'swot', id);
  },

  'came.create': ({ swotItemIds, ...fields }, context) => {
    const { db } = context.requireSession();
    checkCamePairing(db, fields.strategy, swotItemIds ?? []);
    const id = insertAtEnd(db, context, 'came_option', null, null, cameMapper.toColumns(fields));
    setLinks(db, recorderOf(context), 'cameItems', id, swotItemIds ?? []);
    return created(db, 'came', id);
  },
  'came.update': ({ id, swotItemIds, ...fields }, context) => {
    const { db } = context.requireSession();
    const current = find(readActionPlan(db).came, id);
    checkCamePairing(db, fields.strategy ?? current.strategy, swotItemIds ?? current.swotItemIds);
    recorderOf(context).update('came_option', id, cameMapper.toColumns(fields));
    if (swotItemIds) setLinks(db, recorderOf(context), 'cameItems', id, swotItemIds);
    return created(db, 'came', id);
  },
  'came.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'came_option', [id]);
    deleteWithReferences(db, recorderOf(context), 'came_option', id);
  },
  'came.toLine': ({ optionId, name }, context) => {
    const { db } = context.requireSession();
    const option = find(readActionPlan(db).came, optionId);
    const id = insertAtEnd(db, context, 'strategy_line', null, null, { name: name || option.text.slice(0, 300), came_option_id: option.id });
    return created(db, 'lines', id);
  },

  'objective.create': ({ swotItemIds, ...fields }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'person', [fields.ownerId]);
    requireRows(db, 'swot_item', swotItemIds ?? []);
    const id = insertAtEnd(db, context, 'objective', null, null, objectiveMapper.toColumns(fields));
    setLinks(db, recorderOf(context), 'objectiveSwot', id, swotItemIds ?? []);
    return created(db, 'objectives', id);
  },
  'objective.update': ({ id, swotItemIds, ...fields }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'objective', [id]);
    requireRows(db, 'person', [fields.ownerId]);
    requireRows(db, 'swot_item', swotItemIds ?? []);
    recorderOf(context).update('objective', id, objectiveMapper.toColumns(fields));
    if (swotItemIds) setLinks(db, recorderOf(context), 'objectiveSwot', id, swotItemIds);
    return created(db, 'objectives', id);
  },
  'objective.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'objective', [id]);
    deleteWithReferences(db, recorderOf(context), 'objective', id);
  },

  'kpi.create': (input, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'objective', [input.objectiveId]);
    requireRows(db, 'person', [input.ownerId]);
    const id = insertAtEnd(db, context, 'kpi', 'objective_id', input.objectiveId, { ...kpiMapper.toColumns(input), objective_id: input.objectiveId });
    return created(db, 'kpis', id);
  },
  'kpi.update': ({ id, ...fields }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'kpi', [id]);
    requireRows(db, 'person', [fields.ownerId]);
    recorderOf(context).update('kpi', id, kpiMapper.toColumns(fields));
    return created(db, 'kpis', id);
  },
  'kpi.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'kpi', [id]);
    deleteWithReferences(db, recorderOf(context), 'kpi', id);
  },

  'line.create': ({ objectiveIds, ...fields }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'came_option', [fields.cameOptionId]);
    requireRows(db, 'objective', objectiveIds ?? []);
    const id = insertAtEnd(db, context, 'strategy_line', null, null, lineMapper.toColumns(fields));
    setLinks(db, recorderOf(context), 'lineObjectives', id, objectiveIds ?? []);
    return created(db, 'lines', id);
  },
  'line.update': ({ id, objectiveIds, ...fields }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'strategy_line', [id]);
    requireRows(db, 'came_option', [fields.cameOptionId]);
    requireRows(db, 'objective', objectiveIds ?? []);
    recorderOf(context).update('strategy_line', id, lineMapper.toColumns(fields));
    if (objectiveIds) setLinks(db, recorderOf(context), 'lineObjectives', id, objectiveIds);
    return created(db, 'lines', id);
  },
  'line.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'strategy_line', [id]);
    deleteWithReferences(db, recorderOf(context), 'strategy_line', id);
  },

  'tactic.create': ({ accountIds, ...fields }, context) => {
    const { db } = context.requireSession();
    requireTacticReferences(db, fields, accountIds);
    const id = insertAtEnd(db, context, 'tactic', 'line_id', fields.lineId, { ...tacticMapper.toColumns(fields), line_id: fields.lineId });
    setLinks(db, recorderOf(context), 'tacticAccounts', id, accountIds ?? []);
    return created(db, 'tactics', id);
  },
  'tactic.update': ({ id, accountIds, ...fields }, context) => {
    const { db } = context.requireSession();
    const current = find(readActionPlan(db).tactics, id);
    requireTacticReferences(db, fields, accountIds);
    const start = fields.startOn !== undefined ? fields.startOn : current.startOn;
    const end = fields.endOn !== undefined ? fields.endOn : current.endOn;
    if (start && end && start > end) throw new RumboError('INPUT_INVALID', { detail: translate(context.lang, 'ui.profile.periodOrder') });
    const recorder = recorderOf(context);
    if (fields.lineId && fields.lineId !== current.lineId) {
      placeAt(recorder, 'tactic', siblingIds(db, 'tactic', 'line_id', fields.lineId), id, Number.MAX_SAFE_INTEGER, { line_id: fields.lineId });
    }
    recorder.update('tactic', id, tacticMapper.toColumns(fields));
    if (accountIds) setLinks(db, recorder, 'tacticAccounts', id, accountIds);
    return created(db, 'tactics', id);
  },
  'tactic.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'tactic', [id]);
    deleteWithReferences(db, recorderOf(context), 'tactic', id);
  },

  'role.create': (input, context) => {
    const { db } = context.requireSession();
    const id = insertAtEnd(db, context, 'cost_role', null, null, roleMapper.toColumns(input));
    return created(db, 'roles', id);
  },
  'role.update': ({ id, ...fields }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'cost_role', [id]);
    recorderOf(context).update('cost_role', id, roleMapper.toColumns(fields));
    return created(db, 'roles', id);
  },
  'role.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    requireRows(db, 'cost_role', [id]);
    deleteWithReferences(db, recorderOf(context), 'cost_role', id);
  },

  'action.reorder': ({ list, id, index }, context) => {
    const { db } = context.requireSession();
    requireRows(db, list, [id]);
    const group = LISTS[list];
    placeAt(recorderOf(context), list, siblingIds(db, list, group, group ? columnOf(db, list, group, id) : null), id, index);
  },

  'resources.updateSettings': ({ annualHours }, context) => {
    const { db } = context.requireSession();
    recorderOf(context).update('resource_settings', readResourceSettings(db).id, { annual_hours: annualHours });
    return { annualHours: readResourceSettings(db).annualHours };
  },
} satisfies Partial<Handlers>;

function requireTacticReferences(db: Database, fields: { lineId?: string; unitId?: string | null; ownerId?: string | null; roleId?: string | null }, accountIds?: readonly string[]) {
  requireRows(db, 'strategy_line', [fields.lineId]);
  requireRows(db, 'org_unit', [fields.unitId]);
  requireRows(db, 'person', [fields.ownerId]);
  requireRows(db, 'cost_role', [fields.roleId]);
  requireRows(db, 'account', accountIds ?? []);
}
