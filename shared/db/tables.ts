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
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;
export type SqlValue = string | number | Uint8Array | null;
export type Row = Record<string, SqlValue>;

/** Tables whose rows the user edits (undo, history and merge work on these). */
export const USER_TABLES: readonly TableName[] = ['institution', 'org_unit', 'person', 'account', 'account_person', 'audit_settings'];
