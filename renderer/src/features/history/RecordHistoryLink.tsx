import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';

interface RecordHistoryLinkProps {
  id: string;
  /** How the record is named in the history's "Only: …" filter. */
  label: string;
  /** Named for screen readers where many records on one screen have this link. */
  context?: string;
  className?: string;
  /** Anything the record's screen must close before it is left (an open record panel). */
  onLeave?: () => void;
}

/** "See its history": the change history, filtered to this one record. */
export function RecordHistoryLink({ id, label, context, className = 'secondary', onLeave }: RecordHistoryLinkProps) {
  const t = useT();
  return (
    <button
      type="button"
      className={`${className} history-record-link`}
      onClick={() => {
        onLeave?.();
        useApp.setState({ historyRecord: { id, label }, section: 'history' });
      }}
    >
      {t('historyui.link')}
      {context && <span className="visually-hidden"> {context}</span>}
    </button>
  );
}
