import type { CameStrategy, SwotItem } from '../../../../shared/model/action';
import { useT } from '../../i18n/useT';
import { STRATEGY_QUADRANTS } from './strategy';
import { goalOf } from './StrategyGoals';

interface SwotItemPickerProps {
  strategy: CameStrategy;
  items: readonly SwotItem[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  disabled?: boolean;
  /** Makes the checkbox names unique when several pickers are on the screen. */
  idPrefix: string;
}

/** Checkboxes for the SWOT items a strategy can pair: only the two quadrants it combines. */
export function SwotItemPicker({ strategy, items, selected, onChange, disabled, idPrefix }: SwotItemPickerProps) {
  const t = useT();
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((other) => other !== id));
  return (
    <div className="came-picker">
      {STRATEGY_QUADRANTS[strategy].map((quadrant) => {
        const own = items.filter((item) => item.quadrant === quadrant).sort((a, b) => a.position - b.position);
        return (
          <fieldset key={quadrant} className={`picker-group q-${quadrant}`}>
            <legend>{goalOf(t, quadrant)}</legend>
            {own.length === 0 ? (
              <p className="muted small">{t(`diagnosis.came.noItems.${quadrant}`)}</p>
            ) : (
              <ul>
                {own.map((item) => {
                  const id = `${idPrefix}-${item.id}`;
                  return (
                    <li key={item.id}>
                      <input id={id} type="checkbox" checked={selected.includes(item.id)} disabled={disabled} onChange={(event) => toggle(item.id, event.target.checked)} />
                      <label htmlFor={id}>
                        {item.text} <span className="muted small">({t('diagnosis.came.weight', { weight: item.weight })})</span>
                      </label>
                    </li>
                  );
                })}
              </ul>
            )}
          </fieldset>
        );
      })}
    </div>
  );
}
