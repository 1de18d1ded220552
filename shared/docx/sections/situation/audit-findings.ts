import { dataTable, paragraph, tableCaption, withNote, type Cell } from '../../blocks';
import type { DocumentContext } from '../../context';
import { inventoryView } from '../../inventory-view';
import type { Block, ChapterNumbering } from '../../outline';

/**
 * "Hallazgos de la auditoría": each problem of the inventory with how many accounts have it, how
 * serious it is and what to do, most serious first. Left out when there are no accounts to audit.
 */
export function auditFindings(context: DocumentContext, numbering: ChapterNumbering): Block[] {
  const { t, data } = context;
  const { accounts, findings, settings } = data.inventory;
  if (accounts.length === 0) return [];
  const { words } = inventoryView(context);
  const date = context.date(data.generatedAt);
  const heading = numbering.section(t('document.situation.findingsTitle'));
  const known = findings
    .filter((finding) => words.isFinding(finding.code))
    .sort((a, b) => words.severityRank(a.code) - words.severityRank(b.code));
  if (known.length === 0) return [heading, paragraph(t('document.situation.noFindings', { date }))];

  const rows: Cell[][] = known.map(({ code, count }) => [
    withNote(t(`inventory.findings.${code}.title`), t(`inventory.findings.${code}.description`, { days: settings.dormantAfterDays }), { bold: true }),
    words.severity(code),
    context.number(count),
    t(`inventory.findings.${code}.fix`),
  ]);
  return [
    heading,
    paragraph(t('document.situation.findingsIntro', { date, count: known.length })),
    ...dataTable(
      [
        { title: t('document.situation.columns.finding'), share: 0.4 },
        { title: t('document.situation.columns.severity'), share: 0.13 },
        { title: t('document.situation.columns.accounts'), share: 0.12, numeric: true },
        { title: t('document.situation.columns.fix'), share: 0.35 },
      ],
      rows,
      { caption: tableCaption(context, t('document.captions.findings')) },
    ),
  ];
}
