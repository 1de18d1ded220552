import { z } from 'zod';
import type { DocumentPreview } from '../docx/types';
import {
  documentExportSchema,
  documentSettingsPatchSchema,
  documentVersionCreateSchema,
  documentVersionUpdateSchema,
  planTextUpdateSchema,
  type DocumentSettings,
  type DocumentSetup,
  type DocumentVersion,
  type PlanTextKey,
} from '../model/document';
import { LANGUAGES } from '../i18n';
import {
  approveSchema,
  historyQuerySchema,
  mergeApplySchema,
  otherCopySchema,
  prepareCopySchema,
  statusChangeSchema,
  versionExportSchema,
  type ApprovalOutcome,
  type CopyComparison,
  type CopyLineage,
  type CopyOrigin,
  type HistoryPage,
  type MergeOutcome,
  type MergePreview,
  type MergeRecord,
  type PreparedCopy,
  type SnapshotInfo,
} from '../model/sharing';
import { bytesSchema } from '../model/bytes';
import type { ErrorValue } from '../errors';
import { institutionPatchSchema, newPlanSchema, type InstitutionProfile } from '../model/institution';
import type { PlanInfo, PlanMeta } from '../model/plan';
import type { Inventory } from '../model/inventory';
import type { ActionPlan } from '../model/action-plan';
import type { PlanCheck } from '../action/checks';
import {
  cameCreateSchema,
  cameToLineSchema,
  cameUpdateSchema,
  kpiCreateSchema,
  kpiUpdateSchema,
  lineCreateSchema,
  lineUpdateSchema,
  objectiveCreateSchema,
  objectiveUpdateSchema,
  reorderSchema,
  resourceSettingsSchema,
  roleCreateSchema,
  roleUpdateSchema,
  swotCreateSchema,
  swotFromFindingSchema,
  swotMoveSchema,
  swotUpdateSchema,
  tacticCreateSchema,
  tacticUpdateSchema,
  type CameOption,
  type CostRole,
  type Kpi,
  type Objective,
  type ResourceSettings,
  type StrategyLine,
  type SwotItem,
  type Tactic,
} from '../model/action';
import type { Finding } from '../audit/findings';
import {
  exportAccountsSchema,
  importCommitSchema,
  importPreviewSchema,
  type ImportPreview,
  type ImportResult,
} from '../inventory/transfer-schemas';
import { unitCreateSchema, unitDeleteSchema, unitMoveSchema, unitUpdateSchema, type OrgUnit } from '../model/units';
import { personCreateSchema, personUpdateSchema, type Person } from '../model/people';
import {
  accountCreateSchema,
  accountUpdateSchema,
  accountsBulkSchema,
  accountsDeleteSchema,
  auditSettingsSchema,
  type Account,
  type AuditSettings,
} from '../model/accounts';

/** A marker that carries a call's result type; it has no value at run time. */
interface Returns<T> {
  readonly __result?: T;
}
const returns = <T>(): Returns<T> => ({});

interface CallSpec<Input extends z.ZodType, Result, Mutates extends boolean> {
  input: Input;
  result: Returns<Result>;
  /** Changes the plan: refused when read-only, recorded for undo, moves the revision on. */
  mutates: Mutates;
}
const call = <Input extends z.ZodType, Result>(input: Input, result: Returns<Result>): CallSpec<Input, Result, false> => ({
  input,
  result,
  mutates: false,
});
const change = <Input extends z.ZodType, Result>(input: Input, result: Returns<Result>): CallSpec<Input, Result, true> => ({
  input,
  result,
  mutates: true,
});

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: ChangeCall | null;
  redoLabel: ChangeCall | null;
}

/** What the UI needs after every call to show the plan's state. */
export interface PlanState {
  meta: PlanMeta;
  info: PlanInfo;
  readOnly: boolean;
  readOnlyReason: ErrorValue | null;
  history: HistoryState;
  /** When this file is a copy prepared to send: who made it, when, for whom. */
  copyOrigin: CopyOrigin | null;
}

export interface ExportedPlan {
  bytes: Uint8Array;
  sha256: string;
  revision: number;
}

const none = z.object({}).strict().optional();
const byId = z.object({ id: z.string().uuid() }).strict();

/**
 * Every call the plan engine answers, declared once. The engine's handlers and every client
 * (Worker host, command line, tests) derive their types from this map.
 */
export const contract = {
  'session.configure': call(z.object({ author: z.string().trim().min(1).max(200), lang: z.enum(LANGUAGES) }).strict(), returns<void>()),
  'plan.create': call(newPlanSchema, returns<PlanState>()),
  'plan.open': call(z.object({ bytes: bytesSchema, forceReadOnly: z.boolean().optional() }).strict(), returns<PlanState>()),
  'plan.close': call(none, returns<void>()),
  'plan.state': call(none, returns<PlanState>()),
  'plan.info': call(none, returns<PlanInfo>()),
  'plan.export': call(none, returns<ExportedPlan>()),
  'institution.get': call(none, returns<InstitutionProfile>()),
  'institution.update': change(institutionPatchSchema, returns<InstitutionProfile>()),
  'history.undo': call(none, returns<HistoryState>()),
  'history.redo': call(none, returns<HistoryState>()),
  'inventory.get': call(none, returns<Inventory>()),
  'unit.create': change(unitCreateSchema, returns<OrgUnit>()),
  'unit.update': change(unitUpdateSchema, returns<OrgUnit>()),
  'unit.move': change(unitMoveSchema, returns<void>()),
  'unit.delete': change(unitDeleteSchema, returns<void>()),
  'person.create': change(personCreateSchema, returns<Person>()),
  'person.update': change(personUpdateSchema, returns<Person>()),
  'person.delete': change(z.object({ id: z.string().uuid() }).strict(), returns<void>()),
  'account.create': change(accountCreateSchema, returns<Account>()),
  'account.update': change(accountUpdateSchema, returns<Account>()),
  'accounts.bulkUpdate': change(accountsBulkSchema, returns<number>()),
  'accounts.delete': change(accountsDeleteSchema, returns<number>()),
  'audit.updateSettings': change(auditSettingsSchema, returns<AuditSettings>()),
  'audit.findings': call(none, returns<Finding[]>()),
  'accounts.importPreview': call(importPreviewSchema, returns<ImportPreview>()),
  'accounts.importCommit': change(importCommitSchema, returns<ImportResult>()),
  'accounts.exportFile': call(exportAccountsSchema, returns<Uint8Array>()),
  'action.get': call(none, returns<ActionPlan>()),
  'plan.checks': call(none, returns<PlanCheck[]>()),
  'swot.create': change(swotCreateSchema, returns<SwotItem>()),
  'swot.update': change(swotUpdateSchema, returns<SwotItem>()),
  'swot.move': change(swotMoveSchema, returns<void>()),
  'swot.delete': change(byId, returns<void>()),
  'swot.fromFinding': change(swotFromFindingSchema, returns<SwotItem>()),
  'came.create': change(cameCreateSchema, returns<CameOption>()),
  'came.update': change(cameUpdateSchema, returns<CameOption>()),
  'came.delete': change(byId, returns<void>()),
  'came.toLine': change(cameToLineSchema, returns<StrategyLine>()),
  'objective.create': change(objectiveCreateSchema, returns<Objective>()),
  'objective.update': change(objectiveUpdateSchema, returns<Objective>()),
  'objective.delete': change(byId, returns<void>()),
  'kpi.create': change(kpiCreateSchema, returns<Kpi>()),
  'kpi.update': change(kpiUpdateSchema, returns<Kpi>()),
  'kpi.delete': change(byId, returns<void>()),
  'line.create': change(lineCreateSchema, returns<StrategyLine>()),
  'line.update': change(lineUpdateSchema, returns<StrategyLine>()),
  'line.delete': change(byId, returns<void>()),
  'tactic.create': change(tacticCreateSchema, returns<Tactic>()),
  'tactic.update': change(tacticUpdateSchema, returns<Tactic>()),
  'tactic.delete': change(byId, returns<void>()),
  'role.create': change(roleCreateSchema, returns<CostRole>()),
  'role.update': change(roleUpdateSchema, returns<CostRole>()),
  'role.delete': change(byId, returns<void>()),
  'action.reorder': change(reorderSchema, returns<void>()),
  'resources.updateSettings': change(resourceSettingsSchema, returns<ResourceSettings>()),
  'document.get': call(none, returns<DocumentSetup>()),
  'document.update': change(documentSettingsPatchSchema, returns<DocumentSettings>()),
  'documentVersion.create': change(documentVersionCreateSchema, returns<DocumentVersion>()),
  'documentVersion.update': change(documentVersionUpdateSchema, returns<DocumentVersion>()),
  'documentVersion.delete': change(byId, returns<void>()),
  'planText.update': change(planTextUpdateSchema, returns<Record<PlanTextKey, string>>()),
  'document.export': call(documentExportSchema, returns<Uint8Array>()),
  'document.preview': call(documentExportSchema, returns<DocumentPreview>()),
  'plan.prepareCopy': call(prepareCopySchema, returns<PreparedCopy>()),
  'plan.recordCopy': call(z.object({ token: z.string().uuid() }).strict(), returns<SnapshotInfo[]>()),
  'plan.inspectCopy': call(otherCopySchema, returns<CopyLineage>()),
  'plan.compare': call(otherCopySchema, returns<CopyComparison>()),
  'plan.mergePreview': call(otherCopySchema, returns<MergePreview>()),
  'plan.merge': change(mergeApplySchema, returns<MergeOutcome>()),
  'plan.setStatus': call(statusChangeSchema, returns<PlanMeta>()),
  'plan.approve': call(approveSchema, returns<ApprovalOutcome>()),
  'snapshots.list': call(none, returns<SnapshotInfo[]>()),
  'version.export': call(versionExportSchema, returns<Uint8Array>()),
  'version.bytes': call(byId, returns<Uint8Array>()),
  'history.list': call(historyQuerySchema, returns<HistoryPage>()),
  'history.merges': call(none, returns<MergeRecord[]>()),
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type CallParsed<K extends CallName> = z.output<Contract[K]['input']>;
export type CallResult<K extends CallName> = Contract[K]['result'] extends Returns<infer R> ? R : never;

/** The calls that change the plan: each one is an undo step with a label the user reads. */
export type ChangeCall = { [K in CallName]: Contract[K]['mutates'] extends true ? K : never }[CallName];

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
