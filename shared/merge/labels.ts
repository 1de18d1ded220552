import { metricName } from '../action/metrics';
import { formatBytes } from '../errors';
import { formatDate, formatNumber, translate, type Lang, type MessageKey } from '../i18n';
import type { Row, SqlValue, TABLE_COLUMNS } from '../db/tables';
import { NATURAL_KEYS } from './identity';
import { referencesFrom } from './references';
import type { STAMP_COLUMNS, UserTable } from './snapshot';

/**
 * How a planner names what changed: the section of the app where it lives, what kind of record
 * it is and which one, each field by the label its form shows, each value as the form shows it
 * (dates, yes/no, the name of a referenced record rather than its id).
 */

/** The sections of the app's navigation (ui.nav), in its order. */
export const SECTIONS = ['profile', 'organisation', 'people', 'accounts', 'findings', 'swot', 'came', 'objectives', 'lines', 'document'] as const;
export type SectionId = (typeof SECTIONS)[number];

export const TABLE_SECTIONS: Record<UserTable, SectionId> = {
  institution: 'profile',
  org_unit: 'organisation',
  person: 'people',
  account: 'accounts',
  account_person: 'accounts',
  audit_settings: 'findings',
  swot_item: 'swot',
  came_option: 'came',
  came_option_item: 'came',
  objective: 'objectives',
  objective_swot: 'objectives',
  kpi: 'objectives',
  strategy_line: 'lines',
  strategy_line_objective: 'lines',
  cost_role: 'lines',
  tactic: 'lines',
  tactic_account: 'lines',
  resource_settings: 'lines',
  document_settings: 'document',
  document_version: 'document',
  plan_text: 'document',
};

export function sectionTitle(lang: Lang, section: SectionId): string {
  return translate(lang, `ui.nav.${section}`);
}

/** What kind of record it is, in the singular ("Cuenta", "Elemento del DAFO"). */
export function recordNoun(lang: Lang, table: UserTable): string {
  return translate(lang, `merge.records.${table}`);
}

type ContentColumn<T extends UserTable> = Exclude<(typeof TABLE_COLUMNS)[T][number], 'id' | (typeof STAMP_COLUMNS)[number]>;

/** The label of every field: the one its form shows where there is one. Typed so that a new column cannot go unlabelled. */
const FIELD_LABELS: { [T in UserTable]: Record<ContentColumn<T>, MessageKey> } = {
  institution: {
    name: 'ui.profile.name', type: 'ui.profile.type', plan_title: 'ui.profile.planTitle', period_start: 'ui.profile.periodStart', period_end: 'ui.profile.periodEnd',
    authors: 'document.control.authors', contact: 'ui.profile.contact', language: 'ui.profile.language', logo: 'ui.profile.logo', logo_mime: 'merge.fields.logoMime',
  },
  org_unit: {
    parent_id: 'organisation.detail.parent', name: 'organisation.detail.name', kind: 'organisation.detail.kind', position: 'merge.fields.position',
    contact: 'organisation.detail.contact', responsible_id: 'organisation.detail.responsible',
  },
  person: {
    name: 'organisation.people.fields.name', role: 'organisation.people.fields.role', unit_id: 'organisation.people.fields.unit',
    email: 'organisation.people.fields.email', phone: 'organisation.people.fields.phone',
  },
  account: {
    platform: 'transfer.columns.platform', handle: 'transfer.columns.handle', url: 'transfer.columns.url', display_name: 'transfer.columns.displayName',
    unit_id: 'transfer.columns.unit', status: 'transfer.columns.status', purpose: 'transfer.columns.purpose', audience: 'transfer.columns.audience',
    languages: 'transfer.columns.languages', followers: 'transfer.columns.followers', posts_per_week: 'transfer.columns.postsPerWeek',
    last_post_on: 'transfer.columns.lastPostOn', verified: 'transfer.columns.verified', credentials_holder_id: 'transfer.columns.credentialsHolder',
    two_factor: 'transfer.columns.twoFactor', recovery_email_corporate: 'transfer.columns.recoveryEmailCorporate', opened_on: 'transfer.columns.openedOn',
    notes: 'transfer.columns.notes',
  },
  account_person: { account_id: 'merge.fields.account', person_id: 'merge.fields.person' },
  audit_settings: { dormant_after_days: 'accounts.audit.threshold' },
  swot_item: {
    quadrant: 'diagnosis.suggestions.quadrant', text: 'merge.fields.text', weight: 'diagnosis.swot.weight', evidence: 'merge.fields.evidence',
    source: 'merge.fields.source', source_ref: 'merge.fields.sourceRef', position: 'merge.fields.position',
  },
  came_option: { strategy: 'diagnosis.came.strategy', text: 'diagnosis.came.text', position: 'merge.fields.position' },
  came_option_item: { option_id: 'merge.fields.cameOption', swot_item_id: 'merge.fields.swotItem' },
  objective: { statement: 'actionui.objectives.statement', deadline: 'actionui.objectives.deadline', owner_id: 'actionui.objectives.owner', position: 'merge.fields.position' },
  objective_swot: { objective_id: 'merge.fields.objective', swot_item_id: 'merge.fields.swotItem' },
  kpi: {
    objective_id: 'merge.fields.objective', metric: 'actionui.kpis.metric', name: 'actionui.kpis.name', unit: 'actionui.kpis.unit', baseline: 'actionui.kpis.baseline',
    target: 'actionui.kpis.target', deadline: 'actionui.kpis.deadline', source: 'actionui.kpis.source', frequency: 'actionui.kpis.frequency',
    owner_id: 'actionui.kpis.owner', position: 'merge.fields.position',
  },
  strategy_line: { name: 'actionui.lines.name', description: 'actionui.lines.description', came_option_id: 'docplan.strategy.origin', position: 'merge.fields.position' },
  strategy_line_objective: { line_id: 'merge.fields.line', objective_id: 'merge.fields.objective' },
  cost_role: { name: 'actionui.roles.name', hourly_cost: 'actionui.roles.hourlyCost', position: 'merge.fields.position' },
  tactic: {
    line_id: 'actionui.tactics.line', title: 'actionui.tactics.title', description: 'actionui.tactics.description', unit_id: 'actionui.tactics.unit',
    owner_id: 'actionui.tactics.owner', start_on: 'actionui.tactics.start', end_on: 'actionui.tactics.end', hours_once: 'actionui.tactics.hoursOnce',
    hours_per_week: 'actionui.tactics.hoursPerWeek', role_id: 'actionui.tactics.role', other_cost: 'actionui.tactics.otherCost', status: 'actionui.tactics.status',
    position: 'merge.fields.position',
  },
  tactic_account: { tactic_id: 'merge.fields.tactic', account_id: 'merge.fields.account' },
  resource_settings: { annual_hours: 'actionui.roles.annualHours' },
  document_settings: {
    document_type: 'docui.control.documentType', owning_unit_id: 'docui.control.owningUnit', approved_by: 'docui.control.approvedBy', approved_on: 'docui.control.approvedOn',
    approval_reference: 'docui.control.approvalReference', next_review_on: 'docui.control.nextReviewOn', related_documents: 'docui.control.relatedDocuments',
    legislation: 'docui.control.legislation', excluded_parts: 'merge.fields.excludedParts', draft_marking: 'docui.export.draft.legend', empty_parts: 'merge.fields.emptyParts',
  },
  document_version: {
    version: 'docui.versions.columns.version', issued_on: 'docui.versions.columns.issuedOn', author: 'docui.versions.columns.author',
    changes: 'docui.versions.columns.changes', position: 'merge.fields.position',
  },
  plan_text: { key: 'merge.fields.textKey', body: 'merge.fields.body' },
};

export function fieldLabel(lang: Lang, table: UserTable, column: string): string {
  const key = (FIELD_LABELS[table] as Record<string, MessageKey>)[column];
  return key ? translate(lang, key) : column;
}

/** Columns that hold a code, and where the app's word for each code is (`*` is the code). */
const CODE_WORDS: Partial<Record<UserTable, Record<string, string>>> = {
  institution: { type: 'common.institutionTypes.*', language: 'common.languages.*' },
  org_unit: { kind: 'organisation.kindBadge.*' },
  account: { platform: 'inventory.platforms.*', status: 'inventory.statuses.*', purpose: 'inventory.purposes.*' },
  swot_item: { quadrant: 'action.quadrants.*', source: 'diagnosis.swot.sources.*' },
  came_option: { strategy: 'action.strategies.*' },
  kpi: { frequency: 'action.frequencies.*' },
  tactic: { status: 'action.tacticStatuses.*' },
  document_settings: { draft_marking: 'docui.export.draft.*', empty_parts: 'merge.values.emptyParts.*' },
  plan_text: { key: 'docui.texts.keys.*.label' },
};
/** Columns holding a JSON list; for a list of codes, where their words are. */
const LISTS: Partial<Record<UserTable, Record<string, string | null>>> = {
  institution: { authors: null },
  account: { languages: null },
  document_settings: { excluded_parts: 'docui.parts.*' },
};
const YES_NO = new Set(['verified', 'two_factor', 'recovery_email_corporate']);
const DATE_COLUMN = /(_on|_start|_end|deadline)$/;
const LONGEST = 120;

/** A record another record points at, from whichever copy has it. */
export type Lookup = (table: UserTable, id: string) => Row | undefined;

function codeWord(lang: Lang, template: string, code: string): string {
  const key = template.replace('*', code) as MessageKey;
  const word = translate(lang, key);
  // An unknown code (from a newer Rumbo, say) is shown as it is stored.
  return word === key ? code : word;
}

export function shorten(text: string, max = LONGEST): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}

/** A stored value as the planner would read it. */
export function formatValue(lang: Lang, table: UserTable, column: string, value: SqlValue | undefined, lookup: Lookup): string {
  if (value === null || value === undefined || value === '') return translate(lang, 'merge.values.empty');
  if (value instanceof Uint8Array) return translate(lang, 'merge.values.picture', { size: formatBytes(value.length) });
  const reference = referencesFrom(table).find((candidate) => candidate.column === column);
  if (reference) {
    const row = lookup(reference.target, String(value));
    return row ? recordName(lang, reference.target, row, lookup) : translate(lang, 'merge.values.missingRecord');
  }
  const code = CODE_WORDS[table]?.[column];
  if (code) return codeWord(lang, code, String(value));
  if (table === 'kpi' && column === 'metric') return value === 'custom' ? translate(lang, 'merge.values.customMetric') : (metricName(lang, String(value)) ?? String(value));
  if (YES_NO.has(column)) return translate(lang, value === 1 ? 'inventory.yes' : 'inventory.no');
  const list = LISTS[table];
  if (list && column in list) return formatList(lang, String(value), list[column] ?? null);
  if (typeof value === 'number') return formatNumber(lang, value);
  if (DATE_COLUMN.test(column)) return formatDate(lang, value);
  return shorten(value);
}

function formatList(lang: Lang, json: string, words: string | null): string {
  let items: unknown;
  try {
    items = JSON.parse(json);
  } catch {
    return shorten(json);
  }
  if (!Array.isArray(items) || items.length === 0) return translate(lang, 'merge.values.empty');
  return shorten(items.map((item) => (words ? codeWord(lang, words, String(item)) : String(item))).join(', '));
}

/** Which record it is, in a few words ("Instagram @villanueva", "Debilidad: Sin estrategia…"); empty for the one-of-a-kind settings. */
export function recordName(lang: Lang, table: UserTable, row: Row, lookup: Lookup): string {
  const text = (column: string) => shorten(String(row[column] ?? ''), 60);
  // A link is named by the two records it joins.
  const pair = table === 'plan_text' ? undefined : NATURAL_KEYS[table];
  if (pair) {
    const [left, right] = pair.map((column) => formatValue(lang, table, column, row[column], lookup));
    return translate(lang, 'merge.labels.link', { left: left!, right: right! });
  }
  switch (table) {
    case 'account':
      return translate(lang, 'merge.labels.account', {
        platform: formatValue(lang, table, 'platform', row.platform, lookup),
        handle: text('handle') || text('display_name') || text('url'),
      }).trim();
    case 'swot_item':
      return translate(lang, 'merge.labels.swot', { quadrant: formatValue(lang, table, 'quadrant', row.quadrant, lookup), text: text('text') });
    case 'came_option':
      return text('text');
    case 'objective':
      return text('statement');
    case 'kpi':
      return text('name') || formatValue(lang, table, 'metric', row.metric, lookup);
    case 'tactic':
      return text('title');
    case 'document_version':
      return translate(lang, 'merge.labels.version', { version: text('version') });
    case 'plan_text':
      return formatValue(lang, table, 'key', row.key, lookup);
    case 'audit_settings':
    case 'resource_settings':
    case 'document_settings':
      return '';
    default:
      return text('name');
  }
}

/** "Cuenta «Instagram @villanueva»", or just "Ficha del documento". */
export function recordTitle(lang: Lang, table: UserTable, row: Row, lookup: Lookup): string {
  const name = recordName(lang, table, row, lookup);
  const noun = recordNoun(lang, table);
  return name ? translate(lang, 'merge.labels.named', { record: noun, name }) : noun;
}
