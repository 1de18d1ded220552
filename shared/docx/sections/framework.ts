import { paragraph } from '../blocks';
import type { DocumentContext } from '../context';
import type { Block, Part } from '../outline';
import { linesOf } from '../../model/text';
import { bulletList, hasPlannerText, plannerText } from '../planner-text';
import { cleanLine } from '../sanitize';

/** The areas a public body's plan must place itself in, as the framework text is expected to cover them. */
const AREAS = ['strategy', 'transparency', 'dataProtection', 'accessibility', 'languages', 'records'] as const;

/**
 * Chapter "Marco estratégico y normativo": how the plan fits the institution's strategy and the
 * law that governs it, in the planner's words, and the legislation of the document control as a
 * list. Until the planner writes any of it, a short neutral paragraph names what is to be
 * completed: better than a chapter that says nothing, and it tells the approver it is pending.
 */
export const frameworkChapter: Part = {
  part: 'framework',
  title: (context) => context.t('document.framework.title'),
  hasData: (context) => hasPlannerText(context, 'framework') || legislation(context).length > 0,
  emptyNote: pending,
  body: (context, numbering) => {
    const { t } = context;
    const laws = legislation(context);
    return [
      // The legislation alone does not say how the plan fits the strategy: that is still pending.
      ...(hasPlannerText(context, 'framework') ? plannerText(context, 'framework') : pending(context)),
      ...(laws.length === 0
        ? []
        : [numbering.section(t('document.framework.legislationTitle')), paragraph(t('document.framework.legislationIntro'), { keepNext: true }), ...bulletList(laws)]),
    ];
  },
};

function pending(context: DocumentContext): Block[] {
  const { t } = context;
  return [paragraph(t('document.framework.pending'), { keepNext: true }), ...bulletList(AREAS.map((area) => t(`document.framework.areas.${area}`)))];
}

function legislation(context: DocumentContext): string[] {
  return linesOf(context.data.document.settings.legislation).map((line) => cleanLine(line));
}

