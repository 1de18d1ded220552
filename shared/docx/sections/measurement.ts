import type { Kpi, KpiFrequency } from '../../model/action';
import { dataTable, paragraph, tableCaption, withNote, type Cell } from '../blocks';
import type { DocumentContext } from '../context';
import type { Block, ChapterNumbering, Part } from '../outline';
import { hasPlannerText, plannerText } from '../planner-text';
import { cleanLine } from '../sanitize';
import { kpiName } from './action/objectives';
import { actionView } from './action/view';

/**
 * Chapter "Medición y evaluación": the planner's account of how results are gathered, reported
 * and used to review the plan, and the measurement plan of every KPI worked out from the KPIs
 * themselves — where each figure comes from, how often, who answers for it and when the next
 * reading is due.
 */
export const measurementChapter: Part = {
  part: 'measurement',
  title: (context) => context.t('document.measurement.title'),
  hasData: (context) => hasPlannerText(context, 'measurement') || measuredKpis(context).length > 0,
  emptyNote: (context) => [paragraph(context.t('document.measurement.empty'))],
  body: (context, numbering) => [...plannerText(context, 'measurement'), ...measurementPlan(context, numbering)],
};

/** The KPIs of the plan's objectives, objective by objective, as the objectives chapter lists them. */
function measuredKpis(context: DocumentContext): { kpi: Kpi; objective: number }[] {
  const view = actionView(context);
  return context.data.action.objectives.flatMap((objective) => view.kpisOf(objective.id).map((kpi) => ({ kpi, objective: view.objectiveNumber(objective) })));
}

function measurementPlan(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t, data } = context;
  const kpis = measuredKpis(context);
  if (kpis.length === 0) return [];
  const view = actionView(context);
  const none = t('docplan.none');
  const from = [isoDay(data.generatedAt), data.action.period.start].filter((day): day is string => day !== null).sort().at(-1) ?? '';
  const rows = kpis.map(({ kpi, objective }): Cell[] => {
    const frequency = view.frequency(kpi.frequency);
    const next = nextMeasurement(frequency === undefined ? null : kpi.frequency, from, kpi.deadline);
    return [
      withNote(kpiName(context, kpi), t('document.measurement.objective', { number: objective })),
      cleanLine(kpi.source) || none,
      frequency ?? none,
      view.personName(kpi.ownerId) ?? none,
      next === null ? none : context.shortDate(next),
    ];
  });
  const column = (key: 'indicator' | 'source' | 'frequency' | 'owner' | 'next', share: number) => ({ title: t(`document.measurement.columns.${key}`), share });
  return [
    numbering.section(t('document.measurement.planTitle')),
    paragraph(`${t('document.measurement.planIntro', { count: kpis.length })} ${t('document.measurement.nextRule')}`, { keepNext: true }),
    ...dataTable([column('indicator', 0.28), column('source', 0.3), column('frequency', 0.13), column('owner', 0.16), column('next', 0.13)], rows, {
      compact: true,
      caption: tableCaption(context, t('document.captions.measurement')),
    }),
  ];
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** `2026-03-15T10:30:00Z` → `2026-03-15`; null for anything that is not a real date. */
function isoDay(value: string): string | null {
  const match = ISO_DAY.exec(value);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(day.getTime()) ? null : day.toISOString().slice(0, 10);
}

/**
 * When a KPI is next due, counted from `from` (an ISO day): the close of the measurement period
 * under way — Sunday of the week, the last day of the month, quarter, half-year or year — or its
 * deadline if that comes first (a deadline already past is not a next date). Null with neither.
 */
export function nextMeasurement(frequency: KpiFrequency | null, from: string, deadline: string | null): string | null {
  const start = isoDay(from);
  const due = start === null || frequency === null ? null : closeOfPeriod(frequency, start);
  const upcoming = deadline === null ? null : isoDay(deadline);
  const ahead = upcoming !== null && (start === null || upcoming >= start) ? upcoming : null;
  if (due === null) return ahead;
  return ahead !== null && ahead < due ? ahead : due;
}

const MONTHS_PER_PERIOD: Record<Exclude<KpiFrequency, 'weekly'>, number> = { monthly: 1, quarterly: 3, half_yearly: 6, yearly: 12 };

function closeOfPeriod(frequency: KpiFrequency, day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (frequency === 'weekly') {
    const today = new Date(Date.UTC(year, month - 1, date));
    const untilSunday = (7 - today.getUTCDay()) % 7;
    return new Date(today.getTime() + untilSunday * 86_400_000).toISOString().slice(0, 10);
  }
  const size = MONTHS_PER_PERIOD[frequency];
  const lastMonth = Math.ceil(month / size) * size; // 1-based month that closes the period
  // Day 0 of the month after is the last day of this one.
  return new Date(Date.UTC(year, lastMonth, 0)).toISOString().slice(0, 10);
}
