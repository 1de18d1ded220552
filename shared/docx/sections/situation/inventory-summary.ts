import { dataTable, paragraph, tableCaption, textRuns, type Cell } from '../../blocks';
import { chartFigure } from '../../charts';
import type { DocumentContext } from '../../context';
import { inventoryView } from '../../inventory-view';
import type { Block, ChapterNumbering } from '../../outline';
import { cleanLine } from '../../sanitize';

/** "Inventario de cuentas": how many accounts, on which networks, under which units. */
export function inventorySummary(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t, data } = context;
  const { accounts, byPlatform, units } = data.inventory;
  const heading = numbering.section(t('document.situation.inventoryTitle'));
  if (accounts.length === 0) return [heading, paragraph(t('document.situation.noAccounts'))];

  const followers = byPlatform.reduce((sum, entry) => sum + entry.followers, 0);
  const withoutUnit = inventoryView(context).accountsByUnit.get(null)?.length ?? 0;
  const intro = [
    t('document.situation.inventoryIntro', {
      accounts: t('document.situation.accounts', { count: accounts.length }),
      platforms: t('document.situation.platforms', { count: byPlatform.length }),
      followers: t('document.situation.followers', { count: followers }),
    }),
    ...(withoutUnit > 0 ? [t('document.situation.withoutUnit', { count: withoutUnit })] : []),
  ].join(' ');
  return [
    heading,
    paragraph(intro),
    numbering.subsection(t('document.situation.byPlatformTitle')),
    // The chart first, for the reader who looks; the table after it, for the one who checks.
    ...chartFigure(context, 'accountsByPlatform'),
    ...byPlatformTable(context, followers),
    // With no units at all, a table by unit would only repeat "no unit" and the total.
    ...(units.length > 0
      ? [
          numbering.subsection(t('document.situation.byUnitTitle')),
          paragraph(t('document.situation.byUnitIntro')),
          ...chartFigure(context, 'accountsByUnit'),
          ...byUnitTable(context),
        ]
      : []),
  ];
}

const bold = (text: string) => textRuns(text, { bold: true });

/** Accounts and followers per network (shared/audit/summary.ts), most accounts first, and their total. */
function byPlatformTable(context: DocumentContext, followers: number): Block[] {
  const { t, data, number } = context;
  const { words } = inventoryView(context);
  const rows: Cell[][] = data.inventory.byPlatform.map((entry) => [words.platform(entry.platform), number(entry.accounts), number(entry.followers)]);
  rows.push([bold(t('document.situation.total')), bold(number(data.inventory.accounts.length)), bold(number(followers))]);
  return dataTable(
    [
      { title: t('document.situation.columns.platform'), share: 0.5 },
      { title: t('document.situation.columns.accounts'), share: 0.25, numeric: true },
      { title: t('document.situation.columns.followers'), share: 0.25, numeric: true },
    ],
    rows,
    { caption: tableCaption(context, t('document.captions.byPlatform')) },
  );
}

/** Own and total accounts of each unit (shared/audit/summary.ts), indented as in the organisation chart. */
function byUnitTable(context: DocumentContext): Block[] {
  const { t, data, number } = context;
  const depthOf = new Map(inventoryView(context).tree.map((entry) => [entry.unit.id, entry]));
  const rows: Cell[][] = data.inventory.byUnit.map((entry) => {
    const place = entry.unitId === null ? undefined : depthOf.get(entry.unitId);
    const name = place ? cleanLine(place.unit.name) : t('document.situation.noUnit');
    const depth = place?.depth ?? 0;
    // Top-level units (and "no unit") stand out, as in the map.
    return [{ content: depth === 0 ? bold(name) : name, indentLevel: depth }, number(entry.own), number(entry.total)];
  });
  return dataTable(
    [
      { title: t('document.situation.columns.unit'), share: 0.64 },
      { title: t('document.situation.columns.own'), share: 0.18, numeric: true },
      { title: t('document.situation.columns.total'), share: 0.18, numeric: true },
    ],
    rows,
    { caption: tableCaption(context, t('document.captions.byUnit')) },
  );
}
