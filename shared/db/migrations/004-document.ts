import { NEW_UUID, NOW, STAMPS } from './fragments';
import type { Migration } from './types';

/** The planner's own texts; one row each, made here so that every copy of a plan shares their ids (merge pairs rows by id). */
const PLAN_TEXT_KEYS = ['presentation', 'framework', 'governance', 'crisis', 'measurement', 'closing'] as const;

/**
 * Format 4: the formal document. Its control data (document type, owning unit, approval,
 * next review, related documents, legislation), the version history table, the texts the
 * planner writes (basic formatting, kept as a small Markdown subset), and what to include
 * when exporting (parts left out, draft marking, what a part without data does).
 */
export const migration004: Migration = {
  version: 4,
  description: 'document control, version history, planner texts, export choices',
  statements: [
    `CREATE TABLE document_settings (
      id TEXT PRIMARY KEY NOT NULL,
      document_type TEXT NOT NULL DEFAULT '',
      owning_unit_id TEXT REFERENCES org_unit(id),
      approved_by TEXT NOT NULL DEFAULT '',
      approved_on TEXT,
      approval_reference TEXT NOT NULL DEFAULT '',
      next_review_on TEXT,
      related_documents TEXT NOT NULL DEFAULT '',
      legislation TEXT NOT NULL DEFAULT '',
      excluded_parts TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(excluded_parts) AND json_type(excluded_parts) = 'array'),
      draft_marking TEXT NOT NULL DEFAULT 'auto' CHECK (draft_marking IN ('auto', 'always', 'never')),
      empty_parts TEXT NOT NULL DEFAULT 'note' CHECK (empty_parts IN ('note', 'omit')),
      ${STAMPS}
    ) STRICT`,
    `INSERT INTO document_settings (id, created_at, updated_at, created_by, updated_by)
      VALUES (${NEW_UUID}, ${NOW}, ${NOW}, 'Rumbo', 'Rumbo')`,
    `CREATE TABLE document_version (
      id TEXT PRIMARY KEY NOT NULL,
      version TEXT NOT NULL CHECK (length(version) > 0),
      issued_on TEXT NOT NULL,
      author TEXT NOT NULL DEFAULT '',
      changes TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL DEFAULT 0,
      ${STAMPS}
    ) STRICT`,
    `CREATE TABLE plan_text (
      id TEXT PRIMARY KEY NOT NULL,
      key TEXT NOT NULL UNIQUE CHECK (key IN (${PLAN_TEXT_KEYS.map((key) => `'${key}'`).join(', ')})),
      body TEXT NOT NULL DEFAULT '',
      ${STAMPS}
    ) STRICT`,
    ...PLAN_TEXT_KEYS.map(
      (key) => `INSERT INTO plan_text (id, key, created_at, updated_at, created_by, updated_by) VALUES (${NEW_UUID}, '${key}', ${NOW}, ${NOW}, 'Rumbo', 'Rumbo')`,
    ),
  ],
};
