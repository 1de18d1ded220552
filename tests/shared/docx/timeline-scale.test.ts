import { describe, expect, it } from 'vitest';
import { MAX_COLUMNS, monthOf, placeTactic, timelineScale } from '../../../shared/docx/sections/action/timeline-scale';

const period = (start: string, end: string) => ({ start, end });
const month = (year: number, number: number) => year * 12 + number - 1;

describe('timelineScale', () => {
  it('draws up to two years month by month', () => {
    const scale = timelineScale(period('2026-01-01', '2027-12-31'))!;
    expect(scale.step).toBe('month');
    expect(scale.columns).toHaveLength(24);
    expect(scale.columns[0]).toEqual({ first: month(2026, 1), last: month(2026, 1) });
    // A period starting and ending mid-month still has a column for each month it touches.
    expect(timelineScale(period('2026-03-15', '2026-05-02'))!.columns).toHaveLength(3);
  });

  it('goes to quarters, half-years and years as the period grows, keeping within the page, aligned to the calendar', () => {
    const quarters = timelineScale(period('2026-02-01', '2028-02-29'))!; // 25 months
    expect(quarters.step).toBe('quarter');
    expect(quarters.columns[0]).toEqual({ first: month(2026, 1), last: month(2026, 3) });
    expect(quarters.columns).toHaveLength(9);
    expect(timelineScale(period('2026-01-01', '2032-12-31'))!.step).toBe('half'); // 28 quarters
    expect(timelineScale(period('2026-01-01', '2045-12-31'))!.step).toBe('year');
    const century = timelineScale(period('1950-01-01', '2049-12-31'))!;
    expect(century.step).toBe('years');
    expect(century.columns.length).toBeLessThanOrEqual(MAX_COLUMNS);
    expect(century.columns[0]).toEqual({ first: month(1950, 1), last: month(1954, 12) });
  });

  it('has no scale for a period that is not two dates in order', () => {
    expect(timelineScale(period('2027-01-01', '2026-01-01'))).toBeNull();
    expect(timelineScale(period('<not a date>', '2026-01-01'))).toBeNull();
    expect(timelineScale(period('2026-13-01', '2026-12-31'))).toBeNull();
    expect(monthOf(null)).toBeNull();
  });
});

describe('placeTactic', () => {
  const plan = period('2026-01-01', '2027-12-31');
  const scale = timelineScale(plan)!;
  const place = (startOn: string | null, endOn: string | null) => placeTactic(scale, { startOn, endOn }, plan);

  it('runs through the columns of the months it touches', () => {
    expect(place('2026-02-10', '2026-04-01')).toEqual({ kind: 'dated', first: 1, last: 3, outside: false });
    expect(place('2026-12-31', '2026-12-31')).toEqual({ kind: 'dated', first: 11, last: 11, outside: false });
  });

  it('is cut to the period when it runs over, and says so', () => {
    expect(place('2025-11-01', '2026-01-31')).toEqual({ kind: 'dated', first: 0, last: 0, outside: true });
    expect(place('2027-11-01', '2028-02-29')).toEqual({ kind: 'dated', first: 22, last: 23, outside: true });
    expect(place('2029-01-01', '2029-02-01')).toEqual({ kind: 'beyond' });
  });

  it('is not drawn without both dates in order', () => {
    expect(place(null, '2026-03-01')).toEqual({ kind: 'undated' });
    expect(place('2026-03-01', null)).toEqual({ kind: 'undated' });
    expect(place('2026-05-01', '2026-03-01')).toEqual({ kind: 'undated' });
  });
});
