import { useT } from '../../i18n/useT';

interface ReorderButtonsProps {
  /** How the record is named in the buttons' labels ("objetivo 2"). */
  name: string;
  index: number;
  count: number;
  onMove: (index: number) => void;
  disabled?: boolean;
}

/**
 * Moves a record up or down its list: the keyboard way to reorder (Tab to the button, Enter).
 * At either end the button stays focusable (aria-disabled) so focus never falls off the page
 * after a move; pressing it then does nothing.
 */
export function ReorderButtons({ name, index, count, onMove, disabled }: ReorderButtonsProps) {
  const t = useT();
  const first = index === 0;
  const last = index >= count - 1;
  if (count < 2) return null;
  return (
    <span className="reorder" role="group" aria-label={t('actionui.reorder.group', { name })}>
      <button
        type="button"
        className="icon-button"
        aria-label={t('actionui.reorder.up', { name })}
        title={t('actionui.reorder.up', { name })}
        aria-disabled={first || disabled ? true : undefined}
        onClick={() => !first && !disabled && onMove(index - 1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={t('actionui.reorder.down', { name })}
        title={t('actionui.reorder.down', { name })}
        aria-disabled={last || disabled ? true : undefined}
        onClick={() => !last && !disabled && onMove(index + 1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </span>
  );
}
