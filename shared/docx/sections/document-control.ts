import { Paragraph } from 'docx';
import { dataTable, fieldTable, frontHeading, paragraph, tableCaption, textRuns, type Cell } from '../blocks';
import type { DocumentContext } from '../context';
import type { Block } from '../outline';
import { linesOf } from '../../model/text';
import type { ControlField } from '../types';
import { capLength, cleanLine, cleanText } from '../sanitize';
import { STYLE } from '../styles';

/**
 * A "one per line" field is a cell of a row that never splits across pages: beyond this it is
 * cut (about a third of a page), so a hostile file cannot make the row taller than a page. The
 * framework chapter lists the legislation whole.
 */
const LIST_CELL_MAX = 2_000;
/** As the version form caps them. */
const CHANGES_MAX = 2_000;

/**
 * "Ficha del documento": the identity card of this version, as approval procedures expect it —
 * what it is, who answers for it, who approves it and when, what goes with it — and the history
 * of the versions that have circulated.
 */
export function documentControl(context: DocumentContext): Block[] {
  const { t } = context;
  return [
    frontHeading(t('document.control.title')),
    ...fieldTable([t('document.fieldColumn'), t('document.valueColumn')], controlRows(context), tableCaption(context, t('document.captions.control'))),
    ...versionHistory(context),
  ];
}

/** The rows of the document control, one entry per line of each cell: the document's table and the export screen's preview are both made from this. */
export function controlFields(context: DocumentContext): ControlField[] {
  const { t, data } = context;
  const { settings } = data.document;
  const field = (key: 'documentType' | 'institution' | 'planTitle' | 'status' | 'version' | 'owningUnit' | 'authors' | 'approvedBy' | 'approvedOn' | 'approvalReference' | 'nextReviewOn' | 'relatedDocuments' | 'legislation') =>
    t(`document.control.${key}`);
  // Until the plan is approved its approval is pending, not "not specified"; once approved, a
  // field left empty is one nobody filled in.
  const approval = (value: string) => (value !== '' ? value : context.isApproved ? t('document.notSet') : t('document.pendingApproval'));
  const owningUnit = data.inventory.units.find((unit) => unit.id === settings.owningUnitId);
  const one = (label: string, value: string): ControlField => ({ label, items: [value] });
  return [
    one(field('documentType'), cleanLine(settings.documentType) || t('document.documentType')),
    one(field('institution'), context.orNotSet(context.institutionName)),
    one(field('planTitle'), context.planTitle),
    one(field('status'), context.status),
    one(field('version'), context.orNotSet(context.versionLabel)),
    one(field('owningUnit'), context.orNotSet(cleanLine(owningUnit?.name ?? ''))),
    one(field('authors'), context.list(data.institution.authors)),
    one(field('approvedBy'), approval(cleanLine(settings.approvedBy))),
    one(field('approvedOn'), approval(settings.approvedOn ? context.date(settings.approvedOn) : '')),
    one(field('approvalReference'), approval(cleanLine(settings.approvalReference))),
    one(field('nextReviewOn'), settings.nextReviewOn ? context.date(settings.nextReviewOn) : t('document.notSet')),
    { label: field('relatedDocuments'), items: listItems(context, settings.relatedDocuments) },
    { label: field('legislation'), items: listItems(context, settings.legislation) },
  ];
}

function controlRows(context: DocumentContext): [string, Cell][] {
  return controlFields(context).map(({ label, items }): [string, Cell] => [label, items.length === 1 ? items[0]! : { items }]);
}

/** One item per line, each a paragraph of its own in the cell. */
function listItems(context: DocumentContext, text: string): string[] {
  const items = linesOf(capLength(text, LIST_CELL_MAX)).map((line) => cleanLine(line));
  return items.length > 0 ? items : [context.t('document.notSet')];
}

/** "Historial de versiones": every version that has circulated, in the planner's order. */
function versionHistory(context: DocumentContext): Block[] {
  const { t } = context;
  const title = new Paragraph({ style: STYLE.frontSubheading, children: textRuns(t('document.control.versionsTitle')) });
  const versions = [...context.data.document.versions].sort((a, b) => a.position - b.position);
  if (versions.length === 0) return [title, paragraph(t('document.control.noVersions'))];
  const column = (key: 'version' | 'issuedOn' | 'author' | 'changes', share: number) => ({ title: t(`document.control.versionColumns.${key}`), share });
  return [
    title,
    ...dataTable(
      [column('version', 0.13), column('issuedOn', 0.17), column('author', 0.25), column('changes', 0.45)],
      versions.map((version): Cell[] => [
        cleanLine(version.version, 60) || t('document.notSet'),
        context.shortDate(version.issuedOn),
        context.orNotSet(cleanLine(version.author)),
        context.orNotSet(cleanText(version.changes.trim(), CHANGES_MAX)),
      ]),
      { labelColumn: true, caption: tableCaption(context, t('document.captions.versions')) },
    ),
  ];
}
