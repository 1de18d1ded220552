import { useId } from 'react';
import { SECTIONS, sectionTitle } from '../../../../shared/merge/labels';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { hasFilters, NO_FILTERS, type HistoryFilters } from './history-words';

interface HistoryFiltersFormProps {
  filters: HistoryFilters;
  /** Everyone who appears in the plan's history, for the person filter. */
  authors: readonly string[];
  onChange: (filters: HistoryFilters) => void;
}

/** One row of filters above the history; every change asks the engine again. */
export function HistoryFiltersForm({ filters, authors, onChange }: HistoryFiltersFormProps) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const id = useId();
  const set = (patch: Partial<HistoryFilters>) => onChange({ ...filters, ...patch });
  // A person chosen before the history changed language or content stays selectable.
  const people = filters.author && !authors.includes(filters.author) ? [filters.author, ...authors] : authors;

  return (
    <form role="search" aria-label={t('historyui.filters.label')} className="history-filters" onSubmit={(event) => event.preventDefault()}>
      <div className="field history-filter">
        <label htmlFor={`${id}-section`}>{t('historyui.filters.section')}</label>
        <select id={`${id}-section`} value={filters.section} onChange={(event) => set({ section: event.target.value as HistoryFilters['section'] })}>
          <option value="">{t('historyui.filters.allSections')}</option>
          {SECTIONS.map((section) => (
            <option key={section} value={section}>
              {sectionTitle(lang, section)}
            </option>
          ))}
          <option value="plan">{t('historyui.filters.planEvents')}</option>
        </select>
      </div>
      <div className="field history-filter">
        <label htmlFor={`${id}-person`}>{t('historyui.filters.person')}</label>
        <select id={`${id}-person`} value={filters.author} onChange={(event) => set({ author: event.target.value })}>
          <option value="">{t('historyui.filters.allPeople')}</option>
          {people.map((author) => (
            <option key={author} value={author}>
              {author}
            </option>
          ))}
        </select>
      </div>
      <div className="field history-filter history-words">
        <label htmlFor={`${id}-text`}>{t('historyui.filters.words')}</label>
        <input
          id={`${id}-text`}
          type="search"
          value={filters.text}
          maxLength={200}
          placeholder={t('historyui.filters.wordsHint')}
          data-draft={filters.text ? 'true' : undefined}
          onChange={(event) => set({ text: event.target.value })}
        />
      </div>
      <div className="field history-filter history-date">
        <label htmlFor={`${id}-from`}>{t('historyui.filters.from')}</label>
        <input id={`${id}-from`} type="date" value={filters.from} max={filters.to || undefined} onChange={(event) => set({ from: event.target.value })} />
      </div>
      <div className="field history-filter history-date">
        <label htmlFor={`${id}-to`}>{t('historyui.filters.to')}</label>
        <input id={`${id}-to`} type="date" value={filters.to} min={filters.from || undefined} onChange={(event) => set({ to: event.target.value })} />
      </div>
      <button type="button" className="secondary history-clear" disabled={!hasFilters(filters)} onClick={() => onChange(NO_FILTERS)}>
        {t('historyui.filters.clear')}
      </button>
    </form>
  );
}
