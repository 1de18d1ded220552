import { RumboError } from '../../shared/errors';

/** The errno code of a Node system error ('ENOSPC'...), or undefined for anything else. */
export function errnoOf(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

export const isNotFound = (error: unknown): boolean => errnoOf(error) === 'ENOENT';

/**
 * Turns a failed write into the stable code the user sees. EPERM counts as "denied" because
 * that is what Windows reports for an ACL refusal on open; on rename it is handled earlier
 * as "busy". Errors without an errno (our own bugs) are passed on and end up as INTERNAL.
 */
export function saveErrorFor(error: unknown): unknown {
  if (error instanceof RumboError) return error;
  const code = errnoOf(error);
  if (code === undefined) return error;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new RumboError('SAVE_NO_SPACE');
    case 'EACCES':
    case 'EPERM':
      return new RumboError('SAVE_DENIED');
    case 'EROFS':
      return new RumboError('SAVE_READ_ONLY_LOCATION');
    default:
      return new RumboError('SAVE_IO', { detail: code });
  }
}

/** A folder of ours (backups, recovery) that cannot be listed. */
export function readErrorFor(error: unknown): unknown {
  if (error instanceof RumboError) return error;
  const code = errnoOf(error);
  return code === undefined ? error : new RumboError('FILE_READ_FAILED', { detail: code });
}
