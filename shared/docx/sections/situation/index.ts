import { noteOf, type Part } from '../../outline';
import { accountMap } from './account-map';
import { auditFindings } from './audit-findings';
import { inventorySummary } from './inventory-summary';

/**
 * Chapter "Análisis de la situación": what the inventory says about the accounts the body has
 * today — how many and where, who runs them (the map), and what is wrong with them (the audit).
 * Without data while the plan records neither units nor accounts.
 */
export const situationChapter: Part = {
  part: 'situation',
  title: (context) => context.t('document.situation.title'),
  hasData: (context) => context.data.inventory.units.length > 0 || context.data.inventory.accounts.length > 0,
  emptyNote: (context) => noteOf(context.t('document.situation.empty')),
  body: (context, numbering) => [...inventorySummary(context, numbering), ...accountMap(context, numbering), ...auditFindings(context, numbering)],
};
