import { useT } from '../../i18n/useT';
import { keyboardPlacement, type KeyboardMove, type UnitIndex } from './unit-tree';
import type { UnitActions } from './useUnitActions';

const BUTTONS: readonly { move: KeyboardMove; label: 'moveUp' | 'moveDown' | 'indent' | 'outdent'; symbol: string; keys: string }[] = [
  { move: 'up', label: 'moveUp', symbol: '↑', keys: 'Alt+Shift+ArrowUp' },
  { move: 'down', label: 'moveDown', symbol: '↓', keys: 'Alt+Shift+ArrowDown' },
  { move: 'outdent', label: 'outdent', symbol: '←', keys: 'Alt+Shift+ArrowLeft' },
  { move: 'indent', label: 'indent', symbol: '→', keys: 'Alt+Shift+ArrowRight' },
];

/** The tree's keyboard moves as buttons, for whoever prefers to click or does not know the shortcuts. */
export function MoveButtons({ unitId, index, actions, disabled }: { unitId: string; index: UnitIndex; actions: UnitActions; disabled: boolean }) {
  const t = useT();
  return (
    <fieldset className="move-buttons">
      <legend>{t('organisation.tree.moveToolbar')}</legend>
      <div className="move-grid">
        {BUTTONS.map((button) => (
          <button
            key={button.move}
            type="button"
            className="secondary compact"
            aria-keyshortcuts={button.keys}
            title={t('organisation.tree.shortcut', { arrow: button.symbol })}
            disabled={disabled || keyboardPlacement(index, unitId, button.move) === null}
            onClick={() => void actions.moveByKey(unitId, button.move)}
          >
            <span aria-hidden="true">{button.symbol} </span>
            {t(`organisation.tree.${button.label}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
