import { paragraph } from '../blocks';
import type { Part } from '../outline';
import { hasPlannerText, plannerText } from '../planner-text';

/**
 * Chapter "Protocolo de crisis": the planner's protocol (levels, whom to alert, response times,
 * who authorises messages). Nothing in the data can stand in for it: until it is written the
 * chapter says so, so the approver sees it is missing.
 */
export const crisisChapter: Part = {
  part: 'crisis',
  title: (context) => context.t('document.crisis.title'),
  hasData: (context) => hasPlannerText(context, 'crisis'),
  emptyNote: (context) => [paragraph(context.t('document.crisis.empty'))],
  body: (context) => plannerText(context, 'crisis'),
};

/** Chapter "Consideraciones finales": the planner's closing words, left out while there are none (a plan need not have them). */
export const closingChapter: Part = {
  part: 'closing',
  title: (context) => context.t('document.closing.title'),
  hasData: (context) => hasPlannerText(context, 'closing'),
  emptyNote: () => null,
  body: (context) => plannerText(context, 'closing'),
};
