import type { Database } from 'sql.js';
import { selectAll, selectValue } from '../sql';
import type { Row } from '../tables';
import type { Person } from '../../model/people';

export function listPeople(db: Database): Person[] {
  return selectAll(db, 'SELECT id, name, role, unit_id, email, phone FROM person ORDER BY name COLLATE NOCASE').map((row) => ({
    id: String(row.id),
    name: String(row.name),
    role: String(row.role),
    unitId: row.unit_id === null ? null : String(row.unit_id),
    email: String(row.email),
    phone: String(row.phone),
  }));
}

export function personColumns(fields: Partial<Omit<Person, 'id'>>): Row {
  const row: Row = {};
  if (fields.name !== undefined) row.name = fields.name;
  if (fields.role !== undefined) row.role = fields.role;
  if (fields.unitId !== undefined) row.unit_id = fields.unitId;
  if (fields.email !== undefined) row.email = fields.email;
  if (fields.phone !== undefined) row.phone = fields.phone;
  return row;
}

export function personExists(db: Database, id: string): boolean {
  return Number(selectValue(db, 'SELECT count(*) FROM person WHERE id = ?', [id])) > 0;
}
