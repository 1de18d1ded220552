/** Days and months on the timeline, as fractions of the plan period. Pure: no DOM. */

const DAY_MS = 86_400_000;

export function toDay(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function fromDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDay(toDay(iso) + days);
}

export interface Scale {
  startDay: number;
  /** Number of days shown (inclusive of the last one). */
  days: number;
}

export function scaleFor(period: { start: string; end: string }): Scale {
  const startDay = toDay(period.start);
  return { startDay, days: Math.max(1, toDay(period.end) - startDay + 1) };
}

/** Where a date falls, from 0 (first day) to 1 (after the last day). */
export function fraction(scale: Scale, iso: string): number {
  return (toDay(iso) - scale.startDay) / scale.days;
}

export interface BarGeometry {
  left: number;
  width: number;
  /** The bar goes beyond the period on that side (it is clipped there). */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** A tactic's bar in fractions of the width; null when it lies wholly outside the period. */
export function barGeometry(scale: Scale, startOn: string, endOn: string): BarGeometry | null {
  const start = fraction(scale, startOn);
  const end = fraction(scale, addDays(endOn, 1));
  if (end <= 0 || start >= 1) return null;
  const left = Math.max(0, start);
  return { left, width: Math.max(Math.min(1, end) - left, 0.002), clippedStart: start < 0, clippedEnd: end > 1 };
}

export interface MonthTick {
  iso: string;
  left: number;
  width: number;
  year: number;
  month: number;
}

/** One tick per calendar month touched by the period. */
export function monthTicks(period: { start: string; end: string }): MonthTick[] {
  const scale = scaleFor(period);
  const ticks: MonthTick[] = [];
  let year = Number(period.start.slice(0, 4));
  let month = Number(period.start.slice(5, 7));
  for (;;) {
    const first = `${year}-${String(month).padStart(2, '0')}-01`;
    if (first > period.end) break;
    const nextYear = month === 12 ? year + 1 : year;
    const nextMonth = month === 12 ? 1 : month + 1;
    const next = `${nextYear}-${String(nextMonth).padStart(2, '0')}-01`;
    const left = Math.max(0, fraction(scale, first));
    const right = Math.min(1, fraction(scale, next));
    ticks.push({ iso: first, left, width: right - left, year, month });
    year = nextYear;
    month = nextMonth;
  }
  return ticks;
}

export interface YearSpan {
  year: number;
  left: number;
  width: number;
}

/** The calendar years over the month ticks, for the chart's top header line. */
export function yearSpans(ticks: readonly MonthTick[]): YearSpan[] {
  const spans: YearSpan[] = [];
  for (const tick of ticks) {
    const last = spans.at(-1);
    if (last?.year === tick.year) last.width += tick.width;
    else spans.push({ year: tick.year, left: tick.left, width: tick.width });
  }
  return spans;
}

/** The user's calendar day (not UTC's: just after midnight in Spain, UTC is still on the day before). */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Where today's line goes, or null when today is outside the period. */
export function todayFraction(scale: Scale, period: { start: string; end: string }, today: string): number | null {
  return today >= period.start && today <= period.end ? fraction(scale, today) : null;
}

/** How a drag of `deltaDays` changes a bar: the whole bar, or one of its ends (never past the other). */
export function dragDates(
  dates: { startOn: string; endOn: string },
  mode: 'move' | 'start' | 'end',
  deltaDays: number,
): { startOn: string; endOn: string } {
  if (mode === 'move') return { startOn: addDays(dates.startOn, deltaDays), endOn: addDays(dates.endOn, deltaDays) };
  if (mode === 'start') {
    const startOn = addDays(dates.startOn, deltaDays);
    return { startOn: startOn > dates.endOn ? dates.endOn : startOn, endOn: dates.endOn };
  }
  const endOn = addDays(dates.endOn, deltaDays);
  return { startOn: dates.startOn, endOn: endOn < dates.startOn ? dates.startOn : endOn };
}
