import type { DocumentOptions, PlanDocumentData } from './types';
export type { DocumentOptions, PlanDocumentData } from './types';

// Placeholder until the document builder lands (being written in parallel).
export async function buildPlanDocument(_data: PlanDocumentData, _options: DocumentOptions): Promise<Uint8Array> {
  throw new Error('not yet');
}
