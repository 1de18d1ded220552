import { INSTITUTION_TYPES } from '../../model/institution';
import { fieldTable, linkedRuns, paragraph, type Content } from '../blocks';
import type { Chapter } from '../outline';
import { cleanLine } from '../sanitize';

/** Chapter "Institución": who the plan belongs to, and how much the plan covers. */
export const institutionChapter: Chapter = {
  title: (context) => context.t('document.institution.title'),
  body: (context, numbering) => {
    const { t, data } = context;
    const { institution, counts } = data;
    // A hostile or future file may carry a type this version does not know.
    const type = INSTITUTION_TYPES.includes(institution.type) ? institution.type : 'other';
    const profile: [string, Content][] = [
      [t('document.institution.name'), context.institutionName],
      [t('document.institution.type'), t(`common.institutionTypes.${type}`)],
      [t('document.institution.period'), context.period],
      [t('document.institution.authors'), context.list(institution.authors)],
      [t('document.institution.contact'), linkedRuns(context.orNotSet(cleanLine(institution.contact)))],
    ];
    const figures =
      counts.units === 0 && counts.accounts === 0
        ? t('document.institution.noFigures')
        : t('document.institution.figures', {
            units: t('document.institution.units', { count: counts.units }),
            accounts: t('document.institution.accounts', { count: counts.accounts }),
          });
    return [
      numbering.section(t('document.institution.profileTitle')),
      fieldTable([t('document.fieldColumn'), t('document.valueColumn')], profile),
      numbering.section(t('document.institution.figuresTitle')),
      paragraph(figures),
    ];
  },
};
