import path from 'node:path';
import type { Database, SqlJsStatic } from 'sql.js';
import type { Translator } from '../../../shared/i18n';
import { openPlanBytes } from '../../../shared/db/open';
import { readMeta } from '../../../shared/db/repos/meta';
import { describeDiff, diffCounts, diffPlans, readSnapshot, type DescribedChange, type PlanSnapshot } from '../../../shared/merge';
import { loadSqlJsForNode } from '../../node/sqljs';
import { COMMON_OPTIONS, type Command } from '../command';
import type { CommandContext } from '../context';
import { readPlanFile } from '../plan-file';

/** A plan file opened for comparing or merging: validated like any received file, never written back. */
export interface PlanCopy {
  db: Database;
  planId: string;
  snapshot: PlanSnapshot;
}

/**
 * Reads and opens one plan file. A plan from a newer Rumbo is refused: it may hold tables and
 * columns this build does not know, and a comparison or merge that ignored them would mislead.
 */
export async function openPlanCopy(SQL: SqlJsStatic, file: string, t: Translator): Promise<PlanCopy> {
  const opened = openPlanBytes(SQL, await readPlanFile(file, t));
  try {
    if (opened.readOnlyReason) throw opened.readOnlyReason;
    return { db: opened.db, planId: readMeta(opened.db).planId, snapshot: readSnapshot(opened.db) };
  } catch (error) {
    opened.db.close();
    throw error;
  }
}

/** `rumbo diff <a.rumbo> <b.rumbo> [--json]`: what changes from a to b, in words by section, or as JSON (shape in the usage text). */
export const diffCommand: Command = {
  syntax: { positionals: ['plan', 'other'], options: { ...COMMON_OPTIONS, json: 'flag' } },
  async run({ positionals: [fileA, fileB], flags }, context) {
    const SQL = await loadSqlJsForNode();
    const a = await openPlanCopy(SQL, fileA!, context.t);
    a.db.close();
    const b = await openPlanCopy(SQL, fileB!, context.t);
    b.db.close();
    const diff = diffPlans(a.snapshot, b.snapshot);
    const sections = describeDiff(diff, a.snapshot, b.snapshot, context.lang);
    const samePlan = a.planId === b.planId;
    if (flags.has('json')) {
      const changes = sections.flatMap(({ section, changes }) =>
        changes.map(({ table, id, kind, record, title, by, at, fields, partOf }) => ({ table, id, kind, section, record, title, by, at, fields, partOf })),
      );
      context.print(JSON.stringify({ samePlan, changes }, (_key, value: unknown) => (value instanceof Uint8Array ? { bytes: value.length } : value)));
      return;
    }
    printWords(context, { a: path.basename(fileA!), b: path.basename(fileB!) }, samePlan, diffCounts(diff), sections);
  },
};

function printWords(
  { print, t }: CommandContext,
  names: { a: string; b: string },
  samePlan: boolean,
  counts: { added: number; changed: number; removed: number },
  sections: ReturnType<typeof describeDiff>,
): void {
  if (!samePlan) print(t('cli.diff.otherPlan'));
  if (sections.length === 0) {
    print(t('cli.diff.same', names));
    return;
  }
  print(t('cli.diff.heading', { ...names, ...counts }));
  const along = countAlong(sections.flatMap((section) => section.changes));
  for (const section of sections) {
    const shown = section.changes.filter((change) => change.partOf === null);
    if (shown.length === 0) continue;
    print('');
    print(section.title);
    for (const change of shown) {
      const by = change.by ? t('cli.diff.by', { who: change.by, when: change.at ?? '' }) : '';
      print(t(`cli.diff.${change.kind}`, { title: change.title, by }));
      for (const field of change.fields) print(t('cli.diff.field', { field: field.label, before: field.beforeText, after: field.afterText }));
      const count = along.get(`${change.table}/${change.id}`) ?? 0;
      if (count > 0) print(t('cli.diff.along', { count }));
    }
  }
}

/** For each record listed, how many added or removed records went with it (a KPI, a link...), counted, not listed. */
function countAlong(changes: DescribedChange[]): Map<string, number> {
  const parentOf = new Map(changes.filter((change) => change.partOf).map((change) => [`${change.table}/${change.id}`, change.partOf!]));
  const counts = new Map<string, number>();
  for (const key of parentOf.keys()) {
    let root = key;
    for (let parent = parentOf.get(root); parent; parent = parentOf.get(root)) root = `${parent.table}/${parent.id}`;
    counts.set(root, (counts.get(root) ?? 0) + 1);
  }
  return counts;
}
