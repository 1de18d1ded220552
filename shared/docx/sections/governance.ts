import type { Account } from '../../model/accounts';
import { dataTable, paragraph, tableCaption, textRuns, type Cell } from '../blocks';
import type { DocumentContext } from '../context';
import { inventoryView } from '../inventory-view';
import type { Block, ChapterNumbering, Part } from '../outline';
import { hasPlannerText, plannerText } from '../planner-text';
import { cleanLine } from '../sanitize';
import { AFTER_TABLE } from './action/view';

/** A unit's cell names this many people who run its accounts, then says how many more (the annex names them all). */
export const MANAGERS_SHOWN = 8;

/**
 * Chapter "Gobernanza": the rules the planner wrote (roles, opening and closing accounts, style
 * guide, moderation, training, control), then what the inventory says about who actually runs
 * the accounts of each unit and how their access is kept: who holds the credentials and whether
 * two-step verification is on. Counts and names only: the plan never holds a password.
 */
export const governanceChapter: Part = {
  part: 'governance',
  title: (context) => context.t('document.governance.title'),
  hasData: (context) => hasPlannerText(context, 'governance') || context.data.inventory.accounts.length > 0,
  emptyNote: (context) => [paragraph(context.t('document.governance.empty'))],
  body: (context, numbering) => [
    ...plannerText(context, 'governance'),
    ...(context.data.inventory.accounts.length > 0 ? [...managers(context, numbering), ...credentials(context, numbering)] : []),
  ],
};

/** Each unit with accounts, its head, and the people who run its accounts; accounts without a unit close the table. */
function managers(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t, number } = context;
  const view = inventoryView(context);
  const row = (unit: Cell, responsible: string, accounts: readonly Account[]): Cell[] => [unit, responsible, managerNames(context, accounts), number(accounts.length)];
  const rows: Cell[][] = view.tree.flatMap(({ unit }) => {
    const accounts = view.accountsByUnit.get(unit.id);
    return accounts ? [row(cleanLine(unit.name), context.orNotSet(cleanLine(view.personName(unit.responsibleId) ?? '')), accounts)] : [];
  });
  const orphans = view.accountsByUnit.get(null);
  if (orphans) rows.push(row(textRuns(t('document.situation.noUnit'), { bold: true }), t('document.notSet'), orphans));
  const column = (key: 'unit' | 'responsible' | 'managers' | 'accounts', share: number, numeric = false) => ({ title: t(`document.governance.columns.${key}`), share, numeric });
  return [
    numbering.section(t('document.governance.managersTitle')),
    paragraph(t('document.governance.managersIntro'), { keepNext: true }),
    ...dataTable([column('unit', 0.3), column('responsible', 0.22), column('managers', 0.36), column('accounts', 0.12, true)], rows, {
      compact: true,
      caption: tableCaption(context, t('document.captions.managers')),
    }),
  ];
}

/** The people who run any of these accounts, in the directory's order of first appearance, up to a few. */
function managerNames(context: DocumentContext, accounts: readonly Account[]): Cell {
  const { t } = context;
  const view = inventoryView(context);
  const ids = new Set(accounts.flatMap((account) => account.peopleIds));
  const names = [...ids].flatMap((id) => {
    const name = cleanLine(view.personName(id) ?? '');
    return name === '' ? [] : [name];
  });
  if (names.length === 0) return t('document.governance.noManagers');
  const shown = names.slice(0, MANAGERS_SHOWN);
  const more = names.length - shown.length;
  return { items: more > 0 ? [...shown, t('document.governance.moreManagers', { count: more })] : shown };
}

type Answer = boolean | null;

/** Of the accounts still open: how many have a credential holder, 2FA on, a corporate recovery e-mail; and who holds what. */
function credentials(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t, number } = context;
  const view = inventoryView(context);
  const open = context.data.inventory.accounts.filter((account) => account.status !== 'closed');
  const heading = numbering.section(t('document.governance.credentialsTitle'));
  if (open.length === 0) return [heading, paragraph(t('document.governance.noOpenAccounts'))];
  const tally = (answer: (account: Account) => Answer): Cell[] => {
    let yes = 0;
    let no = 0;
    for (const account of open) {
      const value = answer(account);
      if (value === true) yes += 1;
      else if (value === false) no += 1;
    }
    return [number(yes), number(no), number(open.length - yes - no)];
  };
  // A holder the directory no longer has is as good as none.
  const holderOf = (account: Account) => (account.credentialsHolderId === null ? undefined : view.personName(account.credentialsHolderId));
  const aspect = (key: 'holder' | 'twoFactor' | 'recoveryEmail') => t(`document.governance.aspects.${key}`);
  const column = (key: 'aspect' | 'yes' | 'no' | 'unknown', share: number) => ({ title: t(`document.governance.credentialColumns.${key}`), share, numeric: key !== 'aspect' });
  // By person, not by name: two people may share one.
  const holders = new Map<string, { name: string; count: number }>();
  for (const account of open) {
    const name = holderOf(account);
    if (name === undefined) continue;
    const entry = holders.get(account.credentialsHolderId!);
    if (entry) entry.count += 1;
    else holders.set(account.credentialsHolderId!, { name: cleanLine(name) || t('document.notSet'), count: 1 });
  }
  const byHolder = [...holders.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, context.lang));
  return [
    heading,
    paragraph(t('document.governance.credentialsIntro', { count: open.length }), { keepNext: true }),
    ...dataTable(
      [column('aspect', 0.55), column('yes', 0.15), column('no', 0.15), column('unknown', 0.15)],
      [
        // Whether an account has a holder is known for every account: it is named or it is not.
        [aspect('holder'), ...tally((account) => holderOf(account) !== undefined)],
        [aspect('twoFactor'), ...tally((account) => account.twoFactor)],
        [aspect('recoveryEmail'), ...tally((account) => account.recoveryEmailCorporate)],
      ],
      { labelColumn: true, caption: tableCaption(context, t('document.captions.credentials')) },
    ),
    ...(byHolder.length === 0
      ? []
      : [
          paragraph(t('document.governance.holdersIntro'), { ...AFTER_TABLE, keepNext: true }),
          ...dataTable(
            [
              { title: t('document.governance.holderColumns.person'), share: 0.75 },
              { title: t('document.governance.holderColumns.accounts'), share: 0.25, numeric: true },
            ],
            byHolder.map(({ name, count }) => [name, number(count)]),
            { caption: tableCaption(context, t('document.captions.holders')) },
          ),
        ]),
  ];
}
