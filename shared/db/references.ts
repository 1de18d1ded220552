import type { Database } from 'sql.js';
import type { ChangeRecorder } from './changes';
import { selectAll } from './sql';
import { REFERENCES, type TableName } from './tables';

/**
 * Deletes a record and deals with everything that refers to it, as REFERENCES says: links and
 * dependent records go (recursively), optional references are cleared. Every step goes
 * through the recorder, so one undo brings it all back. Callers that want a different fate
 * for some references (moving accounts to another unit, say) handle those first.
 */
export function deleteWithReferences(db: Database, recorder: ChangeRecorder, table: TableName, id: string): void {
  for (const reference of REFERENCES) {
    if (reference.target !== table) continue;
    const referring = selectAll(db, `SELECT id FROM ${reference.table} WHERE ${reference.column} = ?`, [id]).map((row) => String(row.id));
    for (const referringId of referring) {
      if (reference.table === table && referringId === id) continue;
      if (reference.onDelete === 'delete') deleteWithReferences(db, recorder, reference.table, referringId);
      else recorder.update(reference.table, referringId, { [reference.column]: null });
    }
  }
  recorder.delete(table, id);
}
