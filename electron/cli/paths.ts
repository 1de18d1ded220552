import path from 'node:path';
import { UsageError } from './usage';

/** Output files must say what they are: a plan written as `x.docx` would confuse everyone. */
export function requireExtension(file: string, extension: '.rumbo' | '.docx'): void {
  const base = path.basename(file);
  if (!base.toLowerCase().endsWith(extension) || base.length === extension.length) {
    throw new UsageError('badExtension', { path: file, extension });
  }
}

export function samePath(a: string, b: string): boolean {
  const resolvedA = path.resolve(a);
  const resolvedB = path.resolve(b);
  // Windows paths are case-insensitive.
  return process.platform === 'win32' ? resolvedA.toLowerCase() === resolvedB.toLowerCase() : resolvedA === resolvedB;
}
