import type { ReactNode } from 'react';
import { ACCOUNT_PURPOSES, ACCOUNT_STATUSES, PLATFORM_CODES, type Account, type AccountUpdateInput } from '../../../../shared/model/accounts';
import { LOCALES, type Lang, type MessageKey, type Translator } from '../../../../shared/i18n';
import { indentedName, type InventoryIndex } from './inventory-index';
import type { AccountRow } from './grid-model';
import { PlatformBadge } from './PlatformBadge';
import { FindingBadges } from './FindingBadges';
import { booleanOfTriState, triStateValue, triStateOptions } from './tri-state';
import type { SortKey } from './view-store';

export type AccountPatch = Omit<AccountUpdateInput, 'id'>;

export interface CellContext {
  t: Translator;
  lang: Lang;
  index: InventoryIndex;
  /** Built once per language: an Intl formatter costs far more to make than to use, and a grid formats hundreds of cells. */
  format: CellFormats;
}

export interface CellFormats {
  whole: Intl.NumberFormat;
  decimal: Intl.NumberFormat;
  date: Intl.DateTimeFormat;
}

export function cellFormats(lang: Lang): CellFormats {
  const locale = LOCALES[lang];
  return {
    whole: new Intl.NumberFormat(locale),
    decimal: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }),
    date: new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  };
}

const isoDateValue = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface Choice {
  value: string;
  label: string;
}

/** How a cell is edited in place; every editor ends in one patch, i.e. one undo step. */
export type CellEditorSpec =
  | { kind: 'text'; value: (account: Account) => string; patch: (text: string) => AccountPatch }
  | { kind: 'number'; integer: boolean; field: 'followers' | 'postsPerWeek' }
  | { kind: 'date'; field: 'lastPostOn' }
  | { kind: 'select'; options: (context: CellContext) => Choice[]; value: (account: Account) => string; patch: (value: string) => AccountPatch };

export interface Column {
  key: 'select' | 'open' | SortKey;
  label: MessageKey;
  width: number;
  /** Stays in view when the grid scrolls sideways: the user always sees which account a cell belongs to. */
  pinned?: boolean;
  numeric?: boolean;
  sortable: boolean;
  editor?: CellEditorSpec;
  render?: (row: AccountRow, context: CellContext) => ReactNode;
}

const dash = <span className="muted">—</span>;

function StatusLabel({ status, t }: { status: Account['status']; t: Translator }) {
  return (
    <span className={`status status-${status}`}>
      <span className="status-dot" aria-hidden="true" />
      {t(`inventory.statuses.${status}`)}
    </span>
  );
}

export const COLUMNS: readonly Column[] = [
  { key: 'select', label: 'accounts.columns.select', width: 40, pinned: true, sortable: false },
  { key: 'open', label: 'accounts.columns.edit', width: 48, pinned: true, sortable: false },
  {
    key: 'platform',
    label: 'accounts.columns.platform',
    width: 150,
    pinned: true,
    sortable: true,
    render: (row) => <PlatformBadge platform={row.account.platform} name={row.platformName} />,
    editor: {
      kind: 'select',
      options: ({ t }) => PLATFORM_CODES.map((code) => ({ value: code, label: t(`inventory.platforms.${code}`) })),
      value: (account) => account.platform,
      patch: (value) => ({ platform: value as Account['platform'] }),
    },
  },
  {
    key: 'handle',
    label: 'accounts.columns.handle',
    width: 175,
    pinned: true,
    sortable: true,
    render: (row, { t }) => (row.account.handle ? <strong>{row.account.handle}</strong> : <span className="muted">{t('accounts.grid.noHandle')}</span>),
    editor: { kind: 'text', value: (account) => account.handle, patch: (handle) => ({ handle }) },
  },
  {
    key: 'displayName',
    label: 'accounts.columns.displayName',
    width: 190,
    sortable: true,
    render: (row) => row.account.displayName || dash,
    editor: { kind: 'text', value: (account) => account.displayName, patch: (displayName) => ({ displayName }) },
  },
  {
    key: 'unit',
    label: 'accounts.columns.unit',
    width: 200,
    sortable: true,
    render: (row, { t }) => row.unitName || <span className="muted">{t('inventory.noUnit')}</span>,
    editor: {
      kind: 'select',
      options: ({ t, index }) => [{ value: '', label: t('inventory.noUnit') }, ...index.unitsInOrder.map((unit) => ({ value: unit.id, label: indentedName(unit) }))],
      value: (account) => account.unitId ?? '',
      patch: (value) => ({ unitId: value || null }),
    },
  },
  {
    key: 'status',
    label: 'accounts.columns.status',
    width: 125,
    sortable: true,
    render: (row, { t }) => <StatusLabel status={row.account.status} t={t} />,
    editor: {
      kind: 'select',
      options: ({ t }) => ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`inventory.statuses.${status}`) })),
      value: (account) => account.status,
      patch: (value) => ({ status: value as Account['status'] }),
    },
  },
  {
    key: 'purpose',
    label: 'accounts.columns.purpose',
    width: 175,
    sortable: true,
    render: (row, { t }) => (row.account.purpose ? t(`inventory.purposes.${row.account.purpose}`) : dash),
    editor: {
      kind: 'select',
      options: ({ t }) => [{ value: '', label: t('accounts.editor.noPurpose') }, ...ACCOUNT_PURPOSES.map((purpose) => ({ value: purpose, label: t(`inventory.purposes.${purpose}`) }))],
      value: (account) => account.purpose ?? '',
      patch: (value) => ({ purpose: (value || null) as Account['purpose'] }),
    },
  },
  {
    key: 'followers',
    label: 'accounts.columns.followers',
    width: 105,
    numeric: true,
    sortable: true,
    render: (row, { format }) => (row.account.followers === null ? dash : format.whole.format(row.account.followers)),
    editor: { kind: 'number', integer: true, field: 'followers' },
  },
  {
    key: 'postsPerWeek',
    label: 'accounts.columns.postsPerWeek',
    width: 118,
    numeric: true,
    sortable: true,
    render: (row, { format }) => (row.account.postsPerWeek === null ? dash : format.decimal.format(row.account.postsPerWeek)),
    editor: { kind: 'number', integer: false, field: 'postsPerWeek' },
  },
  {
    key: 'lastPostOn',
    label: 'accounts.columns.lastPostOn',
    width: 120,
    sortable: true,
    render: (row, { format }) => (row.account.lastPostOn ? format.date.format(isoDateValue(row.account.lastPostOn)) : dash),
    editor: { kind: 'date', field: 'lastPostOn' },
  },
  {
    key: 'twoFactor',
    label: 'accounts.columns.twoFactor',
    width: 70,
    sortable: true,
    render: (row, { t }) => {
      const value = triStateValue(row.account.twoFactor);
      return <span className={`tri tri-${value}`}>{t(`accounts.grid.twoFactorShort.${value}`)}</span>;
    },
    editor: {
      kind: 'select',
      options: ({ t }) => triStateOptions(t),
      value: (account) => triStateValue(account.twoFactor),
      patch: (value) => ({ twoFactor: booleanOfTriState(value) }),
    },
  },
  { key: 'managers', label: 'accounts.columns.managers', width: 180, sortable: true, render: (row) => row.managers || dash },
  {
    key: 'findings',
    label: 'accounts.columns.findings',
    width: 340,
    sortable: true,
    render: (row, { t }) => <FindingBadges codes={row.findings} t={t} />,
  },
];

export const GRID_WIDTH = COLUMNS.reduce((sum, column) => sum + column.width, 0);
export const GRID_TEMPLATE = COLUMNS.map((column) => `${column.width}px`).join(' ');
/** Left offset of each pinned column. */
export const PINNED_LEFT: readonly (number | undefined)[] = COLUMNS.map((column, position) =>
  column.pinned ? COLUMNS.slice(0, position).reduce((sum, previous) => sum + previous.width, 0) : undefined,
);
export const PINNED_WIDTH = COLUMNS.filter((column) => column.pinned).reduce((sum, column) => sum + column.width, 0);
