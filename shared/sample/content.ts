import type { EngineOptions } from '../engine/engine';
import type { InstitutionType } from '../model/institution';

/**
 * The sample plan: a fictional town council. Every name is invented; the contact uses a
 * reserved `.example` domain and the postcode 00000 (unused in Spain) so that nobody can
 * mistake it for, or reach, a real administration.
 */
export const SAMPLE_PROFILE = {
  name: 'Ayuntamiento de Villanueva del Río',
  type: 'town_council' satisfies InstitutionType,
  planTitle: 'Plan de presencia institucional en redes sociales 2026-2027',
  periodStart: '2026-01-01',
  periodEnd: '2027-12-31',
  authors: [
    'Lucía Ferrer Ortega, jefa del Gabinete de Comunicación',
    'Marcos Ibáñez Ruiz, técnico de redes sociales',
    'Elena Castaño Gil, técnica de participación ciudadana',
  ],
  contact: 'Gabinete de Comunicación · Plaza Mayor, 1 · 00000 Villanueva del Río · comunicacion@villanuevadelrio.example',
  language: 'es',
} as const;

/**
 * The sample is built as if by its authors on a fixed day, so that rebuilding it only changes
 * what was meant to change (the plan id is still new every time).
 */
export const SAMPLE_ENGINE_SETTINGS = {
  author: 'Gabinete de Comunicación',
  lang: 'es',
  clock: () => new Date('2026-01-12T09:30:00.000Z'),
} as const satisfies Omit<EngineOptions, 'SQL'>;
