import { PLAN_TEXT_KEYS, PLAN_TEXT_MAX, type PlanTextKey } from '../model/document';
import type { PlanDocumentData } from './types';

/**
 * Text and links from a plan file are untrusted: the file may come from anyone by e-mail. The
 * `docx` library escapes `<`, `&` and quotes, but it writes characters that XML 1.0 forbids
 * (Word then refuses the whole document as corrupt), bidi controls that make a line read
 * differently from what it contains, and any link target at all.
 */

/** How long a text may be before it is cut: generous for real plans, bounded for hostile files. */
export const TEXT_LIMITS = {
  /** One-line values: names, titles, labels, list items. */
  line: 500,
  /** Free text: descriptions, notes, policies. */
  paragraph: 20_000,
  /** A link target; longer ones are not links any real plan needs. */
  link: 2_048,
} as const;

const ELLIPSIS = '…';

// Characters that XML 1.0 forbids (C0 controls but tab/newline/CR, U+FFFE, U+FFFF, and, in this
// `u` regex, only *unpaired* surrogates), plus DEL and C1 controls, which XML allows but no real
// text contains and which some readers choke on.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/gu;
// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they can make "fdp.exe"
// display as "exe.pdf". The harmless marks U+200E/U+200F stay.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;

/** Multi-line text made safe for the document: invalid characters removed, length capped. */
export function cleanText(value: unknown, maxLength: number = TEXT_LIMITS.paragraph): string {
  if (typeof value !== 'string') return '';
  const clean = value.replace(NOT_TEXT, '').replace(BIDI_CONTROLS, '').replace(LINE_BREAKS, '\n');
  return capLength(clean, maxLength);
}

/** One-line text: as `cleanText`, with every run of whitespace (line breaks too) made one space. */
export function cleanLine(value: unknown, maxLength: number = TEXT_LIMITS.line): string {
  return capLength(cleanText(value, Number.MAX_SAFE_INTEGER).replace(/\s+/g, ' ').trim(), maxLength);
}

/** Cuts to at most `maxLength` UTF-16 units, ellipsis included, never inside a surrogate pair. */
export function capLength(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  if (maxLength < 1) return '';
  let end = maxLength - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, Math.max(0, end)) + ELLIPSIS;
}

/**
 * The target to write for a link, or null when it must be shown as plain text: only `https:`
 * (no embedded user name or password) and `mailto:` to one address are links. `javascript:`,
 * `file:`, `http:`, UNC paths and anything unparsable are not.
 */
export function safeLinkTarget(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const raw = value.trim();
  if (raw.length === 0 || raw.length > TEXT_LIMITS.link) return null;
  // Anything the cleaners would remove, or whitespace, has no place in a real address.
  if (/[\s\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/u.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol === 'https:') {
    return url.hostname !== '' && url.username === '' && url.password === '' ? url.href : null;
  }
  if (url.protocol === 'mailto:') {
    return /^[^@\s,;?]+@[^@\s,;?]+\.[^@\s,;?]+$/.test(decoded(url.pathname)) ? url.href : null;
  }
  return null;
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return '';
  }
}

/**
 * A copy of the document data in which every string is cleaned (and capped at the paragraph
 * limit), at any depth, so a field added to the data later cannot slip through unsanitised.
 * Bytes (the logo) are kept as they are: they never become text.
 */
export function sanitizeDeep<T>(value: T): T {
  return cleanValue(value) as T;
}

function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : 0;
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map(cleanValue);
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = cleanValue(item);
  return copy;
}

/**
 * The document data made safe (see `sanitizeDeep`), the planner's texts kept up to their own,
 * longer limit: a text may run to dozens of pages, and cutting it at the paragraph limit would
 * drop the end of what the planner wrote.
 */
export function sanitizePlanData(data: PlanDocumentData): PlanDocumentData {
  const clean = sanitizeDeep(data);
  const written: Partial<Record<PlanTextKey, unknown>> = data.document?.texts ?? {};
  const texts = Object.fromEntries(PLAN_TEXT_KEYS.map((key) => [key, cleanText(written[key], PLAN_TEXT_MAX)])) as Record<PlanTextKey, string>;
  return { ...clean, document: { ...clean.document, texts } };
}
