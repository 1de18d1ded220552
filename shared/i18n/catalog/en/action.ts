import type { SameShape } from '../../types';
import type { action as es } from '../es/action';

export const action: SameShape<typeof es> = {
  quadrants: {
    strength: 'Strength',
    weakness: 'Weakness',
    opportunity: 'Opportunity',
    threat: 'Threat',
  },
  quadrantsPlural: {
    strength: 'Strengths',
    weakness: 'Weaknesses',
    opportunity: 'Opportunities',
    threat: 'Threats',
  },
  strategies: {
    offensive: 'Offensive (strengths × opportunities)',
    defensive: 'Defensive (strengths × threats)',
    reorientation: 'Reorientation (weaknesses × opportunities)',
    survival: 'Survival (weaknesses × threats)',
  },
  came: {
    weakness: 'Correct',
    threat: 'Face',
    strength: 'Maintain',
    opportunity: 'Exploit',
  },
  frequencies: {
    weekly: 'Weekly',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    half_yearly: 'Half-yearly',
    yearly: 'Yearly',
  },
  tacticStatuses: {
    planned: 'Planned',
    in_progress: 'In progress',
    done: 'Done',
    cancelled: 'Cancelled',
  },
  smart: {
    specific: 'Specific',
    measurable: 'Measurable',
    achievable: 'Achievable (has an owner)',
    relevant: 'Relevant (answers the SWOT)',
    timeBound: 'Time-bound',
  },
  checks: {
    OBJECTIVE_NO_KPI: 'Objectives without a KPI',
    KPI_NO_BASELINE: 'KPIs without a baseline',
    KPI_NO_TARGET: 'KPIs without a target',
    TACTIC_NO_OWNER: 'Tactics without an owner',
    TACTIC_NO_DATES: 'Tactics without dates',
    DATES_OUTSIDE_PERIOD: 'Dates outside the plan period',
    LINE_NO_TACTIC: 'Strategy lines with no tactic',
    WEAKNESS_NOT_ADDRESSED: 'Weaknesses no objective addresses',
    THREAT_NOT_ADDRESSED: 'Threats no objective addresses',
  },
  fromFinding: {
    evidence: { one: '{count} account of the inventory ({date}).', other: '{count} accounts of the inventory ({date}).' },
  },
};
