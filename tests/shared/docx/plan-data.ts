import type { PlanDocumentData } from '../../../shared/docx';
import type { InstitutionProfile } from '../../../shared/model/institution';
import type { PlanCounts, PlanMeta } from '../../../shared/model/plan';

/** Document data built by hand, for cases a real plan cannot hold (hostile files, odd counts). */
export function planData(
  overrides: { meta?: Partial<PlanMeta>; institution?: Partial<InstitutionProfile>; counts?: Partial<PlanCounts>; generatedAt?: string } = {},
): PlanDocumentData {
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
    counts: { units: 4, accounts: 11, people: 6, findings: 2, ...overrides.counts },
    generatedAt: overrides.generatedAt ?? '2026-03-15T10:30:00.000Z',
  };
}
