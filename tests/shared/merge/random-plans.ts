import type { Database, SqlJsStatic } from 'sql.js';
import fc from 'fast-check';
import { ChangeRecorder } from '../../../shared/db/changes';
import { applySessionPragmas } from '../../../shared/db/schema';
import { deleteWithReferences } from '../../../shared/db/references';
import { inTransaction, selectAll } from '../../../shared/db/sql';
import type { Row, SqlValue } from '../../../shared/db/tables';
import { PLATFORM_CODES } from '../../../shared/model/accounts';
import { NATURAL_KEYS, SINGLETON_TABLES } from '../../../shared/merge/identity';
import { readSnapshot, type PlanSnapshot, type UserTable } from '../../../shared/merge/snapshot';
import { engineWithPlan } from '../helpers';
import { seededRandom } from '../../bench/seeded-random';

/**
 * Random plans and random edits made the way the app makes them: rows written through the change
 * recorder into a real database with the real schema (CHECK and foreign keys enforced on every
 * statement), deletions through deleteWithReferences, unit moves that never make a loop. Value
 * pools are small so that two copies often touch the same record, and sometimes agree.
 */

type Domain =
  | { kind: 'text'; pool: readonly string[] }
  | { kind: 'enum'; values: readonly SqlValue[] }
  | { kind: 'int'; max: number; min?: number; nullable?: boolean }
  | { kind: 'real'; nullable?: boolean }
  | { kind: 'date'; nullable: boolean }
  | { kind: 'json'; pool: readonly string[] }
  | { kind: 'ref'; target: UserTable; nullable: boolean }
  /** Written only together with other columns (see PROFILE_GROUPS and 'move'), or never (a text's key). */
  | { kind: 'fixed' };

const words = (prefix: string) => [`${prefix} uno`, `${prefix} dos`, `${prefix} tres`] as const;
const text = (prefix: string): Domain => ({ kind: 'text', pool: words(prefix) });
const anyText = (prefix: string): Domain => ({ kind: 'text', pool: ['', ...words(prefix)] });
const position: Domain = { kind: 'int', max: 3 };
const date = (nullable: boolean): Domain => ({ kind: 'date', nullable });

/** One entry per content column of every user table; a test checks that none is missing. */
export const DOMAINS: Record<UserTable, Record<string, Domain>> = {
  institution: {
    name: text('Ayuntamiento'), type: { kind: 'enum', values: ['town_council', 'ministry', 'university'] }, plan_title: anyText('Plan'),
    period_start: { kind: 'fixed' }, period_end: { kind: 'fixed' }, authors: { kind: 'json', pool: ['[]', '["Ana"]', '["Ana","Luis"]'] },
    contact: anyText('prensa'), language: { kind: 'enum', values: ['es', 'en'] }, logo: { kind: 'fixed' }, logo_mime: { kind: 'fixed' },
  },
  org_unit: {
    parent_id: { kind: 'fixed' }, name: text('Unidad'), kind: { kind: 'enum', values: ['political', 'administrative'] }, position,
    contact: anyText('ext'), responsible_id: { kind: 'ref', target: 'person', nullable: true },
  },
  person: { name: text('Persona'), role: anyText('Cargo'), unit_id: { kind: 'ref', target: 'org_unit', nullable: true }, email: anyText('correo'), phone: anyText('tel') },
  account: {
    platform: { kind: 'enum', values: PLATFORM_CODES.slice(0, 4) }, handle: anyText('@cuenta'), url: anyText('https://x.test/'), display_name: anyText('Nombre'),
    unit_id: { kind: 'ref', target: 'org_unit', nullable: true }, status: { kind: 'enum', values: ['proposed', 'active', 'dormant', 'closed'] },
    purpose: { kind: 'enum', values: [null, 'informative', 'relational'] }, audience: anyText('Público'), languages: { kind: 'json', pool: ['[]', '["es"]', '["es","en"]'] },
    followers: { kind: 'int', max: 3, nullable: true }, posts_per_week: { kind: 'real', nullable: true }, last_post_on: date(true),
    verified: { kind: 'enum', values: [0, 1] }, credentials_holder_id: { kind: 'ref', target: 'person', nullable: true },
    two_factor: { kind: 'enum', values: [null, 0, 1] }, recovery_email_corporate: { kind: 'enum', values: [null, 0, 1] }, opened_on: date(true), notes: anyText('Nota'),
  },
  account_person: { account_id: { kind: 'ref', target: 'account', nullable: false }, person_id: { kind: 'ref', target: 'person', nullable: false } },
  audit_settings: { dormant_after_days: { kind: 'int', min: 30, max: 32 } },
  swot_item: {
    quadrant: { kind: 'enum', values: ['strength', 'weakness', 'opportunity', 'threat'] }, text: text('Elemento'), weight: { kind: 'int', min: 1, max: 5 },
    evidence: anyText('Evidencia'), source: { kind: 'enum', values: ['manual', 'suggestion'] }, source_ref: anyText('ref'), position,
  },
  came_option: { strategy: { kind: 'enum', values: ['offensive', 'defensive', 'survival'] }, text: text('Opción'), position },
  came_option_item: { option_id: { kind: 'ref', target: 'came_option', nullable: false }, swot_item_id: { kind: 'ref', target: 'swot_item', nullable: false } },
  objective: { statement: text('Objetivo'), deadline: date(true), owner_id: { kind: 'ref', target: 'person', nullable: true }, position },
  objective_swot: { objective_id: { kind: 'ref', target: 'objective', nullable: false }, swot_item_id: { kind: 'ref', target: 'swot_item', nullable: false } },
  kpi: {
    objective_id: { kind: 'ref', target: 'objective', nullable: false }, metric: { kind: 'text', pool: ['followers', 'custom', 'responseTime'] }, name: anyText('Indicador'),
    unit: anyText('%'), baseline: { kind: 'real', nullable: true }, target: { kind: 'real', nullable: true }, deadline: date(true), source: anyText('Fuente'),
    frequency: { kind: 'enum', values: [null, 'monthly', 'yearly'] }, owner_id: { kind: 'ref', target: 'person', nullable: true }, position,
  },
  strategy_line: { name: text('Línea'), description: anyText('Descripción'), came_option_id: { kind: 'ref', target: 'came_option', nullable: true }, position },
  strategy_line_objective: { line_id: { kind: 'ref', target: 'strategy_line', nullable: false }, objective_id: { kind: 'ref', target: 'objective', nullable: false } },
  cost_role: { name: text('Perfil'), hourly_cost: { kind: 'real' }, position },
  tactic: {
    line_id: { kind: 'ref', target: 'strategy_line', nullable: false }, title: text('Acción'), description: anyText('Descripción'),
    unit_id: { kind: 'ref', target: 'org_unit', nullable: true }, owner_id: { kind: 'ref', target: 'person', nullable: true }, start_on: date(true), end_on: date(true),
    hours_once: { kind: 'real' }, hours_per_week: { kind: 'real' }, role_id: { kind: 'ref', target: 'cost_role', nullable: true }, other_cost: { kind: 'real' },
    status: { kind: 'enum', values: ['planned', 'done', 'cancelled'] }, position,
  },
  tactic_account: { tactic_id: { kind: 'ref', target: 'tactic', nullable: false }, account_id: { kind: 'ref', target: 'account', nullable: false } },
  resource_settings: { annual_hours: { kind: 'enum', values: [1642, 1500, 1720.5] } },
  document_settings: {
    document_type: anyText('Tipo'), owning_unit_id: { kind: 'ref', target: 'org_unit', nullable: true }, approved_by: anyText('Pleno'), approved_on: date(true),
    approval_reference: anyText('Decreto'), next_review_on: date(true), related_documents: anyText('Guía'), legislation: anyText('Ley'),
    excluded_parts: { kind: 'json', pool: ['[]', '["glossary"]'] }, draft_marking: { kind: 'enum', values: ['auto', 'always', 'never'] },
  },
  document_version: { version: text('v'), issued_on: date(false), author: anyText('Autor'), changes: anyText('Cambios'), position },
  plan_text: { key: { kind: 'fixed' }, body: anyText('Texto') },
};

/**
 * Institution columns that the profile form writes together. The pools are chosen so that one
 * copy's start with the other copy's end breaks the plan: the merge must never mix them.
 */
const PROFILE_GROUPS: readonly Row[] = [
  { period_start: '2025-01-01', period_end: '2026-12-31' },
  { period_start: '2027-06-01', period_end: '2027-12-31' },
  { logo: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]), logo_mime: 'image/png' },
  { logo: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 2]), logo_mime: 'image/png' },
  { logo: new Uint8Array([0xff, 0xd8, 0xff, 1]), logo_mime: 'image/jpeg' },
  { logo: null, logo_mime: null },
];

const DATES = ['2026-01-15', '2026-06-30', '2027-03-01'];

/** Tables whose records the edits create and delete (singletons and the document's texts exist once, always). */
const EDITABLE_TABLES = (Object.keys(DOMAINS) as UserTable[]).filter((table) => !SINGLETON_TABLES.includes(table) && table !== 'plan_text');
const ALL_TABLES = Object.keys(DOMAINS) as UserTable[];

export interface Edit {
  /**
   * 'move' puts a unit under another one (or at the top), never under itself or its subunits;
   * 'profile' writes columns of the institution that go together (its period, its logo).
   */
  kind: 'insert' | 'update' | 'delete' | 'move' | 'profile';
  table: number;
  record: number;
  column: number;
  value: number;
}

export const editArbitrary: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom<Edit['kind']>('insert', 'update', 'update', 'update', 'delete', 'move', 'profile'),
  table: fc.nat({ max: 200 }),
  // Mostly the first records and columns, so that both copies often change the same field.
  record: fc.oneof(fc.nat({ max: 1 }), fc.nat({ max: 4 })),
  column: fc.oneof(fc.nat({ max: 2 }), fc.nat({ max: 40 })),
  value: fc.nat({ max: 1000 }),
});

export const editsArbitrary = fc.array(editArbitrary, { minLength: 1, maxLength: 14 });

/** Edits of one kind only, for the cases that mixed edits rarely produce. */
export function editsOnly(kind: Edit['kind']): fc.Arbitrary<Edit[]> {
  const edit = fc.record({ kind: fc.constant(kind), table: fc.constant(0), record: fc.nat({ max: 5 }), column: fc.constant(0), value: fc.nat({ max: 1000 }) });
  return fc.array(edit, { minLength: 1, maxLength: 4 });
}

/**
 * The kinds of record both copies edit in one case (indices into the tables), so that they often
 * meet on the same records; the unit tree is always among them, so that moves can cross.
 */
export const focusArbitrary = fc.array(fc.nat({ max: 200 }), { minLength: 1, maxLength: 2 }).map((tables) => [1, ...tables]);

/** Whole 32-bit numbers from the bench's seeded generator, so that a failing seed reproduces the same base plan. */
function prng(seed: number): () => number {
  const random = seededRandom(seed);
  return () => random() * 4294967296;
}

function uuidFrom(next: () => number): string {
  const hex = Array.from({ length: 4 }, () => next().toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Our own bytes, made a moment ago: opened without the checks a received file goes through (they
 * cost more than the rest of a case), but with the same session settings (foreign keys on).
 */
function openOwn(SQL: SqlJsStatic, bytes: Uint8Array): Database {
  const db = new SQL.Database(bytes);
  applySessionPragmas(db);
  return db;
}

let blank: Promise<Uint8Array> | null = null;

/** A new plan as the engine makes it (its singletons and texts included). */
function blankPlan(): Promise<Uint8Array> {
  blank ??= engineWithPlan('Ayuntamiento de Base').then(async ({ engine }) => (await engine.call('plan.export')).bytes);
  return blank;
}

export class PlanEditor {
  private clock = 0;
  constructor(
    readonly db: Database,
    private readonly author: string,
    private readonly next: () => number,
    /** Copies are edited after their ancestor; each edit a second later than the previous one. */
    private readonly month: number,
  ) {}

  private recorder(): ChangeRecorder {
    this.clock++;
    const now = new Date(Date.UTC(2026, this.month, 1, 0, 0, this.clock)).toISOString();
    return new ChangeRecorder(this.db, { author: this.author, now });
  }

  ids(table: UserTable): string[] {
    return selectAll(this.db, `SELECT id FROM ${table} ORDER BY id`).map((row) => String(row.id));
  }

  private row(table: UserTable, id: string): Row {
    return selectAll(this.db, `SELECT * FROM ${table} WHERE id = ?`, [id])[0]!;
  }

  private value(table: UserTable, column: string, domain: Domain, pick: number): SqlValue | undefined {
    switch (domain.kind) {
      case 'text':
        return domain.pool[pick % domain.pool.length]!;
      case 'enum':
        return domain.values[pick % domain.values.length]!;
      case 'json':
        return domain.pool[pick % domain.pool.length]!;
      case 'int': {
        if (domain.nullable && pick % 5 === 0) return null;
        const min = domain.min ?? 0;
        return min + (pick % (domain.max - min + 1));
      }
      case 'real':
        if (domain.nullable && pick % 5 === 0) return null;
        return [0, 1.5, 10, 2.25][pick % 4]!;
      case 'date':
        if (domain.nullable && pick % 4 === 0) return null;
        return DATES[pick % DATES.length]!;
      case 'ref': {
        const candidates = this.ids(domain.target);
        if (domain.nullable && (candidates.length === 0 || pick % 4 === 0)) return null;
        if (candidates.length === 0) return undefined;
        return candidates[pick % candidates.length]!;
      }
      case 'fixed':
        return undefined;
      default:
        throw new Error(`no value for ${table}.${column}`);
    }
  }

  /** A new record with values from the pools; null when the table's parents do not exist yet or a link would repeat. */
  insert(table: UserTable, pick: number): string | null {
    const row: Row = { id: uuidFrom(this.next) };
    for (const [column, domain] of Object.entries(DOMAINS[table])) {
      if (table === 'org_unit' && column === 'parent_id') continue;
      const value = this.value(table, column, domain, pick + this.next());
      if (value === undefined) {
        if (domain.kind === 'fixed') continue;
        return null;
      }
      row[column] = value;
    }
    if (table === 'org_unit') {
      const parents = this.ids('org_unit');
      row.parent_id = parents.length === 0 || pick % 3 === 0 ? null : parents[this.next() % parents.length]!;
    }
    const key = NATURAL_KEYS[table];
    if (key) {
      const taken = selectAll(this.db, `SELECT id FROM ${table} WHERE ${key.map((column) => `${column} = ?`).join(' AND ')}`, key.map((column) => row[column]!));
      if (taken.length > 0) return null;
    }
    inTransaction(this.db, () => this.recorder().insert(table, row));
    return String(row.id);
  }

  update(table: UserTable, id: string, column: number, pick: number): void {
    const columns = Object.keys(DOMAINS[table]).filter((name) => DOMAINS[table][name]!.kind !== 'fixed' && !NATURAL_KEYS[table]?.includes(name));
    const name = columns[column % columns.length]!;
    const value = this.value(table, name, DOMAINS[table][name]!, pick);
    if (value !== undefined) inTransaction(this.db, () => this.recorder().update(table, id, { [name]: value }));
  }

  /** A unit the moved unit may go under (never itself or one of its subunits), or the top level. */
  private parentAvoidingLoops(id: string, pick: number): string | null {
    const below = new Set([id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const row of selectAll(this.db, 'SELECT id, parent_id FROM org_unit')) {
        if (row.parent_id !== null && below.has(String(row.parent_id)) && !below.has(String(row.id))) {
          below.add(String(row.id));
          grew = true;
        }
      }
    }
    const allowed = this.ids('org_unit').filter((unit) => !below.has(unit));
    return allowed.length === 0 || pick % 4 === 0 ? null : allowed[pick % allowed.length]!;
  }

  delete(table: UserTable, id: string): void {
    inTransaction(this.db, () => deleteWithReferences(this.db, this.recorder(), table, id));
  }

  apply(edit: Edit, focus: readonly number[]): void {
    if (edit.kind === 'move') {
      const units = this.ids('org_unit');
      const unit = units[edit.record % Math.max(units.length, 1)];
      if (unit) inTransaction(this.db, () => this.recorder().update('org_unit', unit, { parent_id: this.parentAvoidingLoops(unit, edit.value) }));
      return;
    }
    if (edit.kind === 'profile') {
      const [institution] = this.ids('institution');
      const patch = PROFILE_GROUPS[edit.value % PROFILE_GROUPS.length]!;
      inTransaction(this.db, () => this.recorder().update('institution', institution!, patch));
      return;
    }
    const tables = edit.kind === 'update' ? ALL_TABLES : EDITABLE_TABLES;
    const table = tables[focus[edit.table % focus.length]! % tables.length]!;
    if (edit.kind === 'insert') {
      this.insert(table, edit.value);
      return;
    }
    const ids = this.ids(table);
    if (ids.length === 0) return;
    const id = ids[edit.record % ids.length]!;
    if (edit.kind === 'delete') this.delete(table, id);
    else if (!NATURAL_KEYS[table] || table === 'plan_text') this.update(table, id, edit.column, edit.value);
  }
}

/** How many records of each kind a base plan starts with (the links are drawn between them). */
const BASE_COUNTS: [UserTable, number][] = [
  ['org_unit', 5], ['person', 3], ['account', 4], ['account_person', 3], ['swot_item', 4], ['came_option', 2], ['came_option_item', 2],
  ['objective', 3], ['objective_swot', 3], ['kpi', 3], ['strategy_line', 2], ['strategy_line_objective', 2], ['cost_role', 2],
  ['tactic', 3], ['tactic_account', 2], ['document_version', 1],
];

/** A base plan of a few records of every kind, fixed by the seed; returns its bytes. */
export async function randomBasePlan(SQL: SqlJsStatic, seed: number): Promise<Uint8Array> {
  const db = openOwn(SQL, await blankPlan());
  try {
    const next = prng(seed);
    const editor = new PlanEditor(db, 'Base', next, 0);
    for (const [table, count] of BASE_COUNTS) for (let index = 0; index < count; index++) editor.insert(table, next());
    // Then some edits, so that references also run "backwards" (units to the people made after them) and units nest.
    const kinds: Edit['kind'][] = ['update', 'update', 'move'];
    for (let index = 0; index < 12; index++) {
      editor.apply({ kind: kinds[next() % kinds.length]!, table: next(), record: next(), column: next(), value: next() }, [next()]);
    }
    return db.export();
  } finally {
    db.close();
  }
}

/** A copy of the plan in `bytes` after the edits: its snapshot and its bytes. */
export function editedCopy(
  SQL: SqlJsStatic,
  bytes: Uint8Array,
  author: string,
  seed: number,
  edits: readonly Edit[],
  focus: readonly number[],
): { snapshot: PlanSnapshot; bytes: Uint8Array } {
  const db = openOwn(SQL, bytes);
  try {
    const editor = new PlanEditor(db, author, prng(seed), 1);
    for (const edit of edits) editor.apply(edit, focus);
    return { snapshot: readSnapshot(db), bytes: db.export() };
  } finally {
    db.close();
  }
}

export function snapshotOf(SQL: SqlJsStatic, bytes: Uint8Array): PlanSnapshot {
  const db = openOwn(SQL, bytes);
  try {
    return readSnapshot(db);
  } finally {
    db.close();
  }
}
