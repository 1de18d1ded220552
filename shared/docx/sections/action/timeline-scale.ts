import { outsidePeriod } from '../../../action/checks';
import type { Tactic } from '../../../model/action';

/**
 * A landscape page holds about two dozen readable columns beside the tactic names: a plan of up
 * to two years is drawn month by month, a longer one by quarters, half-years, years, or runs of
 * years — whatever keeps it within this many columns.
 */
export const MAX_COLUMNS = 24;

export type ScaleStep = 'month' | 'quarter' | 'half' | 'year' | 'years';

/** One column of the timeline: calendar months counted from year 0 (`year * 12 + month - 1`), both ends included. */
export interface ScaleColumn {
  first: number;
  last: number;
}

export interface TimelineScale {
  step: ScaleStep;
  /** Columns aligned to the calendar (a quarter column is always January–March, April–June…). */
  columns: ScaleColumn[];
}

/** Where a tactic sits on the timeline. */
export type Placement =
  | { kind: 'undated' }
  /** It runs through columns `first`–`last`; `outside` when some of it falls outside the plan period. */
  | { kind: 'dated'; first: number; last: number; outside: boolean }
  /** Dated, but wholly before or after every column. */
  | { kind: 'beyond' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2026-03-15` → the month count of March 2026; null for anything that is not such a date. */
export function monthOf(iso: string | null): number | null {
  const match = iso === null ? null : ISO_DATE.exec(iso);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? Number(match[1]) * 12 + month - 1 : null;
}

/** The columns for the plan period, or null when the period is not a pair of dates in order. */
export function timelineScale(period: { start: string; end: string }): TimelineScale | null {
  const start = monthOf(period.start);
  const end = monthOf(period.end);
  if (start === null || end === null || end < start) return null;
  const fixed: [ScaleStep, number][] = [
    ['month', 1],
    ['quarter', 3],
    ['half', 6],
    ['year', 12],
  ];
  for (const [step, size] of fixed) {
    const columns = columnsOf(start, end, size);
    if (columns.length <= MAX_COLUMNS) return { step, columns };
  }
  const years = Math.floor(end / 12) - Math.floor(start / 12) + 1;
  return { step: 'years', columns: columnsOf(start, end, 12 * Math.ceil(years / MAX_COLUMNS)) };
}

function columnsOf(start: number, end: number, size: number): ScaleColumn[] {
  const columns: ScaleColumn[] = [];
  for (let first = Math.floor(start / size) * size; first <= end; first += size) columns.push({ first, last: first + size - 1 });
  return columns;
}

/** The columns a tactic runs through: only a tactic with both dates, in order, is drawn. */
export function placeTactic(scale: TimelineScale, tactic: Pick<Tactic, 'startOn' | 'endOn'>, period: { start: string; end: string }): Placement {
  const start = monthOf(tactic.startOn);
  const end = monthOf(tactic.endOn);
  if (start === null || end === null || end < start) return { kind: 'undated' };
  const first = scale.columns.findIndex((column) => column.last >= start);
  const last = scale.columns.findLastIndex((column) => column.first <= end);
  if (first < 0 || last < 0 || last < first) return { kind: 'beyond' };
  return { kind: 'dated', first, last, outside: outsidePeriod(tactic.startOn, period) || outsidePeriod(tactic.endOn, period) };
}
