import type { SqlJsStatic } from 'sql.js';
import { PlanEngine } from '../../shared/engine/engine';
import { loadSqlJsForNode } from '../../electron/node/sqljs';

export async function sqlJs(): Promise<SqlJsStatic> {
  return loadSqlJsForNode();
}

/** A real engine with a fresh plan in it. */
export async function engineWithPlan(name = 'Ayuntamiento de Villanueva'): Promise<{ engine: PlanEngine; SQL: SqlJsStatic }> {
  const SQL = await sqlJs();
  const engine = new PlanEngine({ SQL, author: 'Ana Pérez' });
  await engine.call('plan.create', { institutionName: name });
  return { engine, SQL };
}

/** The bytes of a sound plan, as they would be saved. */
export async function planBytes(name?: string): Promise<Uint8Array> {
  const { engine } = await engineWithPlan(name);
  return (await engine.call('plan.export')).bytes;
}
