import { useT } from '../../i18n/useT';

/** "Only: Instagram @villanueva" — the history narrowed to one record, from that record's own link. */
export function RecordFilterChip({ label, onRemove }: { label: string; onRemove: () => void }) {
  const t = useT();
  return (
    <p className="history-record-filter">
      <span className="history-chip">
        <span>{t('historyui.filters.onlyRecord', { label })}</span>
        <button type="button" className="history-chip-remove" aria-label={t('historyui.filters.removeRecord', { label })} title={t('historyui.filters.removeRecord', { label })} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </p>
  );
}
