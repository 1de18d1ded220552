import type { SqlJsStatic } from 'sql.js';
import { writeRow, type Stamp } from '../../shared/db/changes';
import { kpiMapper, lineMapper, objectiveMapper, swotMapper, tacticMapper } from '../../shared/db/repos/action';
import { applySessionPragmas } from '../../shared/db/schema';
import { inTransaction } from '../../shared/db/sql';
import type { Row, TableName } from '../../shared/db/tables';
import { SWOT_QUADRANTS, TACTIC_STATUSES } from '../../shared/model/action';
import { seededRandom } from './seeded-random';

/** Issue 4's large action plan: 200 SWOT items, 50 objectives, 150 KPIs, 20 lines, 2,000 tactics. */
export const LARGE_ACTION_PLAN = { swot: 200, objectives: 50, kpisPerObjective: 3, lines: 20, tactics: 2000 };

const STAMP: Stamp = { author: 'Benchmark', now: '2026-01-12T09:00:00.000Z' };
const uuid = () => crypto.randomUUID();

/**
 * Adds the action plan to a plan's bytes with shared/db's own column mappers, in one
 * transaction (engine calls would re-read the whole action plan for each of 2,400 creations).
 * Some records lack what the plan checks look for, so the checks have work to do.
 */
export function fillLargeActionPlan(SQL: SqlJsStatic, planBytes: Uint8Array): Uint8Array {
  const db = new SQL.Database(planBytes);
  const random = seededRandom(4);
  const write = (table: TableName, row: Row) =>
    writeRow(db, table, { ...row, created_at: STAMP.now, updated_at: STAMP.now, created_by: STAMP.author, updated_by: STAMP.author });
  try {
    applySessionPragmas(db);
    inTransaction(db, () => {
      const swot = Array.from({ length: LARGE_ACTION_PLAN.swot }, (_, index) => {
        const id = uuid();
        const quadrant = SWOT_QUADRANTS[index % 4]!;
        write('swot_item', { id, ...swotMapper.toColumns({ quadrant, text: `Elemento ${index + 1}`, weight: 1 + (index % 5), evidence: '', source: 'manual', sourceRef: '', position: index }) });
        return { id, quadrant };
      });
      const weaknesses = swot.filter((item) => item.quadrant === 'weakness' || item.quadrant === 'threat');
      const objectives = Array.from({ length: LARGE_ACTION_PLAN.objectives }, (_, index) => {
        const id = uuid();
        write('objective', { id, ...objectiveMapper.toColumns({ statement: `Objetivo ${index + 1} medible con plazo y responsable`, deadline: '2027-06-30', ownerId: null, position: index }) });
        write('objective_swot', { id: uuid(), objective_id: id, swot_item_id: weaknesses[index % weaknesses.length]!.id });
        for (let k = 0; k < LARGE_ACTION_PLAN.kpisPerObjective; k++) {
          write('kpi', {
            id: uuid(),
            ...kpiMapper.toColumns({ metric: 'reach', name: '', unit: '%', baseline: k === 2 ? null : 10, target: 40, deadline: null, source: '', frequency: 'monthly', ownerId: null, position: k }),
            objective_id: id,
          });
        }
        return id;
      });
      const lines = Array.from({ length: LARGE_ACTION_PLAN.lines }, (_, index) => {
        const id = uuid();
        write('strategy_line', { id, ...lineMapper.toColumns({ name: `Línea ${index + 1}`, description: '', cameOptionId: null, position: index }) });
        write('strategy_line_objective', { id: uuid(), line_id: id, objective_id: objectives[index % objectives.length]! });
        return id;
      });
      for (let index = 0; index < LARGE_ACTION_PLAN.tactics; index++) {
        const startDay = Math.floor(random() * 600);
        const start = new Date(Date.UTC(2026, 0, 1 + startDay)).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2026, 0, 1 + startDay + 7 + Math.floor(random() * 120))).toISOString().slice(0, 10);
        write('tactic', {
          id: uuid(),
          ...tacticMapper.toColumns({
            title: `Acción ${index + 1}`, description: '', unitId: null, ownerId: null, startOn: index % 50 === 0 ? null : start, endOn: end,
            hoursOnce: 4, hoursPerWeek: 1, roleId: null, otherCost: 0, status: TACTIC_STATUSES[index % 4]!, position: index,
          }),
          line_id: lines[index % lines.length]!,
        });
      }
    });
    return db.export();
  } finally {
    db.close();
  }
}
