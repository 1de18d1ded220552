import { LOCALES } from '../../i18n';
import type { document } from '../../i18n/catalog/es/document';
import { dataTable, paragraph, tableCaption, type Cell } from '../blocks';
import type { Part } from '../outline';

export type GlossaryTerm = keyof typeof document.glossary.terms;

// A record, so that a term added to the catalog and forgotten here does not compile.
const TERMS: Record<GlossaryTerm, true> = {
  tactic: true, reach: true, came: true, communityManager: true, recoveryEmail: true, corporateAccount: true, dormantAccount: true,
  custody: true, swot: true, fte: true, governance: true, finding: true, kpi: true, engagement: true, strategicLine: true, target: true,
  moderation: true, smart: true, crisisProtocol: true, follower: true, baseline: true, twoFactor: true,
};

/** Every term the glossary defines. */
export const GLOSSARY_TERMS = Object.keys(TERMS) as GlossaryTerm[];

/**
 * Annex "Glosario": the technical terms of the plan (DAFO, CAME, KPI, EJC, 2FA…) explained for
 * the people who approve it, in the document's alphabetical order — which differs between
 * languages, so it is sorted here rather than in the catalog.
 */
export const glossaryAnnex: Part = {
  part: 'glossary',
  title: (context) => context.t('document.glossary.title'),
  hasData: () => true,
  emptyNote: () => null,
  body: (context) => {
    const { t } = context;
    const collator = new Intl.Collator(LOCALES[context.lang], { sensitivity: 'base' });
    const entries = GLOSSARY_TERMS.map((key) => ({ term: t(`document.glossary.terms.${key}.term`), definition: t(`document.glossary.terms.${key}.definition`) })).sort((a, b) =>
      collator.compare(a.term, b.term),
    );
    return [
      paragraph(t('document.glossary.intro'), { keepNext: true }),
      ...dataTable(
        [
          { title: t('document.glossary.columns.term'), share: 0.3 },
          { title: t('document.glossary.columns.definition'), share: 0.7 },
        ],
        entries.map(({ term, definition }): Cell[] => [term, definition]),
        { labelColumn: true, caption: tableCaption(context, t('document.captions.glossary')) },
      ),
    ];
  },
};
