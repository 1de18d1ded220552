import { useRef, useState } from 'react';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { eventsFirst, hasFilters, historyQuery, NO_FILTERS, PAGE_SIZE, type HistoryFilters } from './history-words';
import { AuthorSetting } from './AuthorSetting';
import { HistoryFiltersForm } from './HistoryFiltersForm';
import { HistoryPager } from './HistoryPager';
import { HistoryTable } from './HistoryTable';
import { RecordFilterChip } from './RecordFilterChip';
import { useHistoryPage } from './useHistoryPage';
import { useSettledValue } from './useSettledValue';
import './history.css';

const TYPING_PAUSE_MS = 300;

/** Who changed what and when: the plan's change history, filtered and a page at a time. */
export function HistorySection() {
  const t = useT();
  const record = useApp((state) => state.historyRecord);
  const [filters, setFilters] = useState<HistoryFilters>(NO_FILTERS);
  const text = useSettledValue(filters.text, TYPING_PAUSE_MS);
  const settled = { ...filters, text };
  const recordId = record?.id ?? null;
  // Any other question starts again from the newest page.
  const questionKey = JSON.stringify([settled, recordId]);
  const [paging, setPaging] = useState({ key: questionKey, offset: 0 });
  const offset = paging.key === questionKey ? paging.offset : 0;
  const { page, error, loading } = useHistoryPage(historyQuery(settled, recordId, offset));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const tableRef = useRef<HTMLDivElement>(null);

  const filtered = hasFilters(filters) || record !== null;
  const total = page?.total ?? 0;
  const shown = page?.entries.length ?? 0;
  const summary =
    total > shown || offset > 0
      ? t('historyui.table.captionRange', { first: offset + 1, last: offset + shown, count: total })
      : t('historyui.table.caption', { count: total });
  const empty = page !== null && total === 0;
  const emptyText = filtered ? t('historyui.noMatch') : t('historyui.empty');

  function turnPage(to: number) {
    setPaging({ key: questionKey, offset: to });
    tableRef.current?.focus();
  }

  return (
    <section aria-labelledby="history-title" className="section history">
      <h1 id="history-title" ref={headingRef} tabIndex={-1}>
        {t('historyui.nav')}
      </h1>
      <p className="help">{t('historyui.help')}</p>
      <AuthorSetting />
      <HistoryFiltersForm filters={filters} authors={page?.authors ?? []} onChange={setFilters} />
      {record && (
        <RecordFilterChip
          label={record.label}
          onRemove={() => {
            useApp.setState({ historyRecord: null });
            // The chip's button is gone: the screen's heading keeps the keyboard in place.
            headingRef.current?.focus();
          }}
        />
      )}
      {error && (
        <p className="field-problem" role="alert">
          {error}
        </p>
      )}
      {/* One live region, always there so that each new answer is announced; when nothing matches it is the visible message. */}
      <p className={empty ? 'history-empty' : 'visually-hidden'} role="status" aria-live="polite">
        {page && (!loading || empty) ? (empty ? emptyText : summary) : ''}
      </p>
      {!page ? (
        <p className="muted">{loading ? t('historyui.loading') : ''}</p>
      ) : empty ? null : (
        <>
          <HistoryTable ref={tableRef} entries={eventsFirst(page.entries)} caption={summary} busy={loading} />
          {total > PAGE_SIZE && <HistoryPager offset={offset} total={total} disabled={loading} onTurn={turnPage} />}
        </>
      )}
    </section>
  );
}
