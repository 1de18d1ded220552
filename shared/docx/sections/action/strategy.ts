import { tacticEffort } from '../../../action/effort';
import type { StrategyLine, Tactic } from '../../../model/action';
import { dataTable, fieldTable, paragraph, tableCaption, withNote, type Cell, type Content } from '../../blocks';
import type { DocumentContext } from '../../context';
import { noteOf, type Block, type ChapterNumbering, type Part } from '../../outline';
import { cleanLine } from '../../sanitize';
import { AFTER_TABLE, actionView } from './view';

/**
 * A tactic's description is shown under its title, in a row that never splits across pages:
 * beyond this it is cut, so that a long one cannot make the row taller than a page.
 */
const DESCRIPTION_MAX = 700;
/** Beyond this many accounts a tactic names the first ones and says how many more (a tactic may concern them all). */
export const ACCOUNTS_SHOWN = 3;

/**
 * Chapter "Estrategia y plan de acción": each strategy line with what it is for (its objectives,
 * the CAME option it came from) and the table of the tactics that carry it out — who, when, how
 * much effort and money, and how far along. Without data while there is no line.
 */
export const strategyChapter: Part = {
  part: 'strategy',
  title: (context) => context.t('docplan.strategy.title'),
  hasData: (context) => context.data.action.lines.length > 0,
  emptyNote: (context) => noteOf(context.t('docplan.strategy.empty')),
  body: (context, numbering) => {
    const { t } = context;
    const { lines } = context.data.action;
    const view = actionView(context);
    const tactics = lines.reduce((sum, line) => sum + view.tacticsOf(line.id).length, 0);
    return [
      paragraph(
        t('docplan.strategy.intro', {
          lines: t('docplan.strategy.lines', { count: lines.length }),
          tactics: t('docplan.strategy.tactics', { count: tactics }),
        }),
      ),
      ...lines.flatMap((line) => lineSection(context, numbering, line)),
    ];
  },
};

function lineSection(context: DocumentContext, numbering: ChapterNumbering, line: StrategyLine): Block[] {
  const { t } = context;
  const view = actionView(context);
  const objectives = line.objectiveIds.flatMap((id) => {
    const objective = view.objective(id);
    return objective ? [view.objectiveTitle(objective)] : [];
  });
  const option = view.cameOption(line.cameOptionId);
  const fields: [string, Content][] = [
    [t('docplan.strategy.serves'), objectives.length > 0 ? objectives.join('\n') : t('docplan.strategy.noObjectives')],
    [
      t('docplan.strategy.origin'),
      option ? t('docplan.strategy.originValue', { strategy: view.strategyName(option.strategy), text: cleanLine(option.text) }) : t('docplan.strategy.noOrigin'),
    ],
  ];
  const tactics = view.tacticsOf(line.id);
  const number = view.lineNumber(line);
  const description = line.description.trim();
  return [
    numbering.section(t('docplan.strategy.heading', { number, name: cleanLine(line.name) })),
    ...(description === '' ? [] : [paragraph(description)]),
    ...fieldTable([t('document.fieldColumn'), t('document.valueColumn')], fields, tableCaption(context, t('docplan.captions.line', { number }))),
    ...(tactics.length === 0
      ? [paragraph(t('docplan.strategy.noTactics'), AFTER_TABLE)]
      : [paragraph(t('docplan.strategy.tacticsIntro', { count: tactics.length }), { ...AFTER_TABLE, keepNext: true }), ...tacticTable(context, tactics, number)]),
  ];
}

function tacticTable(context: DocumentContext, tactics: readonly Tactic[], line: number): Block[] {
  const { t } = context;
  const view = actionView(context);
  const none = t('docplan.none');
  const rows = tactics.map((tactic): Cell[] => {
    const effort = tacticEffort(tactic, view.roles);
    const unit = view.unitName(tactic.unitId);
    const person = view.personName(tactic.ownerId);
    return [
      tacticCell(context, tactic),
      person === undefined ? (unit ?? none) : withNote(unit ?? none, person),
      view.datesInColumn(tactic.startOn, tactic.endOn),
      t('docplan.hours', { hours: view.hours(effort.hours) }),
      view.money(effort.cost),
      view.status(tactic.status),
    ];
  });
  const column = (key: 'tactic' | 'responsible' | 'dates' | 'effort' | 'cost' | 'status', share: number, numeric = false) => ({
    title: t(`docplan.strategy.columns.${key}`),
    share,
    numeric,
  });
  return dataTable(
    [column('tactic', 0.31), column('responsible', 0.19), column('dates', 0.15), column('effort', 0.1, true), column('cost', 0.13, true), column('status', 0.12)],
    rows,
    { compact: true, caption: tableCaption(context, t('docplan.captions.tactics', { number: line })) },
  );
}

/**
 * The title in bold; under it, quieter: the description (cut if very long), how the hours and
 * the cost are made up, and the accounts concerned. Kept here, in the widest column, so that
 * the figures' columns hold only the figures.
 */
function tacticCell(context: DocumentContext, tactic: Tactic): Cell {
  const { t } = context;
  const view = actionView(context);
  const accounts = view.accountLabels(tactic.accountIds);
  const role = tactic.roleId === null ? undefined : view.roles.get(tactic.roleId);
  const once = view.hours(tactic.hoursOnce);
  const weekly = view.hours(tactic.hoursPerWeek);
  const hours =
    tactic.hoursOnce > 0 && tactic.hoursPerWeek > 0
      ? t('docplan.strategy.effortBoth', { once, weekly })
      : tactic.hoursOnce > 0
        ? t('docplan.strategy.effortOnce', { once })
        : tactic.hoursPerWeek > 0
          ? t('docplan.strategy.effortWeekly', { weekly })
          : '';
  const effort = [
    hours,
    role ? t('docplan.strategy.roleRate', { role: cleanLine(role.name), amount: view.money(role.hourlyCost) }) : '',
    tactic.otherCost > 0 ? t('docplan.strategy.otherCost', { amount: view.money(tactic.otherCost) }) : '',
  ].filter((part) => part !== '');
  const notes = [
    cleanLine(tactic.description, DESCRIPTION_MAX),
    effort.join(' · '),
    accountsNote(context, accounts),
  ].filter((note) => note !== '');
  const title = cleanLine(tactic.title);
  return withNote(title, notes.join('\n'), { bold: true });
}

/** "Cuentas: Facebook @a (Activa), X @b (Activa) y Instagram @c (Activa)", or the first few and how many more. */
function accountsNote(context: DocumentContext, accounts: readonly string[]): string {
  const { t } = context;
  if (accounts.length === 0) return '';
  if (accounts.length <= ACCOUNTS_SHOWN) return t('docplan.strategy.accounts', { accounts: context.list(accounts) });
  const shown = accounts.slice(0, ACCOUNTS_SHOWN).join(', ');
  return t('docplan.strategy.accountsMore', { accounts: shown, count: accounts.length - ACCOUNTS_SHOWN });
}
