import { translate, type Lang, type MessageParams } from './i18n';
import type { errors } from './i18n/catalog/es/errors';

export type ErrorCode = keyof typeof errors;

/**
 * An expected failure with a stable code. It crosses every boundary (worker, IPC, command
 * line) as an `ErrorValue`, never as a stack trace.
 */
export class RumboError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
  ) {
    super(`${code}: ${JSON.stringify(params)}`);
    this.name = 'RumboError';
  }
}

export interface ErrorValue {
  code: ErrorCode;
  params: MessageParams;
  message: string;
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}

/** Turns anything thrown into a plain, translated value; unknown errors get a short reference. */
export function toErrorValue(error: unknown, lang: Lang): ErrorValue {
  if (error instanceof RumboError) {
    return { code: error.code, params: error.params, message: translate(lang, `errors.${error.code}`, error.params) };
  }
  if (isErrorValue(error)) return { ...error, message: translate(lang, `errors.${error.code}`, error.params) };
  const ref = referenceFor(error);
  return { code: 'INTERNAL', params: { ref }, message: translate(lang, 'errors.INTERNAL', { ref }) };
}

/** A short stable reference so support can match a report with a log line. */
function referenceFor(error: unknown): string {
  const text = error instanceof Error ? `${error.name}:${error.message}` : String(error);
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (hash * 31 + text.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36).toUpperCase();
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
