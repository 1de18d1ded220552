import type { Migration } from './types';

/** Format 1: plan metadata, the institution profile, organisation units and accounts. */
export const migration001: Migration = {
  version: 1,
  description: 'plan metadata, institution profile, organisation units, accounts',
  statements: [
    `CREATE TABLE plan_meta (
      id TEXT PRIMARY KEY NOT NULL,
      revision INTEGER NOT NULL DEFAULT 0 CHECK (revision >= 0),
      app_version TEXT NOT NULL,
      status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved')),
      version_label TEXT NOT NULL DEFAULT '0.1',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE institution (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL CHECK (length(name) > 0),
      type TEXT NOT NULL CHECK (type IN ('town_council', 'provincial_council', 'regional_government', 'ministry', 'university', 'public_agency', 'other')),
      plan_title TEXT NOT NULL DEFAULT '',
      period_start TEXT NOT NULL,
      period_end TEXT NOT NULL,
      authors TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(authors) AND json_type(authors) = 'array'),
      contact TEXT NOT NULL DEFAULT '',
      language TEXT NOT NULL DEFAULT 'es' CHECK (language IN ('es', 'en')),
      logo BLOB,
      logo_mime TEXT CHECK (logo_mime IS NULL OR logo_mime IN ('image/png', 'image/jpeg')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`,
    `CREATE TABLE org_unit (
      id TEXT PRIMARY KEY NOT NULL,
      parent_id TEXT REFERENCES org_unit(id),
      name TEXT NOT NULL CHECK (length(name) > 0),
      kind TEXT NOT NULL DEFAULT 'administrative' CHECK (kind IN ('political', 'administrative')),
      position INTEGER NOT NULL DEFAULT 0,
      responsible TEXT NOT NULL DEFAULT '',
      contact TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX org_unit_parent ON org_unit(parent_id)`,
    `CREATE TABLE account (
      id TEXT PRIMARY KEY NOT NULL,
      platform TEXT NOT NULL,
      handle TEXT NOT NULL DEFAULT '',
      url TEXT NOT NULL DEFAULT '',
      display_name TEXT NOT NULL DEFAULT '',
      unit_id TEXT REFERENCES org_unit(id),
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('proposed', 'active', 'dormant', 'to_close', 'closed')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX account_unit ON account(unit_id)`,
  ],
};
