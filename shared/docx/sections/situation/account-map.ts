import type { Account } from '../../../model/accounts';
import { dataTable, paragraph, tableCaption, textRuns, withNote, type Cell } from '../../blocks';
import type { DocumentContext } from '../../context';
import { inventoryView } from '../../inventory-view';
import type { Block, ChapterNumbering } from '../../outline';
import { cleanLine } from '../../sanitize';

/**
 * Beyond this many accounts a unit's cell says how many more there are: the map is for reading
 * in a meeting, and the annex lists every account anyway.
 */
export const MAP_ACCOUNTS_PER_UNIT = 12;

/**
 * "Mapa de cuentas": the organisation chart with the accounts each unit runs, as a table rather
 * than a picture — it reads the same on paper, on screen and to a screen reader (each unit says
 * what it is and whom it reports to, not only by its indentation), and it needs no rasterised
 * image. Accounts without a unit close the table, set apart.
 */
export function accountMap(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t } = context;
  const view = inventoryView(context);
  const rows: Cell[][] = view.tree.map(({ unit, depth, ancestors }) => {
    const kind = view.words.unitKind(unit.kind);
    const parent = ancestors[ancestors.length - 1];
    const note = parent === undefined ? kind : t('document.situation.dependsOn', { kind, parent: cleanLine(parent) });
    return [
      { ...withNote(cleanLine(unit.name), note, { bold: depth === 0 }), indentLevel: depth },
      context.orNotSet(cleanLine(view.personName(unit.responsibleId) ?? '')),
      accountLines(context, view.accountsByUnit.get(unit.id) ?? []),
    ];
  });
  const orphans = view.accountsByUnit.get(null) ?? [];
  if (orphans.length > 0) rows.push([textRuns(t('document.situation.noUnit'), { bold: true }), t('document.notSet'), accountLines(context, orphans)]);
  return [
    numbering.section(t('document.situation.mapTitle')),
    paragraph(t('document.situation.mapIntro')),
    ...dataTable(
      [
        { title: t('document.situation.columns.unit'), share: 0.33 },
        { title: t('document.situation.columns.responsible'), share: 0.19 },
        { title: t('document.situation.columns.accounts'), share: 0.48 },
      ],
      rows,
      { caption: tableCaption(context, t('document.captions.accountMap')) },
    ),
  ];
}

/** One item per account, "Facebook @handle (Activa)", up to the limit. */
function accountLines(context: DocumentContext, accounts: readonly Account[]): Cell {
  const { words } = inventoryView(context);
  if (accounts.length === 0) return context.t('document.situation.mapNoAccounts');
  const shown = accounts.slice(0, MAP_ACCOUNTS_PER_UNIT).map((account) => cleanLine(words.account(account), 300));
  const more = accounts.length - shown.length;
  return { items: [...shown, ...(more > 0 ? [context.t('document.situation.mapMore', { count: more })] : [])] };
}
