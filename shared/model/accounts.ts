import { z } from 'zod';
import { PLATFORM_CODES } from '../db/migrations/002-inventory';
import { isoDateSchema, lineText, longText } from './text';

export { PLATFORM_CODES };
export type Platform = (typeof PLATFORM_CODES)[number];
export const ACCOUNT_STATUSES = ['proposed', 'active', 'dormant', 'to_close', 'closed'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];
export const ACCOUNT_PURPOSES = ['informative', 'relational', 'citizen_service'] as const;
export type AccountPurpose = (typeof ACCOUNT_PURPOSES)[number];

/**
 * A corporate account. Credentials are described (who holds them, 2FA, whether the recovery
 * e-mail is corporate), never stored: there is no password field anywhere in Rumbo.
 */
export interface Account {
  id: string;
  platform: Platform;
  handle: string;
  url: string;
  displayName: string;
  unitId: string | null;
  status: AccountStatus;
  purpose: AccountPurpose | null;
  audience: string;
  languages: string[];
  followers: number | null;
  postsPerWeek: number | null;
  lastPostOn: string | null;
  verified: boolean;
  credentialsHolderId: string | null;
  twoFactor: boolean | null;
  recoveryEmailCorporate: boolean | null;
  openedOn: string | null;
  notes: string;
  /** The people who run it (the directory's ids). */
  peopleIds: string[];
}

const id = z.string().uuid();

/** Only web addresses (http/https) are accounts' addresses; anything else is refused. */
export const accountUrlSchema = lineText(2000).refine((value) => {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}, 'url');

export const accountFieldsSchema = z
  .object({
    platform: z.enum(PLATFORM_CODES),
    handle: lineText(200),
    url: accountUrlSchema,
    displayName: lineText(300),
    unitId: id.nullable(),
    status: z.enum(ACCOUNT_STATUSES),
    purpose: z.enum(ACCOUNT_PURPOSES).nullable(),
    audience: lineText(500),
    languages: z.array(lineText(20).pipe(z.string().min(1))).max(20),
    followers: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable(),
    postsPerWeek: z.number().min(0).max(10_000).nullable(),
    lastPostOn: isoDateSchema.nullable(),
    verified: z.boolean(),
    credentialsHolderId: id.nullable(),
    twoFactor: z.boolean().nullable(),
    recoveryEmailCorporate: z.boolean().nullable(),
    openedOn: isoDateSchema.nullable(),
    notes: longText(10_000),
    peopleIds: z.array(id).max(100),
  })
  .strict();
export type AccountFields = z.output<typeof accountFieldsSchema>;

export const accountCreateSchema = accountFieldsSchema.partial().required({ platform: true }).strict();
export type AccountCreateInput = z.input<typeof accountCreateSchema>;
export const accountUpdateSchema = accountFieldsSchema.partial().extend({ id }).strict();
export type AccountUpdateInput = z.input<typeof accountUpdateSchema>;

/** Changes applied to many accounts at once from the inventory grid. */
export const accountsBulkSchema = z
  .object({
    ids: z.array(id).min(1).max(20_000),
    unitId: id.nullable().optional(),
    status: z.enum(ACCOUNT_STATUSES).optional(),
    addPeopleIds: z.array(id).max(100).optional(),
    removePeopleIds: z.array(id).max(100).optional(),
  })
  .strict();
export type AccountsBulkInput = z.input<typeof accountsBulkSchema>;
export const accountsDeleteSchema = z.object({ ids: z.array(id).min(1).max(20_000) }).strict();

export const auditSettingsSchema = z.object({ dormantAfterDays: z.number().int().min(1).max(3650) }).strict();
export interface AuditSettings {
  dormantAfterDays: number;
}
