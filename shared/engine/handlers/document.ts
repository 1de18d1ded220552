import type { Database } from 'sql.js';
import { summaryByPlatform, summaryByUnit } from '../../audit/summary';
import { RumboError } from '../../errors';
import { readInstitution } from '../../db/repos/institution';
import { readMeta } from '../../db/repos/meta';
import { documentSettingsColumns, documentVersionMapper, planTextId, readDocumentSettings, readDocumentSetup } from '../../db/repos/document';
import { rowExists, siblingIds } from '../../db/repos/rows';
import { buildPlanDocument, previewPlanDocument, type DocumentOptions, type PlanDocumentData } from '../../docx';
import { readActionPlan } from './action';
import { planCounts, readInventory } from './inventory';
import { recorderOf, type HandlerContext, type Handlers } from './context';
import type { CallParsed } from '../contract';

export const documentHandlers = {
  'document.get': (_input, context) => readDocumentSetup(context.requireSession().db),

  'document.update': (patch, context) => {
    const { db } = context.requireSession();
    if (patch.owningUnitId && !rowExists(db, 'org_unit', patch.owningUnitId)) throw new RumboError('NOT_FOUND');
    recorderOf(context).update('document_settings', readDocumentSettings(db).id, documentSettingsColumns(patch));
    return readDocumentSettings(db);
  },

  'documentVersion.create': (input, context) => {
    const { db } = context.requireSession();
    const id = crypto.randomUUID();
    const position = siblingIds(db, 'document_version', null, null).length;
    recorderOf(context).insert('document_version', { id, ...documentVersionMapper.toColumns({ author: '', changes: '', ...input, position }) });
    return versionOf(context, id);
  },

  'documentVersion.update': ({ id, ...fields }, context) => {
    const { db } = context.requireSession();
    if (!rowExists(db, 'document_version', id)) throw new RumboError('NOT_FOUND');
    recorderOf(context).update('document_version', id, documentVersionMapper.toColumns(fields));
    return versionOf(context, id);
  },

  'documentVersion.delete': ({ id }, context) => {
    const { db } = context.requireSession();
    if (!rowExists(db, 'document_version', id)) throw new RumboError('NOT_FOUND');
    recorderOf(context).delete('document_version', id);
  },

  'planText.update': ({ key, body }, context) => {
    const { db } = context.requireSession();
    const recorder = recorderOf(context);
    const id = planTextId(db, key);
    // A row lost from a hand-edited file is made again rather than refusing the text.
    if (id) recorder.update('plan_text', id, { body });
    else recorder.insert('plan_text', { id: crypto.randomUUID(), key, body });
    return readDocumentSetup(db).texts;
  },

  'document.export': async (input, context) => buildPlanDocument(documentData(context), documentOptions(input, context)),

  'document.preview': (input, context) => previewPlanDocument(documentData(context), documentOptions(input, context)),
} satisfies Partial<Handlers>;

function versionOf(context: HandlerContext, id: string) {
  const version = readDocumentSetup(context.requireSession().db).versions.find((row) => row.id === id);
  if (!version) throw new RumboError('NOT_FOUND');
  return version;
}

/** Everything the document shows, read from the open plan. */
export function documentData(context: HandlerContext, db: Database = context.requireSession().db): PlanDocumentData {
  // The inventory as the screens see it (computed once per revision), its audit as of the
  // document's date, and the summaries of the situation chapter.
  const inventory = readInventory(context, db);
  return {
    meta: readMeta(db),
    institution: readInstitution(db),
    counts: planCounts(db, context),
    inventory: { ...inventory, byPlatform: summaryByPlatform(inventory.accounts), byUnit: summaryByUnit(inventory.accounts, inventory.units) },
    action: readActionPlan(db),
    document: readDocumentSetup(db),
    generatedAt: context.now().toISOString(),
  };
}

/** One export's choices over the plan's saved ones. */
export function documentOptions(input: CallParsed<'document.export'>, context: HandlerContext, db: Database = context.requireSession().db): DocumentOptions {
  const saved = readDocumentSettings(db);
  return {
    lang: input?.lang ?? readInstitution(db).language,
    excludedParts: input?.excludedParts ?? saved.excludedParts,
    draftMarking: input?.draftMarking ?? saved.draftMarking,
    emptyParts: input?.emptyParts ?? saved.emptyParts,
    ...(context.rasterize ? { rasterize: context.rasterize } : {}),
  };
}
