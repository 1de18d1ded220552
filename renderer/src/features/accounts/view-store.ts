import { create } from 'zustand';
import type { FindingCode } from '../../../../shared/audit/findings';
import type { AccountStatus, Platform } from '../../../../shared/model/accounts';
import { useApp } from '../../app/store';

/** The unit filter's value for "accounts with no unit" (unit ids are UUIDs, so it cannot clash). */
export const NO_UNIT = 'none';

export interface AccountFilters {
  platform: Platform | '';
  /** '' all, NO_UNIT, or a unit id (that unit and the units below it). */
  unit: string;
  status: AccountStatus | '';
  finding: FindingCode | '' | 'any' | 'none';
  search: string;
}

export type SortKey = 'platform' | 'handle' | 'displayName' | 'unit' | 'status' | 'purpose' | 'followers' | 'postsPerWeek' | 'lastPostOn' | 'twoFactor' | 'managers' | 'findings';
export interface SortOrder {
  key: SortKey;
  direction: 'ascending' | 'descending';
}

/**
 * How the user is looking at the inventory: filters, order, selection and the open record.
 * It lives outside the accounts screen so that the review screen can send the user to the
 * grid filtered by a problem, and so that leaving the screen and coming back keeps the view.
 */
export interface AccountsView {
  planId: string | null;
  filters: AccountFilters;
  sort: SortOrder | null;
  selected: ReadonlySet<string>;
  /** The row a shift-click range starts from. */
  anchorId: string | null;
  editingId: string | null;
}

export const NO_FILTERS: AccountFilters = { platform: '', unit: '', status: '', finding: '', search: '' };

const fresh = (planId: string | null): AccountsView => ({
  planId,
  filters: NO_FILTERS,
  sort: null,
  selected: new Set(),
  anchorId: null,
  editingId: null,
});

export const useAccountsView = create<AccountsView>(() => fresh(null));

/** Another plan was opened: its accounts share nothing with the previous view. */
export function syncViewWithPlan(planId: string | null): void {
  if (useAccountsView.getState().planId !== planId) useAccountsView.setState(fresh(planId));
}

export function setFilters(patch: Partial<AccountFilters>): void {
  useAccountsView.setState((view) => ({ filters: { ...view.filters, ...patch } }));
}

/** From the review: the accounts grid showing only the accounts with that problem. */
export function showAccountsWithFinding(code: FindingCode, openAccountId?: string): void {
  syncViewWithPlan(useApp.getState().plan?.meta.planId ?? null);
  useAccountsView.setState({ filters: { ...NO_FILTERS, finding: code }, editingId: openAccountId ?? null });
  useApp.setState({ section: 'accounts' });
}

export function setSelection(selected: ReadonlySet<string>, anchorId?: string | null): void {
  useAccountsView.setState((view) => ({ selected, anchorId: anchorId === undefined ? view.anchorId : anchorId }));
}

export function openEditor(id: string | null): void {
  useAccountsView.setState({ editingId: id });
}
