import { readInstitution } from '../../db/repos/institution';
import { readMeta } from '../../db/repos/meta';
import { buildPlanDocument } from '../../docx';
import { planCounts } from './inventory';
import type { Handlers } from './context';

export const documentHandlers = {
  'document.export': async (input, context) => {
    const { db } = context.requireSession();
    const institution = readInstitution(db);
    return buildPlanDocument(
      { meta: readMeta(db), institution, counts: planCounts(db, context), generatedAt: context.now().toISOString() },
      { lang: input?.lang ?? institution.language },
    );
  },
} satisfies Partial<Handlers>;
