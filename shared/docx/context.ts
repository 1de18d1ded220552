import { LOCALES, formatDate, translatorFor, type Lang, type Translator } from '../i18n';
import type { DocumentPart, EmptyParts } from '../model/document';
import { PLAN_STATUSES } from '../model/plan';
import type { DocumentOptions, PlanDocumentData } from './types';
import type { PreparedCharts } from './charts/prepare';
import { CaptionNumbers } from './captions';
import { cleanLine } from './sanitize';

/** What every section module receives: the (already sanitised) data and the language helpers. */
export interface DocumentContext {
  data: PlanDocumentData;
  lang: Lang;
  t: Translator;
  /** Not approved yet: every page carries the draft marking. */
  isDraft: boolean;
  /** The plan is approved (whatever the draft marking of this export says). */
  isApproved: boolean;
  /** The chapters and annexes this export leaves out. */
  excluded: ReadonlySet<DocumentPart>;
  /** What a chapter without data does: says so in a line, or is left out. */
  emptyParts: EmptyParts;
  /** `2026-01-01` → "1 de enero de 2026". */
  date(iso: string): string;
  /** `2026-01-01` → "01/01/2026", for tables. */
  shortDate(iso: string): string;
  number(value: number): string;
  /** "Ana, Luis y Marta" — or the catalog's "not specified". */
  list(items: readonly string[]): string;
  /** A one-line value or the catalog's "not specified" when it is empty. */
  orNotSet(value: string): string;
  /** One-line values shown in several places (cover, header, document control, properties). */
  institutionName: string;
  /** The plan's title, or the catalog's default title when it has none. */
  planTitle: string;
  versionLabel: string;
  /** The plan period as "1 de enero de 2026 – 31 de diciembre de 2027". */
  period: string;
  status: string;
  /** The plan's charts as PNG, drawn before composing (charts/prepare.ts) since drawing is asynchronous; empty until then. */
  charts: PreparedCharts;
  /** The numbers the captions of figures and tables take, counted afresh by each composition (outline.ts). */
  captions: CaptionNumbers;
}

const PROFILE_LINE_MAX = 300;

export function createContext(data: PlanDocumentData, options: DocumentOptions): DocumentContext {
  const lang = options.lang;
  const t = translatorFor(lang);
  const date = (iso: string) => (isRealDate(iso) ? formatDate(lang, iso, 'long') : iso);
  const orNotSet = (value: string) => (value.trim() === '' ? t('document.notSet') : value);
  // Made once: an annex of thousands of accounts formats a number and a list in every row.
  const numbers = new Intl.NumberFormat(LOCALES[lang]);
  const lists = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' });
  const shortDates = new Map<string, string>();
  return {
    data,
    lang,
    t,
    isDraft: isDraft(data, options),
    isApproved: data.meta.status === 'approved',
    excluded: new Set(options.excludedParts ?? []),
    emptyParts: options.emptyParts === 'omit' ? 'omit' : 'note',
    date,
    shortDate: (iso) => {
      // formatDate makes a new Intl formatter on every call: about a millisecond each, which an
      // annex of thousands of dated accounts would pay again and again for the same few days.
      let formatted = shortDates.get(iso);
      if (formatted === undefined) shortDates.set(iso, (formatted = isRealDate(iso) ? formatDate(lang, iso, 'short') : iso));
      return formatted;
    },
    number: (value) => numbers.format(value),
    list: (items) => {
      const present = items.map((item) => cleanLine(item)).filter((item) => item !== '');
      return orNotSet(lists.format(present));
    },
    orNotSet,
    // Capped where the profile form caps them: longer can only come from a hand-made file,
    // and would push the cover onto a second page.
    institutionName: cleanLine(data.institution.name, PROFILE_LINE_MAX),
    planTitle: cleanLine(data.institution.planTitle, PROFILE_LINE_MAX) || t('document.defaultPlanTitle'),
    versionLabel: cleanLine(data.meta.versionLabel, 60),
    period: t('document.period', { start: date(data.institution.periodStart), end: date(data.institution.periodEnd) }),
    // A hostile or future file may carry a status this version does not know: it is not approved.
    status: t(`common.planStatuses.${PLAN_STATUSES.includes(data.meta.status) ? data.meta.status : 'draft'}`),
    charts: new Map(),
    captions: new CaptionNumbers(),
  };
}

/**
 * Whether a value starts with a date of the calendar: a hand-made file may hold "2026-13-45",
 * which would otherwise be shown as the day it rolls over to. Such a value is shown as written.
 */
function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The DRAFT marking: until the plan is approved, unless this export forces it on or off. */
function isDraft(data: PlanDocumentData, options: DocumentOptions): boolean {
  // Anything but a known forced choice (a future or damaged setting) is the safe default.
  if (options.draftMarking === 'always') return true;
  if (options.draftMarking === 'never') return false;
  return data.meta.status !== 'approved';
}
