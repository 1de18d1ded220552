import { MIGRATIONS } from './migrations';

/** `PRAGMA application_id` of every Rumbo plan: "RUMB" read as a 32-bit big-endian integer. */
export const APPLICATION_ID = 0x52554d42;
export const FORMAT_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
export const PLAN_FILE_EXTENSION = '.rumbo';
/** Larger files are refused before being read: a real plan with 5,000 accounts is a few MB. */
export const MAX_PLAN_BYTES = 256 * 1024 * 1024;
export const APP_VERSION = '0.1.0';
