import { describe, expect, it } from 'vitest';
import { addDays, barGeometry, dragDates, fraction, localIsoDate, monthTicks, scaleFor, todayFraction, yearSpans } from '../../renderer/src/features/timeline/scale';

const period = { start: '2026-01-01', end: '2027-12-31' };

describe('timeline scale', () => {
  it('places dates as fractions of the plan period', () => {
    const scale = scaleFor(period);
    expect(scale.days).toBe(730);
    expect(fraction(scale, '2026-01-01')).toBe(0);
    expect(fraction(scale, '2027-01-01')).toBeCloseTo(365 / 730);
  });

  it('gives one month tick per month, covering the whole width', () => {
    const ticks = monthTicks(period);
    expect(ticks).toHaveLength(24);
    expect(ticks[0]).toMatchObject({ iso: '2026-01-01', left: 0, year: 2026, month: 1 });
    expect(ticks.reduce((sum, tick) => sum + tick.width, 0)).toBeCloseTo(1);
    expect(monthTicks({ start: '2026-03-15', end: '2026-04-10' }).map((tick) => tick.iso)).toEqual(['2026-03-01', '2026-04-01']);
  });

  it('draws a bar including its last day, clipped at the period edges, none outside', () => {
    const scale = scaleFor({ start: '2026-01-01', end: '2026-01-10' });
    expect(barGeometry(scale, '2026-01-01', '2026-01-05')).toEqual({ left: 0, width: 0.5, clippedStart: false, clippedEnd: false });
    expect(barGeometry(scale, '2025-12-20', '2026-01-02')).toMatchObject({ left: 0, clippedStart: true });
    expect(barGeometry(scale, '2026-01-08', '2026-02-20')).toMatchObject({ width: expect.closeTo(0.3, 5), clippedEnd: true });
    expect(barGeometry(scale, '2027-01-01', '2027-02-01')).toBeNull();
  });

  it('moves a whole bar or one end, never turning it inside out', () => {
    const dates = { startOn: '2026-02-02', endOn: '2026-03-01' };
    expect(dragDates(dates, 'move', 7)).toEqual({ startOn: '2026-02-09', endOn: '2026-03-08' });
    expect(dragDates(dates, 'end', -100)).toEqual({ startOn: '2026-02-02', endOn: '2026-02-02' });
    expect(dragDates(dates, 'start', 60)).toEqual({ startOn: '2026-03-01', endOn: '2026-03-01' });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('spans each calendar year over its months, the first and last year only in part', () => {
    const ticks = monthTicks({ start: '2026-07-01', end: '2028-03-31' });
    const years = yearSpans(ticks);
    expect(years.map((year) => year.year)).toEqual([2026, 2027, 2028]);
    expect(years[0]).toMatchObject({ left: 0 });
    expect(years[1]!.left).toBeCloseTo(years[0]!.width);
    expect(years.reduce((sum, year) => sum + year.width, 0)).toBeCloseTo(1);
    expect(years[1]!.width).toBeGreaterThan(years[0]!.width);
    expect(yearSpans([])).toEqual([]);
  });

  it("puts today's line on the user's calendar day, and nowhere when today is outside the period", () => {
    // Half past midnight on 1 March in the user's time zone, whatever the machine's zone is.
    expect(localIsoDate(new Date(2026, 2, 1, 0, 30))).toBe('2026-03-01');
    expect(localIsoDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    const scale = scaleFor(period);
    expect(todayFraction(scale, period, '2027-01-01')).toBeCloseTo(365 / 730);
    expect(todayFraction(scale, period, '2027-12-31')).toBeCloseTo(729 / 730);
    expect(todayFraction(scale, period, '2025-12-31')).toBeNull();
    expect(todayFraction(scale, period, '2028-01-01')).toBeNull();
  });
});
