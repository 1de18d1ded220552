import type { Database } from 'sql.js';
import { selectOne } from '../sql';
import type { AuditSettings } from '../../model/accounts';

export function readAuditSettings(db: Database): AuditSettings & { id: string } {
  const row = selectOne(db, 'SELECT id, dormant_after_days FROM audit_settings LIMIT 1');
  if (!row) throw new Error('audit_settings missing');
  return { id: String(row.id), dormantAfterDays: Number(row.dormant_after_days) };
}
