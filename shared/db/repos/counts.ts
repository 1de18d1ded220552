import type { Database } from 'sql.js';
import type { PlanCounts } from '../../model/plan';
import { selectValue } from '../sql';

export function readCounts(db: Database): Omit<PlanCounts, 'findings'> {
  return {
    units: Number(selectValue(db, 'SELECT count(*) FROM org_unit')),
    accounts: Number(selectValue(db, 'SELECT count(*) FROM account')),
    people: Number(selectValue(db, 'SELECT count(*) FROM person')),
    swotItems: Number(selectValue(db, 'SELECT count(*) FROM swot_item')),
    cameOptions: Number(selectValue(db, 'SELECT count(*) FROM came_option')),
    objectives: Number(selectValue(db, 'SELECT count(*) FROM objective')),
    kpis: Number(selectValue(db, 'SELECT count(*) FROM kpi')),
    strategyLines: Number(selectValue(db, 'SELECT count(*) FROM strategy_line')),
    tactics: Number(selectValue(db, 'SELECT count(*) FROM tactic')),
  };
}
