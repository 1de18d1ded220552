import { constants } from 'node:fs';
import type { FileLocationKind } from '../../shared/host/types';
import type { FsPromises } from './types';
import { isNotFound } from './errno';

/**
 * Folder names (as consecutive path segments, compared case-insensitively) where mail
 * clients and browsers put the attachments they open. Such folders get emptied behind the
 * user's back, so a plan opened from them leads to "Save as".
 */
const MAIL_CACHE_MARKERS: readonly (readonly string[])[] = [
  ['content.outlook'], // Outlook (Windows): INetCache\Content.Outlook\<random>\
  ['inetcache'],
  ['temporary internet files'],
  ['appdata', 'local', 'temp'], // the Windows temp folder: Thunderbird and most programs open attachments there
  ['outlook temp'], // Outlook for Mac
  ['mail downloads'], // Apple Mail
  ['temporaryitems'], // macOS per-user temporary items
];

/** Splits a Windows or POSIX path into lower-case segments, resolving `.` and `..`. */
export function pathSegments(path: string): string[] {
  const segments: string[] = [];
  for (const part of path.replace(/\\/g, '/').toLowerCase().split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') segments.pop();
    else segments.push(part);
  }
  return segments;
}

function startsWithSegments(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function containsSegments(path: readonly string[], run: readonly string[]): boolean {
  for (let start = 0; start + run.length <= path.length; start++) {
    if (run.every((segment, i) => path[start + i] === segment)) return true;
  }
  return false;
}

export function isTemporaryPath(path: string, temporaryRoots: readonly string[]): boolean {
  const segments = pathSegments(path);
  if (temporaryRoots.some((root) => startsWithSegments(segments, pathSegments(root)))) return true;
  return MAIL_CACHE_MARKERS.some((marker) => containsSegments(segments, marker));
}

/**
 * 'temporary' wins over 'read_only': both lead to "Save as", and the temporary one carries
 * the more urgent message (the folder may be emptied). Note that on Windows `access(W_OK)`
 * only sees the read-only attribute, not ACLs; the store also treats a refused lock file
 * as proof of a read-only folder.
 */
export async function classifyLocation(fs: FsPromises, path: string, folder: string, temporaryRoots: readonly string[]): Promise<FileLocationKind> {
  if (isTemporaryPath(path, temporaryRoots)) return 'temporary';
  try {
    await fs.access(folder, constants.W_OK);
  } catch {
    return 'read_only';
  }
  try {
    await fs.access(path, constants.W_OK);
  } catch (error) {
    // A file that does not exist yet (a "Save as" target) is as writable as its folder.
    if (!isNotFound(error)) return 'read_only';
  }
  return 'normal';
}
