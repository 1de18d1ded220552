import type { Database } from 'sql.js';
import type { ChangeRecorder } from '../changes';
import { selectAll, selectValue } from '../sql';
import type { Row } from '../tables';
import type { OrgUnit, UnitKind } from '../../model/units';

export function listUnits(db: Database): OrgUnit[] {
  return selectAll(db, 'SELECT id, parent_id, name, kind, position, responsible_id, contact FROM org_unit ORDER BY position, name').map(toUnit);
}

function toUnit(row: Row): OrgUnit {
  return {
    id: String(row.id),
    parentId: row.parent_id === null ? null : String(row.parent_id),
    name: String(row.name),
    kind: String(row.kind) as UnitKind,
    position: Number(row.position),
    responsibleId: row.responsible_id === null ? null : String(row.responsible_id),
    contact: String(row.contact),
  };
}

export function unitColumns(fields: Partial<Omit<OrgUnit, 'id'>>): Row {
  const row: Row = {};
  if (fields.parentId !== undefined) row.parent_id = fields.parentId;
  if (fields.name !== undefined) row.name = fields.name;
  if (fields.kind !== undefined) row.kind = fields.kind;
  if (fields.position !== undefined) row.position = fields.position;
  if (fields.responsibleId !== undefined) row.responsible_id = fields.responsibleId;
  if (fields.contact !== undefined) row.contact = fields.contact;
  return row;
}

export function unitExists(db: Database, id: string): boolean {
  return Number(selectValue(db, 'SELECT count(*) FROM org_unit WHERE id = ?', [id])) > 0;
}

/** Ids of the unit and all units below it. */
export function subtreeIds(db: Database, id: string): string[] {
  return selectAll(
    db,
    `WITH RECURSIVE below(id) AS (SELECT ? UNION SELECT org_unit.id FROM org_unit JOIN below ON org_unit.parent_id = below.id)
     SELECT id FROM below`,
    [id],
  ).map((row) => String(row.id));
}

export function childIds(db: Database, parentId: string | null): string[] {
  const rows =
    parentId === null
      ? selectAll(db, 'SELECT id FROM org_unit WHERE parent_id IS NULL ORDER BY position, name')
      : selectAll(db, 'SELECT id FROM org_unit WHERE parent_id = ? ORDER BY position, name', [parentId]);
  return rows.map((row) => String(row.id));
}

/** Numbers a parent's children 0, 1, 2… in the given order (only rows whose position changes are written). */
export function renumberChildren(recorder: ChangeRecorder, orderedIds: string[], parentId: string | null): void {
  orderedIds.forEach((id, position) => recorder.update('org_unit', id, { position, parent_id: parentId }));
}

export function nextPosition(db: Database, parentId: string | null): number {
  return childIds(db, parentId).length;
}

/** A unit's name, or null when there is no such unit (any more). */
export function unitName(db: Database, id: string): string | null {
  const value = selectValue(db, 'SELECT name FROM org_unit WHERE id = ?', [id]);
  return typeof value === 'string' ? value : null;
}
