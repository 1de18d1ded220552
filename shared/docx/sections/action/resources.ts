import { daysInclusive, fteFor, type EffortTotal } from '../../../action/effort';
import type { Tactic } from '../../../model/action';
import { dataTable, paragraph, tableCaption, textRuns, type Cell, type Content } from '../../blocks';
import type { DocumentContext } from '../../context';
import { inventoryView } from '../../inventory-view';
import { chartFigure } from '../../charts';
import { noteOf, type Block, type Part } from '../../outline';
import { cleanLine } from '../../sanitize';
import { actionView } from './view';

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const bold = (text: string): Content => textRuns(text, { bold: true });

/**
 * Chapter "Organización y recursos": "it is not free" — the hours, full-time equivalents and
 * cost the tactics add up to (as the engine totals them, cancelled tactics left out), by
 * strategy line (with a chart) and by unit, the hourly cost of each role, and how it is all
 * worked out. Without data while there are no tactics.
 */
export const resourcesChapter: Part = {
  part: 'resources',
  title: (context) => context.t('docplan.resources.title'),
  hasData: (context) => context.data.action.tactics.length > 0,
  emptyNote: (context) => noteOf(context.t('docplan.resources.empty')),
  body: (context, numbering) => {
    const { t, data } = context;
    const { totals, settings, period, roles } = data.action;
    const view = actionView(context);
    // As fteFor counts it.
    const years = (daysInclusive(period.start, period.end) || 0) / 365.25;
    return [
      paragraph(
        t('docplan.resources.notFree', {
          hours: t('docplan.resources.hours', { count: round(totals.all.hours, 1) }),
          fte: t('docplan.resources.fte', { count: totals.all.fte }),
          cost: view.money(totals.all.cost),
        }),
      ),
      paragraph(t('docplan.resources.method', { annualHours: settings.annualHours, years: t('docplan.resources.years', { count: round(years, 1) }) })),
      numbering.section(t('docplan.resources.byLineTitle')),
      ...chartFigure(context, 'costByLine'),
      ...totalsTable(context, 'line', byLine(context)),
      numbering.section(t('docplan.resources.byUnitTitle')),
      ...totalsTable(context, 'unit', byUnit(context)),
      numbering.section(t('docplan.resources.rolesTitle')),
      ...(roles.length === 0
        ? [paragraph(t('docplan.resources.noRoles'))]
        : [
            paragraph(t('docplan.resources.rolesIntro'), { keepNext: true }),
            ...dataTable(
              [
                { title: t('docplan.resources.columns.role'), share: 0.7 },
                { title: t('docplan.resources.columns.hourlyCost'), share: 0.3, numeric: true },
              ],
              roles.map((role) => [cleanLine(role.name), view.money(role.hourlyCost)]),
              { caption: tableCaption(context, t('docplan.captions.roles')) },
            ),
          ]),
    ];
  },
};

/** A row of the totals: what it is, the engine's total for it, and the tactics it counts (for the one-off hours). */
interface TotalRow {
  name: string;
  total: EffortTotal;
  tactics: Tactic[];
}

const EMPTY: EffortTotal = { hours: 0, cost: 0, fte: 0, tactics: 0 };
const counted = (tactic: Tactic) => tactic.status !== 'cancelled';

/** Every strategy line, in the plan's order, even one whose tactics are all still to come. */
function byLine(context: DocumentContext): TotalRow[] {
  const { totals, lines } = context.data.action;
  const view = actionView(context);
  return lines.map((line) => ({ name: view.lineLabel(line), total: totals.byLine[line.id] ?? EMPTY, tactics: view.tacticsOf(line.id).filter(counted) }));
}

/**
 * The units with tactics, in the order of the organisation chart, then the tactics without a
 * unit — with those of a unit the plan no longer holds, which only a hand-made file can have.
 */
function byUnit(context: DocumentContext): TotalRow[] {
  const { t, data } = context;
  const { totals, tactics, settings, period } = data.action;
  const known = new Set(data.inventory.units.map((unit) => unit.id));
  const unitOf = (tactic: Tactic) => (tactic.unitId !== null && known.has(tactic.unitId) ? tactic.unitId : '');
  const rows: TotalRow[] = inventoryView(context).tree.flatMap(({ unit }) => {
    const total = totals.byUnit[unit.id];
    return total ? [{ name: cleanLine(unit.name), total, tactics: tactics.filter((tactic) => counted(tactic) && unitOf(tactic) === unit.id) }] : [];
  });
  const orphans = Object.entries(totals.byUnit).filter(([id]) => !known.has(id));
  if (orphans.length > 0) {
    const sum = orphans.reduce((total, [, entry]) => ({ ...total, hours: total.hours + entry.hours, cost: total.cost + entry.cost, tactics: total.tactics + entry.tactics }), EMPTY);
    const hours = round(sum.hours, 2);
    rows.push({
      name: t('docplan.resources.noUnit'),
      total: { hours, cost: round(sum.cost, 2), tactics: sum.tactics, fte: fteFor(hours, settings, period) },
      tactics: tactics.filter((tactic) => counted(tactic) && unitOf(tactic) === ''),
    });
  }
  return rows;
}

/** Tactics, one-off hours, weekly hours over the period, total hours, FTE and cost of each row, and the plan's total. */
function totalsTable(context: DocumentContext, kind: 'line' | 'unit', rows: readonly TotalRow[]): Block[] {
  const { t, data } = context;
  const view = actionView(context);
  const line = (name: Content, total: EffortTotal, once: number, emphasis: (text: string) => Content = (text) => text): Cell[] => [
    name,
    emphasis(context.number(total.tactics)),
    emphasis(view.hours(once)),
    emphasis(view.hours(round(total.hours - once, 2))),
    emphasis(view.hours(total.hours)),
    emphasis(view.fte(total.fte)),
    emphasis(view.money(total.cost)),
  ];
  const onceOf = (tactics: readonly Tactic[]) => round(tactics.reduce((sum, tactic) => sum + tactic.hoursOnce, 0), 2);
  const all = data.action.tactics.filter(counted);
  const column = (key: 'line' | 'unit' | 'tactics' | 'once' | 'recurring' | 'hours' | 'fte' | 'cost', share: number) => ({
    title: t(`docplan.resources.columns.${key}`),
    share,
    numeric: key !== 'line' && key !== 'unit',
  });
  return dataTable(
    [column(kind, 0.27), column('tactics', 0.12), column('once', 0.12), column('recurring', 0.14), column('hours', 0.11), column('fte', 0.09), column('cost', 0.15)],
    [
      ...rows.map((row) => line(row.name, row.total, onceOf(row.tactics))),
      line(bold(t('docplan.resources.total')), data.action.totals.all, onceOf(all), bold),
    ],
    { compact: true, caption: tableCaption(context, t(kind === 'line' ? 'docplan.captions.byLine' : 'docplan.captions.byUnit')) },
  );
}
