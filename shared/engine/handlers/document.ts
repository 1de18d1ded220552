import { summaryByPlatform, summaryByUnit } from '../../audit/summary';
import { readInstitution } from '../../db/repos/institution';
import { readMeta } from '../../db/repos/meta';
import { buildPlanDocument } from '../../docx';
import { planCounts, readInventory } from './inventory';
import type { Handlers } from './context';

export const documentHandlers = {
  'document.export': async (input, context) => {
    const { db } = context.requireSession();
    const institution = readInstitution(db);
    // The inventory as the screens see it (computed once per revision), its audit as of the
    // document's date, and the summaries of the situation chapter.
    const inventory = readInventory(context);
    return buildPlanDocument(
      {
        meta: readMeta(db),
        institution,
        counts: planCounts(db, context),
        inventory: { ...inventory, byPlatform: summaryByPlatform(inventory.accounts), byUnit: summaryByUnit(inventory.accounts, inventory.units) },
        generatedAt: context.now().toISOString(),
      },
      { lang: input?.lang ?? institution.language },
    );
  },
} satisfies Partial<Handlers>;
