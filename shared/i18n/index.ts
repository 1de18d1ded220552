import { es } from './catalog/es';
import { en } from './catalog/en';
import type { LeafPaths, MessageLeaf, MessageTree, PluralMessage } from './types';

export const LANGUAGES = ['es', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'es';

export type MessageKey = LeafPaths<typeof es>;
export type MessageParams = Record<string, string | number>;

const catalogs: Record<Lang, MessageTree> = { es, en: en as MessageTree };
/** Intl locales: dates and numbers formatted as Spain and Britain write them. */
export const LOCALES: Record<Lang, string> = { es: 'es-ES', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function lookup(tree: MessageTree, key: string): MessageLeaf | undefined {
  let node: MessageLeaf | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || isPlural(node)) return undefined;
    node = (node as MessageTree)[part];
  }
  return node === undefined || (typeof node !== 'string' && !isPlural(node)) ? undefined : node;
}

function isPlural(node: unknown): node is PluralMessage {
  return typeof node === 'object' && node !== null && 'one' in node && 'other' in node;
}

function interpolate(lang: Lang, text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** The message for `key` in `lang`, falling back to Spanish and then to the key itself. */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const leaf = lookup(catalogs[lang], key) ?? lookup(catalogs[DEFAULT_LANG], key);
  if (leaf === undefined) return key;
  if (typeof leaf === 'string') return interpolate(lang, leaf, params);
  const count = Number(params?.count ?? 0);
  const form = pluralRules(lang).select(count) === 'one' ? leaf.one : leaf.other;
  return interpolate(lang, form, params);
}

export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function translatorFor(lang: Lang): Translator {
  return (key, params) => translate(lang, key, params);
}

// Intl objects are slow to build and screens format thousands of values: keep one per language and options.
const pluralCache = new Map<Lang, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();
const dateCache = new Map<string, Intl.DateTimeFormat>();

function pluralRules(lang: Lang): Intl.PluralRules {
  let rules = pluralCache.get(lang);
  if (!rules) pluralCache.set(lang, (rules = new Intl.PluralRules(LOCALES[lang])));
  return rules;
}

export function formatNumber(lang: Lang, value: number, options?: Intl.NumberFormatOptions): string {
  const key = `${lang}|${options ? JSON.stringify(options) : ''}`;
  let format = numberCache.get(key);
  if (!format) numberCache.set(key, (format = new Intl.NumberFormat(LOCALES[lang], options)));
  return format.format(value);
}

/** `2026-11-28` → `28/11/2026` (es) or `28/11/2026` (en-GB); invalid input is returned unchanged. */
export function formatDate(lang: Lang, isoDate: string, style: 'short' | 'long' = 'short'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime())) return isoDate;
  const key = `${lang}|${style}`;
  let format = dateCache.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      style === 'long'
        ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
    dateCache.set(key, (format = new Intl.DateTimeFormat(LOCALES[lang], options)));
  }
  return format.format(date);
}

// Made once per language: a compare or history list formats thousands of timestamps.
const dateTimeCache = new Map<Lang, Intl.DateTimeFormat>();

export function formatDateTime(lang: Lang, isoTimestamp: string): string {
  const date = new Date(isoTimestamp);
  if (Number.isNaN(date.getTime())) return isoTimestamp;
  let format = dateTimeCache.get(lang);
  // Four-digit years in both languages: "28/11/26" reads as ambiguous in a formal record.
  if (!format) {
    const options: Intl.DateTimeFormatOptions = { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' };
    dateTimeCache.set(lang, (format = new Intl.DateTimeFormat(LOCALES[lang], options)));
  }
  return format.format(date);
}
