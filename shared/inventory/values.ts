import { LANGUAGES, translate, type Lang } from '../i18n';
import { ACCOUNT_PURPOSES, ACCOUNT_STATUSES, PLATFORM_CODES, type AccountPurpose, type AccountStatus, type Platform } from '../model/accounts';
import { foldText } from './fold';
import { fail, ok, type Parsed } from './problems';

/**
 * Reading the words and numbers of a cell the way people write them in Spanish and English
 * spreadsheets. Every parser takes a trimmed, non-empty cell; empty cells never get here.
 */

/** Words for each code besides the code itself and its names in the catalogs (both languages). */
const PLATFORM_WORDS: Partial<Record<Platform, readonly string[]>> = {
  x: ['twitter', 'x twitter', 'twitter x', 'x formerly twitter', 'tw', 'x com'],
  facebook: ['fb', 'meta facebook', 'facebook page', 'pagina de facebook'],
  instagram: ['ig', 'insta'],
  youtube: ['you tube', 'yt', 'canal de youtube', 'youtube channel'],
  linkedin: ['linked in'],
  tiktok: ['tik tok'],
  bluesky: ['bsky', 'blue sky'],
  telegram: ['canal de telegram', 'telegram channel'],
  whatsapp_channel: ['whatsapp', 'canal whatsapp', 'whatsapp channel', 'canal de whatsapp'],
  blog: ['wordpress', 'blogger', 'blogspot', 'medium', 'substack', 'bitacora'],
  other: ['otra', 'otro', 'otras', 'otros', 'other'],
};

const STATUS_WORDS: Record<AccountStatus, readonly string[]> = {
  proposed: ['propuesta', 'propuesto', 'en proyecto', 'prevista', 'previsto', 'planned', 'planificada'],
  active: ['activa', 'activo', 'en uso', 'abierta', 'open', 'live'],
  dormant: ['inactiva', 'inactivo', 'dormida', 'sin actividad', 'parada', 'inactive', 'abandonada'],
  to_close: ['por cerrar', 'a cerrar', 'pendiente de cierre', 'cerrar', 'close'],
  closed: ['cerrada', 'cerrado', 'dada de baja', 'baja', 'eliminada', 'deleted'],
};

const PURPOSE_WORDS: Record<AccountPurpose, readonly string[]> = {
  informative: ['informativa', 'informativo', 'informacion', 'information', 'informar', 'difusion'],
  relational: ['relacional', 'relacion', 'participacion', 'engagement', 'conversacion', 'conversacional', 'comunidad', 'community'],
  citizen_service: ['atencion a la ciudadania', 'atencion ciudadana', 'atencion al ciudadano', 'atencion', 'servicio', 'citizen service', 'customer service', 'service'],
};

const TRUE_WORDS = ['si', 's', 'yes', 'y', 'true', 'verdadero', '1', 'x', 'activada', 'activado', 'activa', 'activo', 'on', 'corporativo', 'corporativa', 'corporate'];
const FALSE_WORDS = ['no', 'n', 'false', 'falso', '0', 'desactivada', 'desactivado', 'inactiva', 'off', 'personal', 'particular', 'private'];
/** "Not known" is an answer too: the field stays empty. */
const UNKNOWN_WORDS = ['no consta', 'desconocido', 'se desconoce', 'unknown', 'ns', 'nc', 'ns nc', 'n a', 'na', 'sin datos'];

function vocabulary<C extends string>(codes: readonly C[], catalogKey: (code: C) => Parameters<typeof translate>[1], words: Partial<Record<C, readonly string[]>>): Map<string, C> {
  const map = new Map<string, C>();
  for (const code of codes) {
    for (const word of [code, ...LANGUAGES.map((lang) => translate(lang, catalogKey(code))), ...(words[code] ?? [])]) {
      const key = foldText(word);
      if (key && !map.has(key)) map.set(key, code);
    }
  }
  return map;
}

let vocabularies: { platforms: Map<string, Platform>; statuses: Map<string, AccountStatus>; purposes: Map<string, AccountPurpose>; booleans: Map<string, boolean | null> } | null = null;

function words() {
  if (vocabularies) return vocabularies;
  const booleans = new Map<string, boolean | null>();
  for (const lang of LANGUAGES) {
    booleans.set(foldText(translate(lang, 'inventory.yes')), true);
    booleans.set(foldText(translate(lang, 'inventory.no')), false);
    booleans.set(foldText(translate(lang, 'inventory.unknown')), null);
  }
  for (const word of TRUE_WORDS) booleans.set(word, true);
  for (const word of FALSE_WORDS) booleans.set(word, false);
  for (const word of UNKNOWN_WORDS) booleans.set(word, null);
  vocabularies = {
    platforms: vocabulary(PLATFORM_CODES, (code) => `inventory.platforms.${code}`, PLATFORM_WORDS),
    statuses: vocabulary(ACCOUNT_STATUSES, (code) => `inventory.statuses.${code}`, STATUS_WORDS),
    purposes: vocabulary(ACCOUNT_PURPOSES, (code) => `inventory.purposes.${code}`, PURPOSE_WORDS),
    booleans,
  };
  return vocabularies;
}

export function parsePlatform(text: string): Parsed<Platform> {
  const platform = words().platforms.get(foldText(text));
  return platform ? ok(platform) : fail('unknownPlatform', { value: text });
}

export function parseStatus(text: string, lang: Lang): Parsed<AccountStatus> {
  const status = words().statuses.get(foldText(text));
  if (status) return ok(status);
  return fail('unknownStatus', { value: text, options: ACCOUNT_STATUSES.map((code) => translate(lang, `inventory.statuses.${code}`)).join(', ') });
}

export function parsePurpose(text: string, lang: Lang): Parsed<AccountPurpose> {
  const purpose = words().purposes.get(foldText(text));
  if (purpose) return ok(purpose);
  return fail('unknownPurpose', { value: text, options: ACCOUNT_PURPOSES.map((code) => translate(lang, `inventory.purposes.${code}`)).join(', ') });
}

/** Yes, no, or "not known" (null). */
export function parseBoolean(text: string): Parsed<boolean | null> {
  const folded = foldText(text);
  const value = words().booleans.get(folded === '' ? text.trim() : folded);
  // '?', '-' fold to nothing: they are "not known" too.
  if (value === undefined && folded === '' && /^[?¿\-–—]+$/.test(text.trim())) return ok(null);
  return value === undefined ? fail('badBoolean', { value: text }) : ok(value);
}

/** Spaces people and programs put between thousands: ordinary, no-break and narrow no-break. */
const SPACES = /[\s\u00a0\u202f]+/g;
const MULTIPLIERS: Record<string, number> = { k: 1_000, mil: 1_000, m: 1_000_000, mill: 1_000_000, millones: 1_000_000, millon: 1_000_000 };

/**
 * A decimal written either way: "1,5" and "1.5" are one and a half (a single separator is the
 * decimal one); "1.234,5" and "1,234.5" have both (the last is the decimal one); "1.234.567"
 * repeats one (it groups thousands). "12K" and "1,2 mil" are understood too.
 */
export function parseDecimal(text: string): Parsed<number> {
  const compact = text.replace(SPACES, '').toLowerCase();
  const match = /^(\d[\d.,]*)([a-z]*)$/.exec(compact);
  const multiplier = match ? (match[2] === '' ? 1 : MULTIPLIERS[match[2]!]) : undefined;
  const value = match && multiplier !== undefined ? readDigits(match[1]!) : null;
  if (value === null) return fail('badNumber', { value: text });
  // 1,1 thousand is 1100, not 1100.0000000000002; plain numbers are kept exactly as written.
  return ok(multiplier === 1 ? value : roundTo(value * multiplier!, 6));
}

function readDigits(digits: string): number | null {
  const dots = digits.split('.').length - 1;
  const commas = digits.split(',').length - 1;
  let normalised: string;
  if (dots > 0 && commas > 0) {
    const decimal = digits.lastIndexOf('.') > digits.lastIndexOf(',') ? '.' : ',';
    const grouping = decimal === '.' ? ',' : '.';
    if (digits.split(decimal).length - 1 > 1) return null;
    normalised = digits.split(grouping).join('').replace(decimal, '.');
  } else if (dots > 1 || commas > 1) {
    const grouping = dots > 1 ? '.' : ',';
    if (!new RegExp(`^\\d{1,3}(\\${grouping}\\d{3})+$`).test(digits)) return null;
    normalised = digits.split(grouping).join('');
  } else {
    normalised = digits.replace(',', '.');
  }
  if (!/^\d+(\.\d+)?$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** A whole count: "12.345" and "12,345" are twelve thousand… (one group of three digits is thousands here). */
export function parseCount(text: string): Parsed<number> {
  const compact = text.replace(SPACES, '');
  if (/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(compact)) return ok(Number(compact.replace(/[.,]/g, '')));
  const decimal = parseDecimal(text);
  if (!decimal.ok) return decimal;
  return Number.isInteger(decimal.value) ? decimal : fail('badInteger', { value: text });
}

function roundTo(value: number, places: number): number {
  const factor = 10 ** places;
  return Math.round(value * factor) / factor;
}

/**
 * A day. Spanish order (day first) for dd/mm/yyyy, dd-mm-yyyy and dd.mm.yyyy; ISO yyyy-mm-dd,
 * with or without a time; and Excel's serial day numbers, which a sheet shows when a date
 * column lost its format.
 */
export function parseDate(text: string): Parsed<string> {
  const trimmed = text.trim();
  let year: number;
  let month: number;
  let day: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed))) {
    [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?:\s+[\d:]+)?$/.exec(trimmed))) {
    [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (match[3]!.length === 2) year += 2000;
  } else if (/^\d{5}$/.test(trimmed) && Number(trimmed) >= 20_000 && Number(trimmed) <= 80_000) {
    return ok(new Date(Date.UTC(1899, 11, 30) + Number(trimmed) * 86_400_000).toISOString().slice(0, 10));
  } else {
    return fail('badDate', { value: text });
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = year >= 1900 && year <= 2200 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? ok(date.toISOString().slice(0, 10)) : fail('badDate', { value: text });
}

/**
 * Several values in one cell. People are separated by ";" or line breaks only: Spanish
 * administrations write names as "Pérez García, Ana", so a comma belongs to the name.
 * Languages are short codes or words and may also be separated by commas or slashes.
 */
export function splitPeople(text: string): string[] {
  return uniqueTrimmed(text.split(/[;\n\r]+/));
}

export function splitLanguages(text: string): string[] {
  return uniqueTrimmed(text.split(/[;,/\n\r|]+/));
}

function uniqueTrimmed(parts: string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const part of parts) {
    const value = part.trim();
    const key = foldText(value) || value;
    if (value && !seen.has(key)) {
      seen.add(key);
      result.push(value);
    }
  }
  return result;
}

/** A cell whose whole text (after any quotes) is an Object.prototype member's name; see protectPrototypeName in export-sheet.ts. */
export const PROTOTYPE_NAME = new RegExp(`^'*(${Object.getOwnPropertyNames(Object.prototype).join('|')})$`);

/**
 * Cells written by Rumbo's export start with a quote when they would otherwise look like a
 * formula, or (in .xlsx) when their whole text is an Object.prototype name; see export-sheet.ts.
 */
export function unneutralise(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) || (cell.startsWith("'") && PROTOTYPE_NAME.test(cell.slice(1))) ? cell.slice(1) : cell;
}
