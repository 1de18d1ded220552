import { LOCALES } from '../../../i18n';
import {
  CAME_STRATEGIES,
  KPI_FREQUENCIES,
  SWOT_QUADRANTS,
  TACTIC_STATUSES,
  type CameOption,
  type CameStrategy,
  type CostRole,
  type Kpi,
  type Objective,
  type StrategyLine,
  type SwotItem,
  type SwotQuadrant,
  type Tactic,
} from '../../../model/action';
import type { DocumentContext } from '../../context';
import { inventoryView } from '../../inventory-view';
import { cleanLine } from '../../sanitize';

/** A paragraph straight after a table (the field table of an objective or a line) stands off from it. */
export const AFTER_TABLE = { spacing: { before: 200 } } as const;

/** How long a SWOT item's text may be where another part of the plan names it. */
const REFERENCE_MAX = 200;
/**
 * How much of an objective's statement goes into its heading: two lines of heading at most, as
 * the contents lists it; the whole statement is given under the heading when it is longer.
 */
const HEADLINE_MAX = 90;

/**
 * The action plan arranged the way its chapters read it, with the names by which one chapter
 * refers to what another shows: "D2" for a SWOT item, "Objetivo 3", "Línea 1: …". A hand-made
 * or future file may hold a quadrant, strategy, status or frequency this version does not know:
 * such records are left out or read as "unknown", never as a raw code.
 */
export interface ActionView {
  /** Each quadrant's items, weightiest first, then in the planner's order. */
  swot: Record<SwotQuadrant, SwotItem[]>;
  /** "D2": the item's quadrant letter and its place in the matrix. */
  swotCode(item: SwotItem): string;
  /** "D2 · No hay objetivos definidos" for each id the plan holds, in the matrix's order. */
  swotLabels(ids: readonly string[]): string[];
  /** The CAME options of each known strategy, in the planner's order. */
  came: Record<CameStrategy, CameOption[]>;
  cameOption(id: string | null): CameOption | undefined;
  objective(id: string): Objective | undefined;
  /** An objective's place in the plan: 2 for "Objetivo 2". */
  objectiveNumber(objective: Objective): number;
  /** "Objetivo 2: Reducir a la mitad…": its number and headline, for its heading and for references. */
  objectiveTitle(objective: Objective): string;
  /** The statement on one line, without a closing full stop, cut at a word if long; `whole` when nothing was cut. */
  objectiveHeadline(objective: Objective): { text: string; whole: boolean };
  kpisOf(objectiveId: string): Kpi[];
  /** "Línea 1: Ordenar las cuentas". */
  lineLabel(line: StrategyLine): string;
  lineNumber(line: StrategyLine): number;
  /** The strategy lines made from a CAME option. */
  linesFrom(optionId: string): StrategyLine[];
  tacticsOf(lineId: string): Tactic[];
  /** The cost roles by id, as tacticEffort reads them. */
  roles: ReadonlyMap<string, CostRole>;
  personName(id: string | null): string | undefined;
  unitName(id: string | null): string | undefined;
  /** "Facebook @handle (Activa)" for each id the inventory holds, in the inventory's order. */
  accountLabels(ids: readonly string[]): string[];
  status(code: string): string;
  frequency(code: string | null): string | undefined;
  strategyName(code: CameStrategy): string;
  isCancelled(tactic: Tactic): boolean;
  /** 12,5 → "12,5" (one decimal at most: hours are estimates). */
  hours(value: number): string;
  /** Full-time equivalents, with two decimals: most are fractions of a post. */
  fte(value: number): string;
  /** Euros, always with cents, so that the amounts of a column line up and add up as shown. */
  money(value: number): string;
  /** "01/03/2026 – 30/06/2026", "Desde 01/03/2026", "Sin fechas". */
  dates(start: string | null, end: string | null): string;
  /** The same, a range on two lines: for a narrow table column. */
  datesInColumn(start: string | null, end: string | null): string;
}

// The chapters share one view of the same document, worked out once.
const views = new WeakMap<DocumentContext, ActionView>();

export function actionView(context: DocumentContext): ActionView {
  const cached = views.get(context);
  if (cached) return cached;
  const view = buildView(context);
  views.set(context, view);
  return view;
}

function buildView(context: DocumentContext): ActionView {
  const { t, data, lang } = context;
  const { action } = data;
  const inventory = inventoryView(context);

  const swot = groupBy(SWOT_QUADRANTS, action.swot, (item) => item.quadrant);
  for (const items of Object.values(swot)) items.sort((a, b) => swotWeight(b) - swotWeight(a) || a.position - b.position);
  const codes = new Map<string, string>();
  for (const quadrant of SWOT_QUADRANTS) swot[quadrant].forEach((item, index) => codes.set(item.id, `${t(`docplan.swot.codes.${quadrant}`)}${index + 1}`));
  // In the matrix's reading order: by quadrant, then by place within it.
  const matrixOrder = SWOT_QUADRANTS.flatMap((quadrant) => swot[quadrant]);
  const swotRank = new Map(matrixOrder.map((item, index) => [item.id, index]));
  const swotLabels = new Map(matrixOrder.map((item) => [item.id, t('docplan.swot.itemLabel', { code: codes.get(item.id)!, text: cleanLine(item.text, REFERENCE_MAX) })]));

  const came = groupBy(CAME_STRATEGIES, action.came, (option) => option.strategy);
  const options = new Map(action.came.map((option) => [option.id, option]));
  const objectiveNumbers = new Map(action.objectives.map((objective, index) => [objective.id, index + 1]));
  const objectives = new Map(action.objectives.map((objective) => [objective.id, objective]));
  const lineNumbers = new Map(action.lines.map((line, index) => [line.id, index + 1]));
  const kpis = groupByKey(action.kpis, (kpi) => kpi.objectiveId);
  const tactics = groupByKey(action.tactics, (tactic) => tactic.lineId);
  const linesByOption = groupByKey(action.lines, (line) => line.cameOptionId ?? '');
  const roles = new Map(action.roles.map((role) => [role.id, role]));
  const units = new Map(data.inventory.units.map((unit) => [unit.id, unit.name]));
  const accountRank = new Map(data.inventory.accounts.map((account, index) => [account.id, index]));

  const statuses = new Map(TACTIC_STATUSES.map((code) => [code as string, t(`action.tacticStatuses.${code}`)]));
  const frequencies = new Map(KPI_FREQUENCIES.map((code) => [code as string, t(`action.frequencies.${code}`)]));
  const hours = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 });
  const fte = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const euros = new Intl.NumberFormat(LOCALES[lang], { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lineNumber = (line: StrategyLine) => lineNumbers.get(line.id) ?? 0;

  return {
    swot,
    swotCode: (item) => codes.get(item.id) ?? '',
    swotLabels: (ids) =>
      ids
        .filter((id) => swotLabels.has(id))
        .sort((a, b) => swotRank.get(a)! - swotRank.get(b)!)
        .map((id) => swotLabels.get(id)!),
    came,
    cameOption: (id) => (id === null ? undefined : options.get(id)),
    objective: (id) => objectives.get(id),
    objectiveNumber: (objective) => objectiveNumbers.get(objective.id) ?? 0,
    objectiveTitle: (objective) => t('docplan.objectives.heading', { number: objectiveNumbers.get(objective.id) ?? 0, statement: headline(objective).text }),
    objectiveHeadline: headline,
    kpisOf: (objectiveId) => kpis.get(objectiveId) ?? [],
    lineLabel: (line) => t('docplan.strategy.label', { number: lineNumber(line), name: cleanLine(line.name) }),
    lineNumber,
    linesFrom: (optionId) => linesByOption.get(optionId) ?? [],
    tacticsOf: (lineId) => tactics.get(lineId) ?? [],
    roles,
    personName: (id) => {
      const name = inventory.personName(id);
      return name === undefined ? undefined : cleanLine(name);
    },
    unitName: (id) => {
      const name = id === null ? undefined : units.get(id);
      return name === undefined ? undefined : cleanLine(name);
    },
    accountLabels: (ids) =>
      ids
        .filter((id) => accountRank.has(id))
        .sort((a, b) => accountRank.get(a)! - accountRank.get(b)!)
        .map((id) => cleanLine(inventory.words.account(data.inventory.accounts[accountRank.get(id)!]!))),
    status: (code) => statuses.get(code) ?? t('inventory.unknown'),
    frequency: (code) => (code === null ? undefined : frequencies.get(code)),
    strategyName: (code) => t(`action.strategies.${code}`),
    isCancelled: (tactic) => tactic.status === 'cancelled',
    hours: (value) => hours.format(value),
    fte: (value) => fte.format(value),
    money: (value) => euros.format(value),
    dates: (start, end) => dates(context, start, end, 'range'),
    datesInColumn: (start, end) => dates(context, start, end, 'rangeInColumn'),
  };
}

function headline(objective: Objective): { text: string; whole: boolean } {
  const line = cleanLine(objective.statement).replace(/\.$/, '');
  if (line.length <= HEADLINE_MAX && !objective.statement.trim().includes('\n')) return { text: line, whole: true };
  const cut = line.slice(0, HEADLINE_MAX);
  const space = cut.lastIndexOf(' ');
  return { text: `${(space > HEADLINE_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`, whole: false };
}

function dates(context: DocumentContext, start: string | null, end: string | null, range: 'range' | 'rangeInColumn'): string {
  const { t, shortDate } = context;
  if (start && end) return t(`docplan.strategy.${range}`, { start: shortDate(start), end: shortDate(end) });
  if (start) return t('docplan.strategy.from', { date: shortDate(start) });
  if (end) return t('docplan.strategy.until', { date: shortDate(end) });
  return t('docplan.strategy.noDates');
}

/** A SWOT item's weight, 1–5 whatever a hand-made file holds. */
export function swotWeight(item: SwotItem): number {
  return Math.min(5, Math.max(1, Math.round(item.weight) || 1));
}

/** Records under each known key, in their order; records whose key is unknown are left out. */
function groupBy<K extends string, T>(keys: readonly K[], records: readonly T[], keyOf: (record: T) => string): Record<K, T[]> {
  const groups = Object.fromEntries(keys.map((key) => [key, [] as T[]])) as Record<K, T[]>;
  for (const record of records) {
    const key = keyOf(record);
    if (Object.hasOwn(groups, key)) groups[key as K].push(record);
  }
  return groups;
}

function groupByKey<T>(records: readonly T[], keyOf: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const key = keyOf(record);
    const list = groups.get(key);
    if (list) list.push(record);
    else groups.set(key, [record]);
  }
  return groups;
}
