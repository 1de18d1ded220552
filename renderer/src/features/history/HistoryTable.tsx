import type { Ref } from 'react';
import { formatDateTime } from '../../../../shared/i18n';
import type { HistoryEntry } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { fieldsTouched, howItHappened, whatHappened } from './history-words';

interface HistoryTableProps {
  entries: readonly HistoryEntry[];
  caption: string;
  busy: boolean;
  ref?: Ref<HTMLDivElement>;
}

/** The changes, newest first: when, who, what, which fields, and how they came about. */
export function HistoryTable({ entries, caption, busy, ref }: HistoryTableProps) {
  const t = useT();
  return (
    // Focusable so that a keyboard user can scroll a wide table; paging brings the focus here.
    <div ref={ref} className="history-table-wrap" role="region" aria-labelledby="history-caption" tabIndex={0}>
      <table className="history-table" aria-busy={busy || undefined}>
        <caption id="history-caption">{caption}</caption>
        <colgroup>
          <col className="history-col-when" />
          <col className="history-col-who" />
          <col className="history-col-what" />
          <col className="history-col-fields" />
          <col className="history-col-how" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t('historyui.table.when')}</th>
            <th scope="col">{t('historyui.table.who')}</th>
            <th scope="col">{t('historyui.table.what')}</th>
            <th scope="col">{t('historyui.table.fields')}</th>
            <th scope="col">{t('historyui.table.how')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <HistoryRow key={entry.id} entry={entry} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HistoryRow({ entry }: { entry: HistoryEntry }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const what = whatHappened(entry, t);
  const fields = fieldsTouched(entry, t, lang);
  return (
    <tr className={entry.table === '' ? 'history-event' : undefined} data-kind={entry.kind || 'event'}>
      <td className="history-when">
        <time dateTime={entry.at}>{formatDateTime(lang, entry.at)}</time>
      </td>
      <td>{entry.author}</td>
      <td>
        {what.verb && <span className={`history-verb history-verb-${entry.kind}`}>{what.verb} </span>}
        {what.text}
      </td>
      <td>
        {fields || (
          <span className="muted">
            <span aria-hidden="true">—</span>
            <span className="visually-hidden">{t('historyui.table.noFields')}</span>
          </span>
        )}
      </td>
      <td>{howItHappened(entry, t, lang)}</td>
    </tr>
  );
}
