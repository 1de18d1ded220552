/**
 * The columns of every table written through the change recorder. SQL is only ever built
 * from these names, never from input. Keep in step with the migrations (a test checks it).
 */
export const TABLE_COLUMNS = {
  plan_meta: ['id', 'revision', 'app_version', 'status', 'version_label', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  institution: [
    'id', 'name', 'type', 'plan_title', 'period_start', 'period_end', 'authors', 'contact', 'language', 'logo', 'logo_mime',
    'created_at', 'updated_at', 'created_by', 'updated_by',
  ],
  org_unit: ['id', 'parent_id', 'name', 'kind', 'position', 'contact', 'created_at', 'updated_at', 'created_by', 'updated_by', 'responsible_id'],
  person: ['id', 'name', 'role', 'unit_id', 'email', 'phone', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  account: [
    'id', 'platform', 'handle', 'url', 'display_name', 'unit_id', 'status', 'purpose', 'audience', 'languages', 'followers',
    'posts_per_week', 'last_post_on', 'verified', 'credentials_holder_id', 'two_factor', 'recovery_email_corporate', 'opened_on',
    'notes', 'created_at', 'updated_at', 'created_by', 'updated_by',
  ],
  account_person: ['id', 'account_id', 'person_id', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  audit_settings: ['id', 'dormant_after_days', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  swot_item: ['id', 'quadrant', 'text', 'weight', 'evidence', 'source', 'source_ref', 'position', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  came_option: ['id', 'strategy', 'text', 'position', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  came_option_item: ['id', 'option_id', 'swot_item_id', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  objective: ['id', 'statement', 'deadline', 'owner_id', 'position', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  objective_swot: ['id', 'objective_id', 'swot_item_id', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  kpi: [
    'id', 'objective_id', 'metric', 'name', 'unit', 'baseline', 'target', 'deadline', 'source', 'frequency', 'owner_id', 'position',
    'created_at', 'updated_at', 'created_by', 'updated_by',
  ],
  strategy_line: ['id', 'name', 'description', 'came_option_id', 'position', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  strategy_line_objective: ['id', 'line_id', 'objective_id', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  cost_role: ['id', 'name', 'hourly_cost', 'position', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  tactic: [
    'id', 'line_id', 'title', 'description', 'unit_id', 'owner_id', 'start_on', 'end_on', 'hours_once', 'hours_per_week', 'role_id',
    'other_cost', 'status', 'position', 'created_at', 'updated_at', 'created_by', 'updated_by',
  ],
  tactic_account: ['id', 'tactic_id', 'account_id', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  resource_settings: ['id', 'annual_hours', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  document_settings: [
    'id', 'document_type', 'owning_unit_id', 'approved_by', 'approved_on', 'approval_reference', 'next_review_on', 'related_documents',
    'legislation', 'excluded_parts', 'draft_marking', 'empty_parts', 'created_at', 'updated_at', 'created_by', 'updated_by',
  ],
  document_version: ['id', 'version', 'issued_on', 'author', 'changes', 'position', 'created_at', 'updated_at', 'created_by', 'updated_by'],
  plan_text: ['id', 'key', 'body', 'created_at', 'updated_at', 'created_by', 'updated_by'],
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;
export type SqlValue = string | number | Uint8Array | null;
export type Row = Record<string, SqlValue>;

/** Tables whose rows the user edits (undo, history and merge work on these). */
export const USER_TABLES = Object.keys(TABLE_COLUMNS).filter((table) => table !== 'plan_meta') as TableName[];

/**
 * Every reference between records, and what deleting the referenced record does to it:
 * 'clear' empties the column, 'delete' removes the referring record (links, and what cannot
 * exist alone). A test checks this list against the schema's foreign keys.
 */
export const REFERENCES: readonly { table: TableName; column: string; target: TableName; onDelete: 'clear' | 'delete' }[] = [
  { table: 'org_unit', column: 'parent_id', target: 'org_unit', onDelete: 'clear' },
  { table: 'org_unit', column: 'responsible_id', target: 'person', onDelete: 'clear' },
  { table: 'person', column: 'unit_id', target: 'org_unit', onDelete: 'clear' },
  { table: 'account', column: 'unit_id', target: 'org_unit', onDelete: 'clear' },
  { table: 'account', column: 'credentials_holder_id', target: 'person', onDelete: 'clear' },
  { table: 'account_person', column: 'account_id', target: 'account', onDelete: 'delete' },
  { table: 'account_person', column: 'person_id', target: 'person', onDelete: 'delete' },
  { table: 'came_option_item', column: 'option_id', target: 'came_option', onDelete: 'delete' },
  { table: 'came_option_item', column: 'swot_item_id', target: 'swot_item', onDelete: 'delete' },
  { table: 'objective', column: 'owner_id', target: 'person', onDelete: 'clear' },
  { table: 'objective_swot', column: 'objective_id', target: 'objective', onDelete: 'delete' },
  { table: 'objective_swot', column: 'swot_item_id', target: 'swot_item', onDelete: 'delete' },
  { table: 'kpi', column: 'objective_id', target: 'objective', onDelete: 'delete' },
  { table: 'kpi', column: 'owner_id', target: 'person', onDelete: 'clear' },
  { table: 'strategy_line', column: 'came_option_id', target: 'came_option', onDelete: 'clear' },
  { table: 'strategy_line_objective', column: 'line_id', target: 'strategy_line', onDelete: 'delete' },
  { table: 'strategy_line_objective', column: 'objective_id', target: 'objective', onDelete: 'delete' },
  { table: 'tactic', column: 'line_id', target: 'strategy_line', onDelete: 'delete' },
  { table: 'tactic', column: 'unit_id', target: 'org_unit', onDelete: 'clear' },
  { table: 'tactic', column: 'owner_id', target: 'person', onDelete: 'clear' },
  { table: 'tactic', column: 'role_id', target: 'cost_role', onDelete: 'clear' },
  { table: 'tactic_account', column: 'tactic_id', target: 'tactic', onDelete: 'delete' },
  { table: 'tactic_account', column: 'account_id', target: 'account', onDelete: 'delete' },
  { table: 'document_settings', column: 'owning_unit_id', target: 'org_unit', onDelete: 'clear' },
];
