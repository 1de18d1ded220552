import type { CallInput, ChangeCall } from '../../../../shared/engine/contract';
import { LOCALES, type Lang, type Translator } from '../../../../shared/i18n';
import type { SectionId } from '../../../../shared/merge/labels';
import type { HistoryEntry } from '../../../../shared/model/sharing';
import { CHANGE_LABELS } from '../../app/change-labels';

/** The history screen's filters as the user set them; '' means "any". */
export interface HistoryFilters {
  /** A section of the plan, or 'plan' for the events of the whole plan (copies, merges, status, approval). */
  section: '' | SectionId | 'plan';
  author: string;
  text: string;
  /** ISO dates from the date fields, inclusive. */
  from: string;
  to: string;
}

export const NO_FILTERS: HistoryFilters = { section: '', author: '', text: '', from: '', to: '' };
export const PAGE_SIZE = 100;

export function hasFilters(filters: HistoryFilters): boolean {
  return Object.values(filters).some((value) => value.trim() !== '');
}

/** The engine's history query for these filters, leaving out what is not set (the engine reads absent as "any"). */
export function historyQuery(filters: HistoryFilters, recordId: string | null, offset: number): CallInput<'history.list'> {
  const text = filters.text.trim();
  return {
    ...(filters.section ? { sections: [filters.section] } : {}),
    ...(recordId ? { recordId } : {}),
    ...(filters.author ? { author: filters.author } : {}),
    ...(text ? { text } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    limit: PAGE_SIZE,
    offset,
  };
}

/**
 * A merge writes its own line before the records it brought, so newest-first would show
 * "merged the copy" under its changes; within one moment the plan's event goes first, as a heading.
 */
export function eventsFirst(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const ordered: HistoryEntry[] = [];
  let start = 0;
  while (start < entries.length) {
    let end = start;
    while (end < entries.length && entries[end]!.at === entries[start]!.at) end++;
    const moment = entries.slice(start, end);
    ordered.push(...moment.filter((entry) => entry.table === ''), ...moment.filter((entry) => entry.table !== ''));
    start = end;
  }
  return ordered;
}

/** "Añadió" + "Cuenta «Instagram @villanueva»"; a plan event is one sentence with no verb apart. */
export function whatHappened(entry: HistoryEntry, t: Translator): { verb: string | null; text: string } {
  if (entry.table === '') return { verb: null, text: planEvent(entry, t) };
  const verb = entry.kind === '' ? null : t(`historyui.what.${entry.kind}`);
  return { verb, text: entry.label ? t('historyui.what.named', { record: entry.record, label: entry.label }) : entry.record };
}

function planEvent(entry: HistoryEntry, t: Translator): string {
  switch (entry.action) {
    case 'plan.prepareCopy':
      return entry.label ? t('historyui.what.prepareCopyFor', { label: entry.label }) : t('historyui.what.prepareCopy');
    case 'plan.merge':
      return t('historyui.what.merge', { via: entry.via || entry.label });
    case 'plan.setStatus':
      return t('historyui.what.setStatus', { status: isStatus(entry.label) ? t(`common.planStatuses.${entry.label}`) : entry.label });
    case 'plan.approve':
      return t('historyui.what.approve', { version: entry.label });
    default:
      // An event a newer Rumbo writes still reads as something.
      return t('historyui.what.event', { label: entry.label || entry.action });
  }
}

function isStatus(label: string): label is 'draft' | 'in_review' | 'approved' {
  return label === 'draft' || label === 'in_review' || label === 'approved';
}

/** The fields a change touched; for a merge, whose work the copy carried. */
export function fieldsTouched(entry: HistoryEntry, t: Translator, lang: Lang): string {
  if (entry.table === '' && entry.action === 'plan.merge') {
    return entry.fields.length > 0 ? t('historyui.fields.editors', { people: listOf(lang, entry.fields) }) : '';
  }
  return entry.fieldLabels.join(', ');
}

function listOf(lang: Lang, items: readonly string[]): string {
  return new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' }).format(items);
}

/** How the change came about: from another person's copy, by undo or redo, or the kind of edit (the undo button's words). */
export function howItHappened(entry: HistoryEntry, t: Translator, lang: Lang): string {
  // A merge's own line already names its copy.
  if (entry.table === '') return t('historyui.how.planEvent');
  if (entry.via) return t('historyui.how.fromCopy', { via: entry.via });
  if (entry.action === 'history.undo') return t('historyui.how.undo');
  if (entry.action === 'history.redo') return t('historyui.how.redo');
  if (entry.action === 'plan.approve') return t('historyui.how.approve');
  if (Object.hasOwn(CHANGE_LABELS, entry.action)) return capitalised(lang, t(CHANGE_LABELS[entry.action as ChangeCall]));
  return t('historyui.how.other');
}

/** The undo button's words are written to follow "Deshacer: "; on their own in a cell they start a sentence. */
function capitalised(lang: Lang, text: string): string {
  return text.charAt(0).toLocaleUpperCase(LOCALES[lang]) + text.slice(1);
}
