import { z } from 'zod';
import { lineText } from './text';

/** Someone named in the plan: who runs an account, who is responsible for a unit, who holds credentials. */
export interface Person {
  id: string;
  name: string;
  role: string;
  unitId: string | null;
  email: string;
  phone: string;
}

const id = z.string().uuid();
const email = lineText(254).refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'email');

export const personFieldsSchema = z
  .object({
    name: lineText(200).pipe(z.string().min(1, 'name')),
    role: lineText(200),
    unitId: id.nullable(),
    email,
    phone: lineText(50),
  })
  .strict();
export const personCreateSchema = personFieldsSchema.partial().required({ name: true }).strict();
export type PersonCreateInput = z.input<typeof personCreateSchema>;
export const personUpdateSchema = personFieldsSchema.partial().extend({ id }).strict();
export type PersonUpdateInput = z.input<typeof personUpdateSchema>;
