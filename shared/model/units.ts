import { z } from 'zod';
import { lineText } from './text';

export const UNIT_KINDS = ['political', 'administrative'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit of the organisation chart: an area, a department or councillor's area, a service. */
export interface OrgUnit {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  /** Order among its siblings. */
  position: number;
  responsibleId: string | null;
  contact: string;
}

const id = z.string().uuid();

export const unitFieldsSchema = z
  .object({
    name: lineText(200).pipe(z.string().min(1, 'name')),
    kind: z.enum(UNIT_KINDS),
    responsibleId: id.nullable(),
    contact: lineText(300),
  })
  .strict();

export const unitCreateSchema = unitFieldsSchema.partial().required({ name: true }).extend({ parentId: id.nullable().optional() }).strict();
export type UnitCreateInput = z.input<typeof unitCreateSchema>;
export const unitUpdateSchema = unitFieldsSchema.partial().extend({ id }).strict();
export type UnitUpdateInput = z.input<typeof unitUpdateSchema>;
export const unitMoveSchema = z.object({ id, parentId: id.nullable(), index: z.number().int().min(0).max(100_000) }).strict();
export type UnitMoveInput = z.input<typeof unitMoveSchema>;
/** Deleting a unit: its sub-units move up to its parent; its accounts and people go where the user said. */
export const unitDeleteSchema = z.object({ id, moveAccountsTo: id.nullable() }).strict();
export type UnitDeleteInput = z.input<typeof unitDeleteSchema>;
