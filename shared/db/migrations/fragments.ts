/**
 * SQL pieces the migrations share. A migration's SQL must never change once released (files
 * made by it are checked against the schema it produced), so these are frozen too: a later
 * format that needs something different adds a new fragment instead of editing one.
 */

/** A version-4 UUID made by SQLite itself, for rows that a migration creates. */
export const NEW_UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' ||
  substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

export const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** When and by whom a record was created and last changed: every user record has these. */
export const STAMPS = `created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      updated_by TEXT NOT NULL`;
