import type { DocumentVersion } from '../../../../shared/model/document';

const MAJOR_MINOR = /^(\d+)\.(\d+)$/;

/**
 * The number a new row of the version history most likely gets: the plan's own version for the
 * first row, then the last row's minor number plus one (0.1 → 0.2, 1.9 → 1.10). A label that is
 * not "major.minor" gives no guess beyond the plan's version; the planner edits it anyway.
 */
export function suggestNextVersion(versions: readonly DocumentVersion[], planVersion: string): string {
  const last = [...versions].sort((a, b) => a.position - b.position).at(-1);
  if (!last) return planVersion;
  const match = MAJOR_MINOR.exec(last.version.trim());
  if (!match) return planVersion;
  return `${match[1]}.${Number(match[2]) + 1}`;
}

/** Today as an ISO date in the user's own time zone (a version issued late at night is still today's). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
