import { metricName } from '../../action/metrics';
import { LOCALES } from '../../i18n';
import type { DocumentPart } from '../../model/document';
import type { DocumentContext } from '../context';
import { inventoryView } from '../inventory-view';
import { cleanLine } from '../sanitize';
import { actionView } from '../sections/action/view';
import { barChartSvg, type Bar } from './bar-chart';
import { comparisonChartSvg, type ComparisonRow } from './comparison-chart';
import { finiteOr0, type ChartDrawing } from './svg';

/** In the order the chapters place them. */
export const CHART_IDS = ['accountsByPlatform', 'accountsByUnit', 'kpiTargets', 'costByLine'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** A chart of the plan, drawn, with the words that go with it in the document. */
export interface ChartDefinition {
  id: ChartId;
  drawing: ChartDrawing;
  /** The caption's text, after "Figura N.". */
  caption: string;
  /** The alternative text: what the chart shows, in a sentence a screen reader reads instead. */
  description: string;
}

/** A single bar compares nothing: with fewer categories the table says it better. */
const MIN_CATEGORIES = 2;
/** Enough for every network there is (16 codes), and as many bars as stay readable in 11 cm. */
const MAX_BARS = 16;
/** Two bars each: more rows would take the whole page. */
const MAX_KPI_ROWS = 16;
/** The alternative text names this many values, then says how many more there are (the table has them all). */
const DESCRIBED_VALUES = 8;
/** Names in the alternative text are capped so a hostile file cannot make it a page long. */
const DESCRIBED_LABEL_MAX = 120;

interface ChartMaker {
  /** The chapter it belongs to: not drawn when an export leaves that chapter out. */
  part: DocumentPart;
  make(context: DocumentContext): Omit<ChartDefinition, 'id'> | null;
}

const CHARTS: Record<ChartId, ChartMaker> = {
  accountsByPlatform: { part: 'situation', make: accountsByPlatform },
  accountsByUnit: { part: 'situation', make: accountsByUnit },
  kpiTargets: { part: 'objectives', make: kpiTargets },
  costByLine: { part: 'resources', make: costByLine },
};

/** The charts this plan has data for, in the chapters the export includes. */
export function planCharts(context: DocumentContext, excludedParts: readonly DocumentPart[] = []): ChartDefinition[] {
  return CHART_IDS.flatMap((id) => {
    const maker = CHARTS[id];
    if (excludedParts.includes(maker.part)) return [];
    const chart = maker.make(context);
    return chart ? [{ id, ...chart }] : [];
  });
}

function accountsByPlatform(context: DocumentContext): Omit<ChartDefinition, 'id'> | null {
  const { t, number } = context;
  const { words } = inventoryView(context);
  const bars = context.data.inventory.byPlatform
    .filter((entry) => entry.accounts > 0)
    .map((entry): Bar => ({ label: words.platform(entry.platform), value: entry.accounts, valueText: number(entry.accounts) }));
  if (bars.length < MIN_CATEGORIES) return null;
  // Every network fits; only a hand-made file with unknown network codes could have more (the table has them all).
  return {
    drawing: barChartSvg(bars.slice(0, MAX_BARS)),
    caption: t('charts.accountsByPlatform.caption'),
    description: t('charts.accountsByPlatform.description', { values: describeBars(context, bars) }),
  };
}

/** A bar chart of at most MAX_BARS bars; when some are left out the caption says which ones are shown (the table has them all). */
function cappedBarChart(context: DocumentContext, chart: 'accountsByUnit' | 'costByLine', bars: readonly Bar[]): Omit<ChartDefinition, 'id'> {
  const { t } = context;
  const shown = bars.slice(0, MAX_BARS);
  return {
    drawing: barChartSvg(shown),
    caption: shown.length < bars.length ? t(`charts.${chart}.captionTop`, { shown: shown.length, count: bars.length }) : t(`charts.${chart}.caption`),
    description: t(`charts.${chart}.description`, { values: describeBars(context, bars) }),
  };
}

/**
 * Accounts each unit runs itself, most first (ties in the order of the organisation chart), and
 * those without a unit. Counted from the same grouping as the account map, so the bars add up
 * to every account in the inventory.
 */
function accountsByUnit(context: DocumentContext): Omit<ChartDefinition, 'id'> | null {
  const { t, number } = context;
  const view = inventoryView(context);
  const counted = [
    ...view.tree.map((entry) => ({ label: cleanLine(entry.unit.name), value: view.accountsByUnit.get(entry.unit.id)?.length ?? 0 })),
    { label: t('document.situation.noUnit'), value: view.accountsByUnit.get(null)?.length ?? 0 },
  ];
  const bars = counted
    .filter((entry) => entry.value > 0)
    .sort((a, b) => b.value - a.value)
    .map((entry): Bar => ({ ...entry, valueText: number(entry.value) }));
  return bars.length < MIN_CATEGORIES ? null : cappedBarChart(context, 'accountsByUnit', bars);
}

/** Each strategy line's estimated cost in the plan's order (the lines are numbered), cancelled tactics left out as in the totals. */
function costByLine(context: DocumentContext): Omit<ChartDefinition, 'id'> | null {
  const { lines, totals } = context.data.action;
  const view = actionView(context);
  // Whole euros: the cents of an estimate are noise at the end of a bar (the table has them).
  const euros = new Intl.NumberFormat(LOCALES[context.lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const bars = lines.map((line): Bar => {
    const cost = finiteOr0(totals.byLine[line.id]?.cost ?? 0);
    return { label: view.lineLabel(line), value: cost, valueText: euros.format(cost) };
  });
  if (bars.length < MIN_CATEGORIES || bars.every((bar) => bar.value === 0)) return null;
  return cappedBarChart(context, 'costByLine', bars);
}

/** Baseline against target for every KPI that has both, objective by objective. */
function kpiTargets(context: DocumentContext): Omit<ChartDefinition, 'id'> | null {
  const { t } = context;
  const view = actionView(context);
  const rows: (ComparisonRow & { change: string })[] = context.data.action.objectives.flatMap((objective) =>
    view.kpisOf(objective.id).flatMap((kpi) => {
      const { baseline, target } = kpi;
      if (baseline === null || target === null || !Number.isFinite(baseline) || !Number.isFinite(target)) return [];
      const unit = cleanLine(kpi.unit);
      const written = (value: number) => (unit === '' ? context.number(value) : t('docplan.objectives.value', { value: context.number(value), unit }));
      const indicator = cleanLine(kpi.name) || metricName(context.lang, kpi.metric) || t('docplan.objectives.untitledKpi');
      const before = written(baseline);
      const after = written(target);
      return [
        {
          label: t('charts.kpiTargets.row', { objective: view.objectiveNumber(objective), indicator }),
          before: { value: baseline, text: before },
          after: { value: target, text: after },
          change: t('charts.kpiTargets.change', { baseline: before, target: after }),
        },
      ];
    }),
  );
  if (rows.length < MIN_CATEGORIES) return null;
  const shown = rows.slice(0, MAX_KPI_ROWS);
  const legend = { before: t('charts.kpiTargets.baseline'), after: t('charts.kpiTargets.target'), note: t('charts.kpiTargets.scaleNote') };
  return {
    drawing: comparisonChartSvg(shown, legend),
    caption: shown.length < rows.length ? t('charts.kpiTargets.captionTop', { shown: shown.length, count: rows.length }) : t('charts.kpiTargets.caption'),
    description: t('charts.kpiTargets.description', { values: describe(context, rows.map((row) => [row.label, row.change])) }),
  };
}

function describeBars(context: DocumentContext, bars: readonly Bar[]): string {
  return describe(
    context,
    bars.map((bar) => [bar.label, bar.valueText]),
  );
}

/** "Facebook: 12, Instagram: 12 … y 6 más": the first values by name, then how many are left. */
function describe(context: DocumentContext, entries: readonly (readonly [string, string])[]): string {
  const { t } = context;
  const named = entries.slice(0, DESCRIBED_VALUES).map(([label, value]) => t('charts.value', { label: cleanLine(label, DESCRIBED_LABEL_MAX), value }));
  const rest = entries.length - named.length;
  return context.list(rest > 0 ? [...named, t('charts.more', { count: rest })] : named);
}
