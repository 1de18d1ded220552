import type { PlanCheck } from '../action/checks';
import type { EffortTotals } from '../action/effort';
import type { SmartPart } from '../action/smart';
import type { TraceRow } from '../action/traceability';
import type { CameOption, CostRole, Kpi, Objective, ResourceSettings, StrategyLine, SwotItem, Tactic } from './action';

/** The chain from diagnosis to action, with everything computed from it. */
export interface ActionPlan {
  swot: SwotItem[];
  came: CameOption[];
  objectives: Objective[];
  kpis: Kpi[];
  lines: StrategyLine[];
  tactics: Tactic[];
  roles: CostRole[];
  settings: ResourceSettings;
  period: { start: string; end: string };
  checks: PlanCheck[];
  totals: EffortTotals;
  /** Objective id → the SMART parts it is missing. */
  smartMissing: Record<string, SmartPart[]>;
  traceability: TraceRow[];
}
