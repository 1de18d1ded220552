import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

export interface RecentEntry {
  path: string;
  /** ISO timestamp. */
  openedAt: string;
}

export const RECENT_LIMIT = 10;

const recentFileSchema = z.object({
  version: z.literal(1),
  entries: z
    .array(z.object({ path: z.string().min(1).max(4096), openedAt: z.string().max(64) }))
    .max(100),
});

/**
 * The recently opened plans, kept as JSON in the app's data folder. A missing or damaged list
 * is an empty list: losing it costs a few clicks, refusing to start would cost much more.
 */
export class RecentFiles {
  private entries: RecentEntry[] | null = null;
  /** Updates run one after another: several plans can arrive at once (a multi-file double-click). */
  private updating: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async list(): Promise<RecentEntry[]> {
    if (this.entries === null) this.entries = await this.load();
    return [...this.entries];
  }

  add(filePath: string): Promise<void> {
    const update = this.updating.then(() => this.addNow(path.resolve(filePath)));
    this.updating = update.catch(() => undefined);
    return update;
  }

  private async addNow(absolute: string): Promise<void> {
    const others = (await this.list()).filter((entry) => entry.path !== absolute);
    this.entries = [{ path: absolute, openedAt: this.now().toISOString() }, ...others].slice(0, RECENT_LIMIT);
    await this.persist(this.entries);
  }

  private async load(): Promise<RecentEntry[]> {
    try {
      const parsed = recentFileSchema.safeParse(JSON.parse(await readFile(this.file, 'utf8')));
      if (!parsed.success) return [];
      return parsed.data.entries.filter((entry) => path.isAbsolute(entry.path)).slice(0, RECENT_LIMIT);
    } catch {
      return [];
    }
  }

  /** Temp file + rename, so a crash mid-write leaves the old list rather than half a file. */
  private async persist(entries: RecentEntry[]): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify({ version: 1, entries }, null, 2), 'utf8');
    await rename(temp, this.file);
  }
}
