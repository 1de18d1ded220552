import type { Database } from 'sql.js';
import type { ChangeRecorder } from '../changes';
import { rowMapper } from '../mapper';
import { selectAll, selectOne } from '../sql';
import type { TableName } from '../tables';
import type { CameOption, CostRole, Kpi, Objective, ResourceSettings, StrategyLine, SwotItem, Tactic } from '../../model/action';

export const swotMapper = rowMapper<SwotItem>({
  id: ['id', 'text'],
  quadrant: ['quadrant', 'text'],
  text: ['text', 'text'],
  weight: ['weight', 'integer'],
  evidence: ['evidence', 'text'],
  source: ['source', 'text'],
  sourceRef: ['source_ref', 'text'],
  position: ['position', 'integer'],
});
export const cameMapper = rowMapper<Omit<CameOption, 'swotItemIds'>>({
  id: ['id', 'text'],
  strategy: ['strategy', 'text'],
  text: ['text', 'text'],
  position: ['position', 'integer'],
});
export const objectiveMapper = rowMapper<Omit<Objective, 'swotItemIds'>>({
  id: ['id', 'text'],
  statement: ['statement', 'text'],
  deadline: ['deadline', 'textOrNull'],
  ownerId: ['owner_id', 'textOrNull'],
  position: ['position', 'integer'],
});
export const kpiMapper = rowMapper<Kpi>({
  id: ['id', 'text'],
  objectiveId: ['objective_id', 'text'],
  metric: ['metric', 'text'],
  name: ['name', 'text'],
  unit: ['unit', 'text'],
  baseline: ['baseline', 'realOrNull'],
  target: ['target', 'realOrNull'],
  deadline: ['deadline', 'textOrNull'],
  source: ['source', 'text'],
  frequency: ['frequency', 'textOrNull'],
  ownerId: ['owner_id', 'textOrNull'],
  position: ['position', 'integer'],
});
export const lineMapper = rowMapper<Omit<StrategyLine, 'objectiveIds'>>({
  id: ['id', 'text'],
  name: ['name', 'text'],
  description: ['description', 'text'],
  cameOptionId: ['came_option_id', 'textOrNull'],
  position: ['position', 'integer'],
});
export const roleMapper = rowMapper<CostRole>({
  id: ['id', 'text'],
  name: ['name', 'text'],
  hourlyCost: ['hourly_cost', 'real'],
  position: ['position', 'integer'],
});
export const tacticMapper = rowMapper<Omit<Tactic, 'accountIds'>>({
  id: ['id', 'text'],
  lineId: ['line_id', 'text'],
  title: ['title', 'text'],
  description: ['description', 'text'],
  unitId: ['unit_id', 'textOrNull'],
  ownerId: ['owner_id', 'textOrNull'],
  startOn: ['start_on', 'textOrNull'],
  endOn: ['end_on', 'textOrNull'],
  hoursOnce: ['hours_once', 'real'],
  hoursPerWeek: ['hours_per_week', 'real'],
  roleId: ['role_id', 'textOrNull'],
  otherCost: ['other_cost', 'real'],
  status: ['status', 'text'],
  position: ['position', 'integer'],
});

/** The many-to-many links of the action plan: which table, and its two columns. */
export const LINKS = {
  cameItems: { table: 'came_option_item', owner: 'option_id', other: 'swot_item_id' },
  objectiveSwot: { table: 'objective_swot', owner: 'objective_id', other: 'swot_item_id' },
  lineObjectives: { table: 'strategy_line_objective', owner: 'line_id', other: 'objective_id' },
  tacticAccounts: { table: 'tactic_account', owner: 'tactic_id', other: 'account_id' },
} as const satisfies Record<string, { table: TableName; owner: string; other: string }>;
export type LinkKind = keyof typeof LINKS;

/** owner id → linked ids, in a stable order. */
export function readLinks(db: Database, kind: LinkKind): Map<string, string[]> {
  const { table, owner, other } = LINKS[kind];
  const links = new Map<string, string[]>();
  for (const row of selectAll(db, `SELECT ${owner} AS owner, ${other} AS other FROM ${table} ORDER BY ${other}`)) {
    const list = links.get(String(row.owner)) ?? [];
    list.push(String(row.other));
    links.set(String(row.owner), list);
  }
  return links;
}

/** Makes the links of one owner exactly `ids` (adding and removing through the recorder). */
export function setLinks(db: Database, recorder: ChangeRecorder, kind: LinkKind, ownerId: string, ids: readonly string[]): void {
  const { table, owner, other } = LINKS[kind];
  const current = selectAll(db, `SELECT id, ${other} AS other FROM ${table} WHERE ${owner} = ?`, [ownerId]);
  const wanted = new Set(ids);
  for (const link of current) if (!wanted.has(String(link.other))) recorder.delete(table, String(link.id));
  const present = new Set(current.map((link) => String(link.other)));
  for (const id of wanted) if (!present.has(id)) recorder.insert(table, { id: crypto.randomUUID(), [owner]: ownerId, [other]: id });
}

export function readResourceSettings(db: Database): ResourceSettings & { id: string } {
  const row = selectOne(db, 'SELECT id, annual_hours FROM resource_settings LIMIT 1');
  if (!row) throw new Error('resource_settings missing');
  return { id: String(row.id), annualHours: Number(row.annual_hours) };
}

