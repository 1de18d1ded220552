import { summaryByPlatform, summaryByUnit } from '../../../shared/audit/summary';
import type { PlanDocumentData } from '../../../shared/docx';
import { computePlanChecks } from '../../../shared/action/checks';
import { effortTotals } from '../../../shared/action/effort';
import { traceability } from '../../../shared/action/traceability';
import type { ActionPlan } from '../../../shared/model/action-plan';
import { PLAN_TEXT_KEYS, type DocumentSetup } from '../../../shared/model/document';
import type { Account } from '../../../shared/model/accounts';
import type { InstitutionProfile } from '../../../shared/model/institution';
import type { Inventory } from '../../../shared/model/inventory';
import type { PlanCounts, PlanMeta } from '../../../shared/model/plan';

/** Document data built by hand, for cases a real plan cannot hold (hostile files, odd counts). */
export function planData(
  overrides: {
    meta?: Partial<PlanMeta>;
    institution?: Partial<InstitutionProfile>;
    counts?: Partial<PlanCounts>;
    inventory?: Partial<Inventory>;
    action?: Partial<ActionPlan>;
    document?: Partial<DocumentSetup>;
    generatedAt?: string;
  } = {},
): PlanDocumentData {
  const inventory: Inventory = { units: [], people: [], accounts: [], settings: { dormantAfterDays: 90 }, findings: [], ...overrides.inventory };
  return {
    meta: {
      planId: '8a4f0c1e-5b2d-4c3a-9e8f-1a2b3c4d5e6f',
      revision: 7,
      appVersion: '0.1.0',
      formatVersion: 1,
      status: 'draft',
      versionLabel: '0.3',
      createdAt: '2026-02-01T09:00:00.000Z',
      updatedAt: '2026-03-10T12:00:00.000Z',
      ...overrides.meta,
    },
    institution: {
      id: '0f1e2d3c-4b5a-4968-8776-655443322110',
      name: 'Diputación Provincial de Ejemplo',
      type: 'provincial_council',
      planTitle: 'Plan de redes sociales 2026-2027',
      periodStart: '2026-01-01',
      periodEnd: '2027-12-31',
      authors: ['Ana García', 'Luis Pérez'],
      contact: 'prensa@dipejemplo.es',
      language: 'es',
      logo: null,
      updatedAt: '2026-03-10T12:00:00.000Z',
      updatedBy: 'Ana García',
      ...overrides.institution,
    },
    counts: {
      units: 4,
      accounts: 11,
      people: 6,
      findings: 2,
      swotItems: 0,
      cameOptions: 0,
      objectives: 0,
      kpis: 0,
      strategyLines: 0,
      tactics: 0,
      ...overrides.counts,
    },
    // The summaries as the engine makes them, from the records given.
    inventory: { ...inventory, byPlatform: summaryByPlatform(inventory.accounts), byUnit: summaryByUnit(inventory.accounts, inventory.units) },
    action: actionPlan(overrides.action),
    document: documentSetup(overrides.document),
    generatedAt: overrides.generatedAt ?? '2026-03-15T10:30:00.000Z',
  };
}

/** An action plan from the records given, with its checks, totals and traceability computed as the engine does. */
export function actionPlan(records: Partial<ActionPlan> = {}): ActionPlan {
  const { swot = [], came = [], objectives = [], kpis = [], lines = [], tactics = [], roles = [] } = records;
  const settings = records.settings ?? { annualHours: 1642 };
  const period = records.period ?? { start: '2026-01-01', end: '2027-12-31' };
  return {
    swot, came, objectives, kpis, lines, tactics, roles, settings, period,
    checks: records.checks ?? computePlanChecks({ swot, objectives, kpis, lines, tactics, period }),
    totals: records.totals ?? effortTotals(tactics, roles, settings, period),
    smartMissing: records.smartMissing ?? {},
    traceability: records.traceability ?? traceability(swot, objectives, lines, tactics, kpis),
  };
}

let nextId = 1;
/** A distinct, valid-looking UUID for hand-made records. */
export function testId(): string {
  return `00000000-0000-4000-8000-${String(nextId++).padStart(12, '0')}`;
}

/** An account record with every field filled in plainly; tests override what they are about. */
export function accountRecord(fields: Partial<Account> = {}): Account {
  return {
    id: testId(),
    platform: 'facebook',
    handle: 'villanueva',
    url: '',
    displayName: 'Ayuntamiento',
    unitId: null,
    status: 'active',
    purpose: 'informative',
    audience: '',
    languages: ['es'],
    followers: 100,
    postsPerWeek: 3,
    lastPostOn: '2026-03-01',
    verified: false,
    credentialsHolderId: null,
    twoFactor: true,
    recoveryEmailCorporate: true,
    openedOn: null,
    notes: '',
    peopleIds: [],
    ...fields,
  };
}

/** A document setup as a new plan has it, with what a test gives. */
export function documentSetup(setup: Partial<DocumentSetup> = {}): DocumentSetup {
  return {
    settings: {
      id: '5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
      documentType: '',
      owningUnitId: null,
      approvedBy: '',
      approvedOn: null,
      approvalReference: '',
      nextReviewOn: null,
      relatedDocuments: '',
      legislation: '',
      excludedParts: [],
      draftMarking: 'auto',
      emptyParts: 'note',
      ...setup.settings,
    },
    versions: setup.versions ?? [],
    texts: { ...(Object.fromEntries(PLAN_TEXT_KEYS.map((key) => [key, ''])) as DocumentSetup['texts']), ...setup.texts },
  };
}
