import { useT } from '../../i18n/useT';
import { PAGE_SIZE } from './history-words';

interface HistoryPagerProps {
  offset: number;
  total: number;
  disabled: boolean;
  onTurn: (offset: number) => void;
}

/** Back to newer changes or on to older ones, a page at a time. */
export function HistoryPager({ offset, total, disabled, onTurn }: HistoryPagerProps) {
  const t = useT();
  return (
    <nav aria-label={t('historyui.pager.label')} className="button-row history-pager">
      <button type="button" className="secondary" disabled={disabled || offset === 0} onClick={() => onTurn(Math.max(0, offset - PAGE_SIZE))}>
        ← {t('historyui.pager.newer')}
      </button>
      <button type="button" className="secondary" disabled={disabled || offset + PAGE_SIZE >= total} onClick={() => onTurn(offset + PAGE_SIZE)}>
        {t('historyui.pager.older')} →
      </button>
    </nav>
  );
}
