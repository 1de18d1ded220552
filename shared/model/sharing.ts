import { z } from 'zod';
import { bytesSchema } from './bytes';
import { isoDateSchema, lineText } from './text';
import type { SnapshotInfo } from '../db/repos/snapshots';
import type { LogEntry } from '../db/repos/change-log';
import type { DescribedChange, DescribedConflict, DescribedSection } from '../merge/describe';
import type { SectionId } from '../merge/labels';
import type { Relation } from '../sharing/lineage';
import type { PlanStatus } from './plan';

export type { SnapshotInfo } from '../db/repos/snapshots';
export type { Relation } from '../sharing/lineage';

/** A received copy: its bytes and the name it came with (for messages and the history). */
export const otherCopySchema = z.object({ bytes: bytesSchema, name: lineText(260).pipe(z.string().min(1, 'name')) }).strict();

export const prepareCopySchema = z
  .object({
    /** Who the copy is for (a colleague, a department): kept with the copy, shown when it comes back. */
    recipient: lineText(200).optional(),
    /** A department package: only this unit's part. */
    unitId: z.string().uuid().nullable().optional(),
  })
  .strict();

export interface PreparedCopy {
  /** Hands the copy to plan.recordCopy once it is written. */
  token: string;
  bytes: Uint8Array;
  sha256: string;
  fileName: string;
  revision: number;
  /** The unit of a department package. */
  unitName: string | null;
  sizeBytes: number;
}

/** How a copy was made: prepared to send from another copy of the plan. */
export interface CopyOrigin {
  preparedAt: string;
  preparedBy: string;
  recipient: string;
  unitName: string | null;
}

/** Where a received copy comes from and how it stands to the open plan. */
export interface CopyLineage {
  relation: Relation;
  /** The copy's revision and its latest edit. */
  revision: number;
  lastEditedAt: string;
  lastEditedBy: string;
  /** How the copy was made, when it was prepared to send from this or another copy of the plan. */
  origin: CopyOrigin | null;
  /** The snapshot both keep: a merge can tell what each side changed since. */
  ancestor: { createdAt: string; createdBy: string; kind: SnapshotInfo['kind']; label: string } | null;
}

export interface CopyComparison {
  lineage: CopyLineage;
  /** From the open plan to the copy: what the copy has that differs. */
  sections: DescribedSection[];
  counts: { added: number; changed: number; removed: number };
}

/** A change the other copy brings, as offered for acceptance. */
export interface OfferedChange extends DescribedChange {
  /** "table:id": what `rejected` names. */
  key: string;
  section: SectionId;
}

/** A conflict with both values, for the user to choose. */
export interface OfferedConflict extends DescribedConflict {
  fields: { label: string; base: string; mine: string; theirs: string }[];
}

export interface MergePreview {
  token: string;
  lineage: CopyLineage;
  /** False when the copies share no snapshot: deletions cannot be told from additions. */
  ancestorFound: boolean;
  /** A department package merges into its unit only. */
  unitName: string | null;
  /** Changes of the other copy left out because they lie outside the package's unit. */
  ignoredOutsideUnit: number;
  changes: OfferedChange[];
  conflicts: OfferedConflict[];
}

export const mergeApplySchema = z
  .object({
    token: z.string().uuid(),
    choices: z.record(z.string().max(400), z.enum(['mine', 'theirs'])),
    rejected: z.array(z.string().max(200)).max(200_000),
  })
  .strict();

export interface MergeOutcome {
  via: string;
  added: number;
  changed: number;
  removed: number;
  conflicts: number;
  revision: number;
}

/** One merge in the plan's history: what came from which copy and who had edited it. */
export interface MergeRecord {
  at: string;
  /** Who merged. */
  author: string;
  via: string;
  editors: string[];
  added: number;
  changed: number;
  removed: number;
}

export const statusChangeSchema = z.object({ status: z.enum(['draft', 'in_review']) }).strict();

export const approveSchema = z
  .object({
    approvedBy: lineText(300).pipe(z.string().min(1, 'approvedBy')),
    approvedOn: isoDateSchema,
    reference: lineText(300),
    versionLabel: lineText(60).pipe(z.string().min(1, 'versionLabel')),
  })
  .strict();

export interface ApprovalOutcome {
  version: SnapshotInfo;
  /** The label of the new draft the work goes on in. */
  draftLabel: string;
  status: PlanStatus;
}

export const historyQuerySchema = z
  .object({
    sections: z.array(z.string().max(40)).max(20).optional(),
    recordId: z.string().max(100).optional(),
    author: z.string().max(200).optional(),
    via: z.string().max(300).optional(),
    text: z.string().max(200).optional(),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
    offset: z.number().int().min(0).default(0),
  })
  .strict();

export interface HistoryEntry extends LogEntry {
  /** The app's section the record belongs to; null for events of the whole plan. */
  section: SectionId | null;
  /** "Cuenta", "Táctica"…; empty for events. */
  record: string;
  fieldLabels: string[];
}

export interface HistoryPage {
  entries: HistoryEntry[];
  total: number;
  authors: string[];
}

export const versionExportSchema = z
  .object({ id: z.string().uuid(), lang: z.enum(['es', 'en']).optional() })
  .strict();
