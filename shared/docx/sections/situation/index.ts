import type { Chapter } from '../../outline';
import { accountMap } from './account-map';
import { auditFindings } from './audit-findings';
import { inventorySummary } from './inventory-summary';

/**
 * Chapter "Análisis de la situación": what the inventory says about the accounts the body has
 * today — how many and where, who runs them (the map), and what is wrong with them (the audit).
 * Left out while the plan records neither units nor accounts.
 */
export const situationChapter: Chapter = {
  title: (context) => context.t('document.situation.title'),
  body: (context, numbering) => {
    const { units, accounts } = context.data.inventory;
    if (units.length === 0 && accounts.length === 0) return null;
    return [...inventorySummary(context, numbering), ...accountMap(context, numbering), ...auditFindings(context, numbering)];
  },
};
