import { basename, join, resolve } from 'node:path';
import { RumboError } from '../../shared/errors';
import type { StoreContext } from './context';
import { errnoOf, isNotFound } from './errno';
import { sha256Of } from './hash';
import { listFolder, removeStrayTemps } from './temp-files';
import { writeFileAtomic } from './atomic-write';

/**
 * Previous versions of each plan, in `<dataDir>/backups/<path id>-<name>/`, named
 * `<UTC time>-<first 12 hex of its SHA-256>.rumbo` so that the name alone orders them and
 * tells whether a version is already kept.
 */
const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-([0-9a-f]{12})\.rumbo$/;
const NO_BUSY_RETRY = new Set<string>();

export interface BackupEntry {
  file: string;
  savedAt: string;
  shaPrefix: string;
}

export class PlanBackups {
  private lastStamp = 0;

  constructor(
    private readonly context: StoreContext,
    private readonly dataDir: string,
    private readonly keep: number,
  ) {}

  /** One folder per plan path: the id keeps two "plan.rumbo" in different folders apart. */
  folderFor(planPath: string): string {
    const absolute = resolve(planPath);
    const key = process.platform === 'win32' ? absolute.toLowerCase() : absolute;
    const name = basename(absolute).replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 60);
    return join(this.dataDir, 'backups', `${sha256Of(key).slice(0, 12)}-${name}`);
  }

  async list(planPath: string): Promise<BackupEntry[]> {
    const folder = this.folderFor(planPath);
    const entries: BackupEntry[] = [];
    for (const name of await listFolder(this.context, folder)) {
      const match = BACKUP_NAME.exec(name);
      if (!match) continue;
      const [, day, hh, mm, ss, ms, shaPrefix] = match;
      entries.push({ file: join(folder, name), savedAt: `${day}T${hh}:${mm}:${ss}.${ms}Z`, shaPrefix: shaPrefix! });
    }
    // The time is the name's prefix, fixed width: sorting names sorts by time.
    return entries.sort((a, b) => (basename(a.file) < basename(b.file) ? 1 : -1));
  }

  /**
   * Keeps a copy of the file about to be replaced. Returns the errno code when that failed.
   *
   * Why a failed backup does not block the save: the save itself is atomic and verified,
   * so the only thing a backup protects is the version the user has just chosen to replace.
   * Refusing to save because, say, the profile folder is full would leave the user's new
   * work only in memory, which is the larger risk. The failure is reported to the caller
   * (SavePlanResult.backupError) instead of being swallowed.
   *
   * What is never backed up: an empty file (it would push a good version out of the
   * rotation) and a version identical to the newest backup (a save retried after a failure,
   * or an autosave of unchanged content, must not flush the older versions out).
   */
  async keepPrevious(planPath: string): Promise<string | undefined> {
    try {
      let previous: Uint8Array;
      try {
        previous = await this.context.fs.readFile(planPath);
      } catch (error) {
        if (isNotFound(error)) return undefined;
        throw error;
      }
      if (previous.length === 0) return undefined;
      const sha = sha256Of(previous);
      const existing = await this.list(planPath);
      if (existing[0]?.shaPrefix === sha.slice(0, 12)) return undefined;
      const folder = this.folderFor(planPath);
      await this.context.fs.mkdir(folder, { recursive: true });
      await writeFileAtomic(this.context, join(folder, `${this.nextStamp()}-${sha.slice(0, 12)}.rumbo`), previous, { busyCodes: NO_BUSY_RETRY });
      await this.rotate(planPath);
      return undefined;
    } catch (error) {
      return errnoOf(error) ?? (error instanceof RumboError ? error.code : 'unknown');
    }
  }

  private async rotate(planPath: string): Promise<void> {
    const folder = this.folderFor(planPath);
    for (const old of (await this.list(planPath)).slice(this.keep)) {
      await this.context.fs.unlink(old.file).catch(() => undefined);
    }
    await removeStrayTemps(this.context, folder);
  }

  /** Strictly increasing within this process, so two saves in one millisecond still sort. */
  private nextStamp(): string {
    this.lastStamp = Math.max(Date.now(), this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString().replace(/[:.]/g, '-');
  }
}
