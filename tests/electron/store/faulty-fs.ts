import * as realFs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import type { FsPromises } from '../../../electron/store/types';

export type FaultOp = 'open' | 'write' | 'sync' | 'rename' | 'close';
export const FAULT_OPS: readonly FaultOp[] = ['open', 'write', 'sync', 'rename', 'close'];
export const FAULT_CODES = ['EIO', 'ENOSPC', 'EACCES', 'EPERM', 'EBUSY', 'EROFS'] as const;
export type FaultCode = (typeof FAULT_CODES)[number];

export interface Fault {
  op: FaultOp;
  /** Fail the nth matching call (1-based)... */
  nth: number;
  /** ...and the next `times - 1` ones too (default 1; Infinity = from then on). */
  times?: number;
  code: FaultCode;
  /** Count only calls on paths that pass this test. */
  where?: (path: string) => boolean;
}

export interface IoCall {
  op: FaultOp;
  /** The file opened (for handle calls, the file the handle belongs to); for rename, the destination. */
  path: string;
  failed: boolean;
}

export interface FaultyFs {
  fs: FsPromises;
  calls: IoCall[];
}

/**
 * node:fs/promises with one injected failure: the nth open/write/sync/rename/close (also on
 * the file handles it returns) throws a real-looking errno error. Every call is recorded so
 * that a test can first count the steps of a save, then fail each one in turn.
 */
export function faultyFs(fault: Fault | null, options: { maxWriteBytes?: number } = {}): FaultyFs {
  const calls: IoCall[] = [];
  let matching = 0;

  function step(op: FaultOp, path: string): void {
    let failed = false;
    if (fault && fault.op === op && (!fault.where || fault.where(path))) {
      matching++;
      failed = matching >= fault.nth && matching < fault.nth + (fault.times ?? 1);
    }
    calls.push({ op, path, failed });
    if (failed) throw errnoError(fault!.code, op, path);
  }

  function wrapHandle(handle: FileHandle, path: string): FileHandle {
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'write') {
          return async (buffer: Uint8Array, offset: number, length: number, position: number) => {
            step('write', path);
            return target.write(buffer, offset, Math.min(length, options.maxWriteBytes ?? length), position);
          };
        }
        if (property === 'sync' || property === 'datasync') {
          return async () => {
            step('sync', path);
            return target[property]();
          };
        }
        if (property === 'close') {
          // As on Linux, a failing close still releases the descriptor; only the error is reported.
          return async () => {
            await target.close();
            step('close', path);
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        // FileHandle methods use private fields: they must run on the real handle.
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  const fs: FsPromises = {
    ...pickReal(),
    open: (async (path: string, flags?: string, mode?: number) => {
      step('open', String(path));
      return wrapHandle(await realFs.open(path, flags, mode), String(path));
    }) as FsPromises['open'],
    rename: async (from, to) => {
      step('rename', String(to));
      return realFs.rename(from, to);
    },
  };
  return { fs, calls };
}

export function errnoError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure, ${syscall} '${path}'`), { code, syscall, path });
}

function pickReal(): FsPromises {
  const { open, readFile, writeFile, rename, unlink, stat, readdir, mkdir, copyFile, access, rm } = realFs;
  return { open, readFile, writeFile, rename, unlink, stat, readdir, mkdir, copyFile, access, rm };
}
