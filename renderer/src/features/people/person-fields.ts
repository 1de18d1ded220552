import { personFieldsSchema } from '../../../../shared/model/people';

/** The engine's own rules for a person's fields, checked before sending so the user gets a plain sentence. */
export function isValidPersonName(name: string): boolean {
  return personFieldsSchema.shape.name.safeParse(name).success;
}

export function isValidEmail(email: string): boolean {
  return personFieldsSchema.shape.email.safeParse(email).success;
}
