import { z } from 'zod';
import { isoDateSchema, lineText, longText } from './text';

export const SWOT_QUADRANTS = ['strength', 'weakness', 'opportunity', 'threat'] as const;
export type SwotQuadrant = (typeof SWOT_QUADRANTS)[number];
export const SWOT_SOURCES = ['manual', 'suggestion', 'finding'] as const;
export type SwotSource = (typeof SWOT_SOURCES)[number];
/** TOWS: strengths × opportunities offensive, strengths × threats defensive, weaknesses × opportunities reorientation, weaknesses × threats survival. */
export const CAME_STRATEGIES = ['offensive', 'defensive', 'reorientation', 'survival'] as const;
export type CameStrategy = (typeof CAME_STRATEGIES)[number];
/** Which SWOT quadrants each TOWS strategy pairs, internal first. */
export const STRATEGY_QUADRANTS: Record<CameStrategy, readonly [SwotQuadrant, SwotQuadrant]> = {
  offensive: ['strength', 'opportunity'],
  defensive: ['strength', 'threat'],
  reorientation: ['weakness', 'opportunity'],
  survival: ['weakness', 'threat'],
};
export const KPI_FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly'] as const;
export type KpiFrequency = (typeof KPI_FREQUENCIES)[number];
export const TACTIC_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type TacticStatus = (typeof TACTIC_STATUSES)[number];

export interface SwotItem {
  id: string;
  quadrant: SwotQuadrant;
  text: string;
  weight: number;
  evidence: string;
  source: SwotSource;
  /** The suggestion id or the audit finding code it came from. */
  sourceRef: string;
  position: number;
}

export interface CameOption {
  id: string;
  strategy: CameStrategy;
  text: string;
  position: number;
  swotItemIds: string[];
}

export interface Objective {
  id: string;
  statement: string;
  deadline: string | null;
  ownerId: string | null;
  position: number;
  swotItemIds: string[];
}

export interface Kpi {
  id: string;
  objectiveId: string;
  /** A code of the metric catalogue, or 'custom' with a name. */
  metric: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  source: string;
  frequency: KpiFrequency | null;
  ownerId: string | null;
  position: number;
}

export interface StrategyLine {
  id: string;
  name: string;
  description: string;
  cameOptionId: string | null;
  position: number;
  objectiveIds: string[];
}

export interface CostRole {
  id: string;
  name: string;
  hourlyCost: number;
  position: number;
}

export interface Tactic {
  id: string;
  lineId: string;
  title: string;
  description: string;
  unitId: string | null;
  ownerId: string | null;
  startOn: string | null;
  endOn: string | null;
  hoursOnce: number;
  hoursPerWeek: number;
  roleId: string | null;
  otherCost: number;
  status: TacticStatus;
  position: number;
  accountIds: string[];
}

const id = z.string().uuid();
const ids = z.array(id).max(500);
const amount = z.number().min(0).max(1e9);

export const swotFieldsSchema = z
  .object({
    quadrant: z.enum(SWOT_QUADRANTS),
    text: longText(2000).pipe(z.string().min(1, 'text')),
    weight: z.number().int().min(1).max(5),
    evidence: longText(5000),
    source: z.enum(SWOT_SOURCES),
    sourceRef: lineText(100),
  })
  .strict();
export const swotCreateSchema = swotFieldsSchema.partial().required({ quadrant: true, text: true }).strict();
export const swotUpdateSchema = swotFieldsSchema.omit({ quadrant: true, source: true, sourceRef: true }).partial().extend({ id }).strict();
export const swotMoveSchema = z.object({ id, quadrant: z.enum(SWOT_QUADRANTS), index: z.number().int().min(0).max(100_000) }).strict();
export const swotFromFindingSchema = z.object({ code: lineText(50).pipe(z.string().min(1)) }).strict();

export const cameFieldsSchema = z.object({ strategy: z.enum(CAME_STRATEGIES), text: longText(2000).pipe(z.string().min(1, 'text')), swotItemIds: ids }).strict();
export const cameCreateSchema = cameFieldsSchema.partial().required({ strategy: true, text: true }).strict();
export const cameUpdateSchema = cameFieldsSchema.partial().extend({ id }).strict();
export const cameToLineSchema = z.object({ optionId: id, name: lineText(300).optional() }).strict();

export const objectiveFieldsSchema = z
  .object({ statement: longText(2000).pipe(z.string().min(1, 'statement')), deadline: isoDateSchema.nullable(), ownerId: id.nullable(), swotItemIds: ids })
  .strict();
export const objectiveCreateSchema = objectiveFieldsSchema.partial().required({ statement: true }).strict();
export const objectiveUpdateSchema = objectiveFieldsSchema.partial().extend({ id }).strict();

export const kpiFieldsSchema = z
  .object({
    objectiveId: id,
    metric: lineText(60).pipe(z.string().min(1)),
    name: lineText(300),
    unit: lineText(40),
    baseline: z.number().min(-1e12).max(1e12).nullable(),
    target: z.number().min(-1e12).max(1e12).nullable(),
    deadline: isoDateSchema.nullable(),
    source: lineText(300),
    frequency: z.enum(KPI_FREQUENCIES).nullable(),
    ownerId: id.nullable(),
  })
  .strict();
export const kpiCreateSchema = kpiFieldsSchema.partial().required({ objectiveId: true, metric: true }).strict();
export const kpiUpdateSchema = kpiFieldsSchema.omit({ objectiveId: true }).partial().extend({ id }).strict();

export const lineFieldsSchema = z
  .object({ name: lineText(300).pipe(z.string().min(1, 'name')), description: longText(5000), cameOptionId: id.nullable(), objectiveIds: ids })
  .strict();
export const lineCreateSchema = lineFieldsSchema.partial().required({ name: true }).strict();
export const lineUpdateSchema = lineFieldsSchema.partial().extend({ id }).strict();

export const tacticFieldsSchema = z
  .object({
    lineId: id,
    title: lineText(300).pipe(z.string().min(1, 'title')),
    description: longText(5000),
    unitId: id.nullable(),
    ownerId: id.nullable(),
    startOn: isoDateSchema.nullable(),
    endOn: isoDateSchema.nullable(),
    hoursOnce: amount,
    hoursPerWeek: z.number().min(0).max(168),
    roleId: id.nullable(),
    otherCost: amount,
    status: z.enum(TACTIC_STATUSES),
    accountIds: z.array(id).max(5000),
  })
  .strict()
  .partial();
const datesInOrder = (value: { startOn?: string | null; endOn?: string | null }) => !value.startOn || !value.endOn || value.startOn <= value.endOn;
export const tacticCreateSchema = tacticFieldsSchema.required({ lineId: true, title: true }).refine(datesInOrder, { message: 'dates', path: ['endOn'] });
export const tacticUpdateSchema = tacticFieldsSchema.extend({ id }).refine(datesInOrder, { message: 'dates', path: ['endOn'] });

export const roleFieldsSchema = z.object({ name: lineText(200).pipe(z.string().min(1, 'name')), hourlyCost: amount }).strict();
export const roleCreateSchema = roleFieldsSchema.partial().required({ name: true }).strict();
export const roleUpdateSchema = roleFieldsSchema.partial().extend({ id }).strict();

/** Moves a record of an ordered list (objectives, lines, tactics within their line, KPIs within their objective, roles, CAME options). */
export const reorderSchema = z
  .object({ list: z.enum(['objective', 'strategy_line', 'tactic', 'kpi', 'cost_role', 'came_option']), id, index: z.number().int().min(0).max(100_000) })
  .strict();

export const resourceSettingsSchema = z.object({ annualHours: z.number().min(1).max(8784) }).strict();
export interface ResourceSettings {
  /** Working hours of one full-time post in a year (FTE). */
  annualHours: number;
}
