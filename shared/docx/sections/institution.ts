import { INSTITUTION_TYPES } from '../../model/institution';
import { fieldTable, linkedRuns, paragraph, type Content } from '../blocks';
import type { DocumentContext } from '../context';
import type { Block, Chapter } from '../outline';
import { cleanLine } from '../sanitize';

/** Chapter "Institución": who the plan belongs to, and how much the plan covers. */
export const institutionChapter: Chapter = {
  title: (context) => context.t('document.institution.title'),
  body: (context, numbering) => {
    const { t, data } = context;
    const { institution } = data;
    // A hostile or future file may carry a type this version does not know.
    const type = INSTITUTION_TYPES.includes(institution.type) ? institution.type : 'other';
    const profile: [string, Content][] = [
      [t('document.institution.name'), context.institutionName],
      [t('document.institution.type'), t(`common.institutionTypes.${type}`)],
      [t('document.institution.period'), context.period],
      [t('document.institution.authors'), context.list(institution.authors)],
      [t('document.institution.contact'), linkedRuns(context.orNotSet(cleanLine(institution.contact)))],
    ];
    return [
      numbering.section(t('document.institution.profileTitle')),
      fieldTable([t('document.fieldColumn'), t('document.valueColumn')], profile),
      numbering.section(t('document.institution.figuresTitle')),
      ...keyFigures(context),
    ];
  },
};

/** How much the plan covers, and what the audit of its inventory found, in a sentence or two. */
function keyFigures(context: DocumentContext): Block[] {
  const { t, data } = context;
  const { counts } = data;
  if (counts.units === 0 && counts.accounts === 0) return [paragraph(t('document.institution.noFigures'))];
  const items = [
    ...(counts.units > 0 ? [t('document.institution.units', { count: counts.units })] : []),
    ...(counts.people > 0 ? [t('document.institution.people', { count: counts.people })] : []),
    ...(counts.accounts > 0 ? [t('document.institution.accounts', { count: counts.accounts })] : []),
  ];
  const figures = [paragraph(t('document.institution.figures', { items: context.list(items) }))];
  if (counts.accounts === 0) return figures;
  const audit = counts.findings > 0 ? t('document.institution.findings', { count: counts.findings }) : t('document.institution.noFindings');
  return [...figures, paragraph(audit)];
}
