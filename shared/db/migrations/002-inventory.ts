import { NEW_UUID, NOW } from './fragments';
import type { Migration } from './types';

export const PLATFORM_CODES = [
  'x', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok', 'threads', 'bluesky', 'mastodon',
  'telegram', 'whatsapp_channel', 'flickr', 'pinterest', 'twitch', 'blog', 'other',
] as const;
const platformList = PLATFORM_CODES.map((code) => `'${code}'`).join(', ');

/**
 * Format 2: the account inventory. A directory of people (who runs what, who holds the
 * credentials), the full account record, accounts ↔ people, and the audit settings. A unit's
 * free-text responsible person of format 1 becomes a person of the directory.
 */
export const migration002: Migration = {
  version: 2,
  description: 'people directory, full account inventory, account managers, audit settings',
  statements: [
    `CREATE TABLE person (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL CHECK (length(name) > 0),
      role TEXT NOT NULL DEFAULT '',
      unit_id TEXT REFERENCES org_unit(id),
      email TEXT NOT NULL DEFAULT '',
      phone TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`,
    `CREATE INDEX person_unit ON person(unit_id)`,
    `ALTER TABLE org_unit ADD COLUMN responsible_id TEXT REFERENCES person(id)`,
    `INSERT INTO person (id, name, role, unit_id, email, phone, created_at, updated_at, created_by, updated_by)
      SELECT ${NEW_UUID}, trim(responsible), '', id, '', '', ${NOW}, ${NOW}, updated_by, updated_by
      FROM org_unit WHERE trim(responsible) <> ''`,
    `UPDATE org_unit SET responsible_id = (SELECT person.id FROM person WHERE person.unit_id = org_unit.id AND person.name = trim(org_unit.responsible))
      WHERE trim(responsible) <> ''`,
    `ALTER TABLE org_unit DROP COLUMN responsible`,
    `CREATE TABLE account_v2 (
      id TEXT PRIMARY KEY NOT NULL,
      platform TEXT NOT NULL CHECK (platform IN (${platformList})),
      handle TEXT NOT NULL DEFAULT '',
      url TEXT NOT NULL DEFAULT '',
      display_name TEXT NOT NULL DEFAULT '',
      unit_id TEXT REFERENCES org_unit(id),
      status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('proposed', 'active', 'dormant', 'to_close', 'closed')),
      purpose TEXT CHECK (purpose IS NULL OR purpose IN ('informative', 'relational', 'citizen_service')),
      audience TEXT NOT NULL DEFAULT '',
      languages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(languages) AND json_type(languages) = 'array'),
      followers INTEGER CHECK (followers IS NULL OR followers >= 0),
      posts_per_week REAL CHECK (posts_per_week IS NULL OR posts_per_week >= 0),
      last_post_on TEXT,
      verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1)),
      credentials_holder_id TEXT REFERENCES person(id),
      two_factor INTEGER CHECK (two_factor IS NULL OR two_factor IN (0, 1)),
      recovery_email_corporate INTEGER CHECK (recovery_email_corporate IS NULL OR recovery_email_corporate IN (0, 1)),
      opened_on TEXT,
      notes TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`,
    `INSERT INTO account_v2 (id, platform, handle, url, display_name, unit_id, status, created_at, updated_at, created_by, updated_by)
      SELECT id, CASE WHEN platform IN (${platformList}) THEN platform ELSE 'other' END, handle, url, display_name, unit_id, status,
        created_at, updated_at, created_by, updated_by
      FROM account`,
    `DROP TABLE account`,
    `ALTER TABLE account_v2 RENAME TO account`,
    `CREATE INDEX account_unit ON account(unit_id)`,
    `CREATE INDEX account_credentials_holder ON account(credentials_holder_id)`,
    `CREATE TABLE account_person (
      id TEXT PRIMARY KEY NOT NULL,
      account_id TEXT NOT NULL REFERENCES account(id),
      person_id TEXT NOT NULL REFERENCES person(id),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL,
      UNIQUE (account_id, person_id)
    ) STRICT`,
    `CREATE INDEX account_person_person ON account_person(person_id)`,
    `CREATE TABLE audit_settings (
      id TEXT PRIMARY KEY NOT NULL,
      dormant_after_days INTEGER NOT NULL DEFAULT 90 CHECK (dormant_after_days BETWEEN 1 AND 3650),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL
    ) STRICT`,
    `INSERT INTO audit_settings (id, dormant_after_days, created_at, updated_at, created_by, updated_by)
      VALUES (${NEW_UUID}, 90, ${NOW}, ${NOW}, 'Rumbo', 'Rumbo')`,
  ],
};
