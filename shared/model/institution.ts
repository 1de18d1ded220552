import { z } from 'zod';
import { LANGUAGES } from '../i18n';
import { bytesSchema } from './bytes';
import { isoDateSchema, lineText } from './text';

export const INSTITUTION_TYPES = [
  'town_council',
  'provincial_council',
  'regional_government',
  'ministry',
  'university',
  'public_agency',
  'other',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export const LOGO_MAX_BYTES = 2 * 1024 * 1024;
export const LOGO_MIME_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMime = (typeof LOGO_MIME_TYPES)[number];

export interface Logo {
  mime: LogoMime;
  bytes: Uint8Array;
}

/** The institution profile: who the plan belongs to and what the plan is called. */
export interface InstitutionProfile {
  id: string;
  name: string;
  type: InstitutionType;
  planTitle: string;
  periodStart: string; // ISO date
  periodEnd: string; // ISO date
  authors: string[];
  contact: string;
  language: (typeof LANGUAGES)[number];
  logo: Logo | null;
  updatedAt: string;
  updatedBy: string;
}

const isoDate = isoDateSchema;

export const institutionNameSchema = lineText(300).pipe(z.string().min(1, 'name'));

export const logoSchema = z
  .object({ mime: z.enum(LOGO_MIME_TYPES), bytes: bytesSchema })
  .nullable();

export const institutionPatchSchema = z
  .object({
    name: institutionNameSchema,
    type: z.enum(INSTITUTION_TYPES),
    planTitle: lineText(300),
    periodStart: isoDate,
    periodEnd: isoDate,
    authors: z.array(lineText(200)).max(50).transform((list) => list.filter((author) => author.length > 0)),
    contact: lineText(500),
    language: z.enum(LANGUAGES),
    logo: logoSchema,
  })
  .partial()
  .strict();
export type InstitutionPatch = z.input<typeof institutionPatchSchema>;

export const newPlanSchema = z
  .object({
    institutionName: institutionNameSchema,
    institutionType: z.enum(INSTITUTION_TYPES).default('town_council'),
    planTitle: lineText(300).optional(),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    language: z.enum(LANGUAGES).default('es'),
  })
  .strict()
  .refine((plan) => !plan.periodStart || !plan.periodEnd || plan.periodStart <= plan.periodEnd, {
    message: 'period',
    path: ['periodEnd'],
  });
export type NewPlanInput = z.input<typeof newPlanSchema>;

/** Magic bytes decide what an image is, never its name or the MIME type someone claims. */
export function sniffLogoMime(bytes: Uint8Array): LogoMime | null {
  if (bytes.length >= 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}
