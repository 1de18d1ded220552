export const PLAN_STATUSES = ['draft', 'in_review', 'approved'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What identifies a plan file and where it stands. */
export interface PlanMeta {
  planId: string;
  revision: number;
  appVersion: string;
  formatVersion: number;
  status: PlanStatus;
  versionLabel: string;
  createdAt: string;
  updatedAt: string;
}

export interface PlanCounts {
  units: number;
  accounts: number;
  people: number;
  /** Audit findings of the inventory (how many kinds of problem are present). */
  findings: number;
  swotItems: number;
  cameOptions: number;
  objectives: number;
  kpis: number;
  strategyLines: number;
  tactics: number;
}

/** The `info --json` shape; later sections add their own keys to `counts`. */
export interface PlanInfo {
  institution: { name: string; type: string };
  plan: { id: string; title: string; period: string; status: PlanStatus; revision: number; language: string };
  counts: PlanCounts;
}
