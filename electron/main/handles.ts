import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { FileHandle } from '../../shared/host/types';

/**
 * Opaque handles for paths the user chose. The renderer only ever holds handles; a handle it
 * made up, or one from another run, resolves to nothing. The same path keeps the same handle
 * so the renderer can compare them.
 */
export class HandleRegistry {
  private readonly pathByHandle = new Map<FileHandle, string>();
  private readonly handleByPath = new Map<string, FileHandle>();

  constructor(private readonly newId: () => string = randomUUID) {}

  /** Only for paths from a native dialog, the recent list, or the command line / OS. */
  issue(filePath: string): FileHandle {
    const absolute = path.resolve(filePath);
    const existing = this.handleByPath.get(absolute);
    if (existing) return existing;
    const handle = this.newId();
    this.pathByHandle.set(handle, absolute);
    this.handleByPath.set(absolute, handle);
    return handle;
  }

  pathOf(handle: FileHandle): string | undefined {
    return this.pathByHandle.get(handle);
  }
}
