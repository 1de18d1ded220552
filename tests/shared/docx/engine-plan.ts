import type { SqlJsStatic } from 'sql.js';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';
import { PlanEngine } from '../../../shared/engine/engine';
import type { SvgRasterizer } from '../../../shared/docx';
import type { PlanStatus } from '../../../shared/model/plan';

/**
 * A real plan in a real engine, as the application creates and edits one. Charts are drawn only
 * when a rasterizer is given (electron/node/rasterize.ts, as the command line does): drawing them
 * takes a few tenths of a second that most document tests do not need to spend.
 */
export async function engineWithPlan(options: { rasterize?: SvgRasterizer } = {}): Promise<{ engine: PlanEngine; SQL: SqlJsStatic }> {
  const SQL = await loadSqlJsForNode();
  const engine = new PlanEngine({ SQL, author: 'Ana García', clock: () => new Date('2026-03-15T10:30:00.000Z'), ...options });
  await engine.call('plan.create', {
    institutionName: 'Ayuntamiento de Villanueva',
    institutionType: 'town_council',
    periodStart: '2026-01-01',
    periodEnd: '2027-12-31',
  });
  await engine.call('institution.update', {
    authors: ['Ana García', 'Luis Pérez', 'Marta Ruiz'],
    contact: 'Gabinete de Comunicación, comunicacion@villanueva.es, https://www.villanueva.es/prensa',
  });
  return { engine, SQL };
}

/**
 * The engine's plan with its status set straight in the database: approval has no call yet,
 * so the plan is saved, changed with SQL on a copy this test owns, and opened again.
 */
export async function withStatus(engine: PlanEngine, SQL: SqlJsStatic, status: PlanStatus): Promise<PlanEngine> {
  const { bytes } = await engine.call('plan.export');
  const db = new SQL.Database(bytes);
  try {
    db.run('UPDATE plan_meta SET status = ?', [status]);
    const changed = db.export();
    const reopened = new PlanEngine({ SQL, clock: () => new Date('2026-03-15T10:30:00.000Z') });
    await reopened.call('plan.open', { bytes: changed });
    return reopened;
  } finally {
    db.close();
  }
}
