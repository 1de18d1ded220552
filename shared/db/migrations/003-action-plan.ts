import { NEW_UUID, NOW, STAMPS } from './fragments';
import type { Migration } from './types';

/** A link between two records (many to many), itself a record with its own id for merge and history. */
function linkTable(name: string, left: [string, string], right: [string, string]): string[] {
  return [
    `CREATE TABLE ${name} (
      id TEXT PRIMARY KEY NOT NULL,
      ${left[0]} TEXT NOT NULL REFERENCES ${left[1]}(id),
      ${right[0]} TEXT NOT NULL REFERENCES ${right[1]}(id),
      ${STAMPS},
      UNIQUE (${left[0]}, ${right[0]})
    ) STRICT`,
    `CREATE INDEX ${name}_${right[0]} ON ${name}(${right[0]})`,
  ];
}

/**
 * Format 3: from diagnosis to action. SWOT items, CAME/TOWS options pairing them, SMART
 * objectives with KPIs, strategy lines, tactics with owners, dates, effort and cost, the
 * cost of an hour by role, and the working hours of a full-time post.
 */
export const migration003: Migration = {
  version: 3,
  description: 'SWOT, CAME options, objectives and KPIs, strategy lines, tactics, cost roles',
  statements: [
    `CREATE TABLE swot_item (
      id TEXT PRIMARY KEY NOT NULL,
      quadrant TEXT NOT NULL CHECK (quadrant IN ('strength', 'weakness', 'opportunity', 'threat')),
      text TEXT NOT NULL CHECK (length(text) > 0),
      weight INTEGER NOT NULL DEFAULT 3 CHECK (weight BETWEEN 1 AND 5),
      evidence TEXT NOT NULL DEFAULT '',
      source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'suggestion', 'finding')),
      source_ref TEXT NOT NULL DEFAULT '',
      position INTEGER NOT NULL DEFAULT 0,
      ${STAMPS}
    ) STRICT`,
    `CREATE TABLE came_option (
      id TEXT PRIMARY KEY NOT NULL,
      strategy TEXT NOT NULL CHECK (strategy IN ('offensive', 'defensive', 'reorientation', 'survival')),
      text TEXT NOT NULL CHECK (length(text) > 0),
      position INTEGER NOT NULL DEFAULT 0,
      ${STAMPS}
    ) STRICT`,
    ...linkTable('came_option_item', ['option_id', 'came_option'], ['swot_item_id', 'swot_item']),
    `CREATE TABLE objective (
      id TEXT PRIMARY KEY NOT NULL,
      statement TEXT NOT NULL CHECK (length(statement) > 0),
      deadline TEXT,
      owner_id TEXT REFERENCES person(id),
      position INTEGER NOT NULL DEFAULT 0,
      ${STAMPS}
    ) STRICT`,
    ...linkTable('objective_swot', ['objective_id', 'objective'], ['swot_item_id', 'swot_item']),
    `CREATE TABLE kpi (
      id TEXT PRIMARY KEY NOT NULL,
      objective_id TEXT NOT NULL REFERENCES objective(id),
      metric TEXT NOT NULL CHECK (length(metric) > 0),
      name TEXT NOT NULL DEFAULT '',
      unit TEXT NOT NULL DEFAULT '',
      baseline REAL,
      target REAL,
      deadline TEXT,
      source TEXT NOT NULL DEFAULT '',
      frequency TEXT CHECK (frequency IS NULL OR frequency IN ('weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly')),
      owner_id TEXT REFERENCES person(id),
      position INTEGER NOT NULL DEFAULT 0,
      ${STAMPS}
    ) STRICT`,
    `CREATE INDEX kpi_objective ON kpi(objective_id)`,
    `CREATE TABLE strategy_line (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL CHECK (length(name) > 0),
      description TEXT NOT NULL DEFAULT '',
      came_option_id TEXT REFERENCES came_option(id),
      position INTEGER NOT NULL DEFAULT 0,
      ${STAMPS}
    ) STRICT`,
    ...linkTable('strategy_line_objective', ['line_id', 'strategy_line'], ['objective_id', 'objective']),
    `CREATE TABLE cost_role (
      id TEXT PRIMARY KEY NOT NULL,
      name TEXT NOT NULL CHECK (length(name) > 0),
      hourly_cost REAL NOT NULL DEFAULT 0 CHECK (hourly_cost >= 0),
      position INTEGER NOT NULL DEFAULT 0,
      ${STAMPS}
    ) STRICT`,
    `CREATE TABLE tactic (
      id TEXT PRIMARY KEY NOT NULL,
      line_id TEXT NOT NULL REFERENCES strategy_line(id),
      title TEXT NOT NULL CHECK (length(title) > 0),
      description TEXT NOT NULL DEFAULT '',
      unit_id TEXT REFERENCES org_unit(id),
      owner_id TEXT REFERENCES person(id),
      start_on TEXT,
      end_on TEXT,
      hours_once REAL NOT NULL DEFAULT 0 CHECK (hours_once >= 0),
      hours_per_week REAL NOT NULL DEFAULT 0 CHECK (hours_per_week >= 0),
      role_id TEXT REFERENCES cost_role(id),
      other_cost REAL NOT NULL DEFAULT 0 CHECK (other_cost >= 0),
      status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
      position INTEGER NOT NULL DEFAULT 0,
      ${STAMPS}
    ) STRICT`,
    `CREATE INDEX tactic_line ON tactic(line_id)`,
    `CREATE INDEX tactic_unit ON tactic(unit_id)`,
    ...linkTable('tactic_account', ['tactic_id', 'tactic'], ['account_id', 'account']),
    `CREATE TABLE resource_settings (
      id TEXT PRIMARY KEY NOT NULL,
      annual_hours REAL NOT NULL DEFAULT 1642 CHECK (annual_hours > 0 AND annual_hours <= 8784),
      ${STAMPS}
    ) STRICT`,
    `INSERT INTO resource_settings (id, annual_hours, created_at, updated_at, created_by, updated_by)
      VALUES (${NEW_UUID}, 1642, ${NOW}, ${NOW}, 'Rumbo', 'Rumbo')`,
  ],
};
