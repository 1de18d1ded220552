import type { Database } from 'sql.js';
import { selectAll, selectValue } from './sql';
import { TABLE_COLUMNS } from './tables';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/**
 * Rules of our own that SQLite cannot check: integrity_check passes about one in six
 * single-byte corruptions, so the content must also make sense. Returns what is wrong.
 */
export function checkInvariants(db: Database): string[] {
  const problems: string[] = [];
  const count = (sql: string) => Number(selectValue(db, sql) ?? 0);

  if (count('SELECT count(*) FROM plan_meta') !== 1) problems.push('plan_meta rows');
  if (count('SELECT count(*) FROM institution') !== 1) problems.push('institution rows');
  if (count('SELECT count(*) FROM audit_settings') !== 1) problems.push('audit_settings rows');
  if (count('SELECT count(*) FROM resource_settings') !== 1) problems.push('resource_settings rows');
  if (count('SELECT count(*) FROM document_settings') !== 1) problems.push('document_settings rows');

  for (const table of Object.keys(TABLE_COLUMNS)) {
    for (const row of selectAll(db, `SELECT id, created_at, updated_at FROM ${table}`)) {
      if (typeof row.id !== 'string' || !UUID.test(row.id)) problems.push(`${table} id`);
      if (Number.isNaN(Date.parse(String(row.created_at))) || Number.isNaN(Date.parse(String(row.updated_at)))) {
        problems.push(`${table} timestamps`);
      }
    }
  }
  // Integers beyond 2^53 would come back rounded.
  if (count(`SELECT count(*) FROM plan_meta WHERE revision > ${MAX_SAFE}`) > 0) problems.push('revision range');
  if (count(`SELECT count(*) FROM org_unit WHERE abs(position) > ${MAX_SAFE}`) > 0) problems.push('position range');
  if (count(`SELECT count(*) FROM account WHERE followers > ${MAX_SAFE}`) > 0) problems.push('followers range');
  const badDates = count(`SELECT count(*) FROM account WHERE
    (last_post_on IS NOT NULL AND (length(last_post_on) <> 10 OR date(last_post_on) IS NOT last_post_on)) OR
    (opened_on IS NOT NULL AND (length(opened_on) <> 10 OR date(opened_on) IS NOT opened_on))`);
  if (badDates > 0) problems.push('account dates');
  for (const [table, column] of [
    ['objective', 'deadline'], ['kpi', 'deadline'], ['tactic', 'start_on'], ['tactic', 'end_on'],
    ['document_settings', 'approved_on'], ['document_settings', 'next_review_on'], ['document_version', 'issued_on'],
  ] as const) {
    if (count(`SELECT count(*) FROM ${table} WHERE ${column} IS NOT NULL AND (length(${column}) <> 10 OR date(${column}) IS NOT ${column})`) > 0) {
      problems.push(`${table} dates`);
    }
  }

  for (const row of selectAll(db, 'SELECT period_start, period_end FROM institution')) {
    const start = String(row.period_start);
    const end = String(row.period_end);
    if (!ISO_DATE.test(start) || !ISO_DATE.test(end) || start > end) problems.push('plan period');
  }
  const logoMismatch = count('SELECT count(*) FROM institution WHERE (logo IS NULL) <> (logo_mime IS NULL)');
  if (logoMismatch > 0) problems.push('logo');

  const cycles = count(`
    WITH RECURSIVE walk(start, id, depth) AS (
      SELECT id, parent_id, 1 FROM org_unit WHERE parent_id IS NOT NULL
      UNION ALL
      SELECT walk.start, org_unit.parent_id, walk.depth + 1 FROM walk JOIN org_unit ON org_unit.id = walk.id
      WHERE org_unit.parent_id IS NOT NULL AND walk.depth < 10000 AND walk.id <> walk.start
    )
    SELECT count(*) FROM walk WHERE id = start`);
  if (cycles > 0) problems.push('unit tree cycle');
  return [...new Set(problems)];
}
