import { migration001 } from './001-initial';
import { migration002 } from './002-inventory';
import { migration003 } from './003-action-plan';
import { migration004 } from './004-document';
import { migration005 } from './005-sharing';
import type { Migration } from './types';

export type { Migration } from './types';

/** Every migration in order; the last one's number is the format this build writes. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration003, migration004, migration005];
