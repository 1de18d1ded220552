import { Paragraph } from 'docx';
import type { Account } from '../../model/accounts';
import { dataTable, paragraph, tableCaption, textRuns, type Cell, type Column } from '../blocks';
import type { DocumentContext } from '../context';
import { inventoryView } from '../inventory-view';
import { noteOf, type Block, type Part } from '../outline';
import { cleanLine } from '../sanitize';
import { LANDSCAPE_TEXT_WIDTH, STYLE } from '../styles';

/** "›" between the names of a unit's path: "Área de Cultura › Concejalía de Cultura › Biblioteca". */
const PATH_SEPARATOR = ' › ';
/** Cell texts are one line each, capped: a long hostile value must not make one row taller than a page. */
const CELL_MAX = 300;

/**
 * "Anexo: inventario de cuentas": every account, grouped by the unit that runs it in the order of
 * the organisation chart, on landscape pages. Each unit is a heading of its own (found in the
 * navigation pane, kept out of the contents) over a table whose header row repeats on every
 * page and whose rows never split.
 */
export const inventoryAnnex: Part = {
  part: 'inventoryAnnex',
  title: (context) => context.t('document.annex.inventoryTitle'),
  orientation: 'landscape',
  hasData: (context) => context.data.inventory.accounts.length > 0,
  emptyNote: (context) => noteOf(context.t('document.situation.noAccounts')),
  body: (context) => {
    const { t, data } = context;
    const count = data.inventory.accounts.length;
    const view = inventoryView(context);
    const blocks: Block[] = [paragraph(`${t('document.annex.inventoryIntro', { count })} ${t('document.annex.columnsNote')}`)];
    const columns = annexColumns(context);
    for (const { unit, ancestors } of view.tree) {
      const accounts = view.accountsByUnit.get(unit.id);
      if (!accounts) continue;
      const caption = t('document.captions.inventory', { unit: cleanLine(unit.name, CELL_MAX) });
      blocks.push(groupHeading(cleanLine([...ancestors, unit.name].join(PATH_SEPARATOR), CELL_MAX)), ...accountTable(context, columns, accounts, caption));
    }
    const orphans = view.accountsByUnit.get(null);
    if (orphans) blocks.push(groupHeading(t('document.annex.noUnitGroup')), ...accountTable(context, columns, orphans, t('document.captions.inventoryNoUnit')));
    return blocks;
  },
};

function groupHeading(text: string): Paragraph {
  return new Paragraph({ style: STYLE.annexGroup, children: textRuns(text) });
}

function annexColumns(context: DocumentContext): Column[] {
  const title = (key: 'platform' | 'handle' | 'name' | 'status' | 'purpose' | 'followers' | 'lastPost' | 'twoFactor' | 'managers') =>
    context.t(`document.annex.columns.${key}`);
  return [
    { title: title('platform'), share: 0.09 },
    { title: title('handle'), share: 0.17 },
    { title: title('name'), share: 0.15 },
    { title: title('status'), share: 0.08 },
    { title: title('purpose'), share: 0.11 },
    { title: title('followers'), share: 0.09, numeric: true },
    { title: title('lastPost'), share: 0.09 },
    { title: title('twoFactor'), share: 0.07 },
    { title: title('managers'), share: 0.15 },
  ];
}

function accountTable(context: DocumentContext, columns: Column[], accounts: readonly Account[], caption: string): Block[] {
  const { t } = context;
  const { words, personName } = inventoryView(context);
  const unknown = t('inventory.unknown');
  const nobody = t('document.annex.noManagers');
  const line = (text: string) => cleanLine(text, CELL_MAX);
  const rows = accounts.map((account): Cell[] => {
    const managers = account.peopleIds.flatMap((id) => personName(id) ?? []);
    return [
      words.platform(account.platform),
      line(account.handle || account.url) || unknown,
      line(account.displayName) || unknown,
      words.status(account.status),
      words.purpose(account.purpose),
      account.followers === null ? unknown : context.number(account.followers),
      account.lastPostOn === null ? unknown : context.shortDate(account.lastPostOn),
      words.yesNo(account.twoFactor),
      managers.length === 0 ? nobody : line(context.list(managers)),
    ];
  });
  return dataTable(columns, rows, { width: LANDSCAPE_TEXT_WIDTH, compact: true, caption: tableCaption(context, caption) });
}
