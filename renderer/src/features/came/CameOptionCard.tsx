import { useId, useState } from 'react';
import { CAME_STRATEGIES, type CameOption, type CameStrategy, type StrategyLine, type SwotItem, type SwotQuadrant } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { SelectField } from '../../ui/SelectField';
import { goToRecord, recordElementId } from '../traceability/go-to-record';
import { focusSoon, shortText } from '../swot/focus-soon';
import { STRATEGY_QUADRANTS } from './strategy';
import { SwotItemPicker } from './SwotItemPicker';

interface CameOptionCardProps {
  option: CameOption;
  position: number;
  items: readonly SwotItem[];
  /** The strategy lines that came from this option. */
  lines: readonly StrategyLine[];
  readOnly: boolean;
  announce: (message: string) => void;
  onDeleted: (option: CameOption) => void;
}

/** One strategy option: what it proposes, the SWOT items it pairs (with their CAME verb), and its line. */
export function CameOptionCard({ option, position, items, lines, readOnly, announce, onDeleted }: CameOptionCardProps) {
  const t = useT();
  const controller = useController();
  const [editing, setEditing] = useState(false);
  const editId = useId();
  const name = t('diagnosis.came.optionName', { strategy: t(`diagnosis.came.strategyShort.${option.strategy}`), position });
  const quadrants: readonly SwotQuadrant[] = STRATEGY_QUADRANTS[option.strategy];
  const paired = option.swotItemIds.flatMap((id) => items.find((item) => item.id === id) ?? []).sort((a, b) => quadrants.indexOf(a.quadrant) - quadrants.indexOf(b.quadrant) || a.position - b.position);
  const elementId = recordElementId('came', option.id);

  async function toLine() {
    const line = await controller.change('came.toLine', { optionId: option.id });
    if (!line) return;
    announce(t('diagnosis.came.lineCreated', { name: shortText(line.name, 70) }));
    focusSoon(() => document.getElementById(elementId)?.querySelector<HTMLElement>('[data-tool="goLine"]'));
  }

  async function changeStrategy(strategy: CameStrategy) {
    const changed = await controller.change('came.update', { id: option.id, strategy });
    if (!changed) return;
    // The card now lives in another block of the matrix: follow it there.
    announce(t('diagnosis.came.strategyChanged', { strategy: t(`diagnosis.came.strategyShort.${strategy}`) }));
    focusSoon(() => document.getElementById(elementId));
  }

  async function remove() {
    await controller.change('came.delete', { id: option.id });
    // 'came.delete' answers nothing: the refreshed plan says whether it happened.
    if (!useApp.getState().action?.came.some((other) => other.id === option.id)) onDeleted(option);
  }

  return (
    <li id={elementId} tabIndex={-1} className="came-option" aria-label={`${name}: ${option.text}`}>
      <div className="came-option-text">
        <CommitField label={t('diagnosis.came.textOf', { name })} value={option.text} multiline required maxLength={2000} disabled={readOnly} onCommit={(text) => void controller.change('came.update', { id: option.id, text })} />
      </div>
      {paired.length === 0 ? (
        <p className="muted small">{t('diagnosis.came.pairsNothing')}</p>
      ) : (
        <ul className="paired-items" aria-label={t('diagnosis.came.pairsOf', { name })}>
          {paired.map((item) => (
            <li key={item.id} className={`q-${item.quadrant}`}>
              <span className="paired-verb">{t(`action.came.${item.quadrant}`)}</span>
              <span className="paired-quadrant">{t(`action.quadrants.${item.quadrant}`)}:</span> {item.text}
            </li>
          ))}
        </ul>
      )}
      {lines.length > 0 && (
        <div className="line-status">
          {lines.map((line) => (
            <p key={line.id}>
              <span aria-hidden="true">✓ </span>
              {t('diagnosis.came.isLine', { name: line.name })}{' '}
              <button type="button" className="link" data-tool="goLine" onClick={() => goToRecord('line', line.id)}>
                {t('diagnosis.came.goToLine')}
              </button>
            </p>
          ))}
        </div>
      )}
      {!readOnly && (
        <div className="came-option-tools">
          {lines.length === 0 && (
            <button type="button" className="small-button" onClick={() => void toLine()} aria-label={t('diagnosis.came.toLineOf', { name })}>
              {t('diagnosis.came.toLine')}
            </button>
          )}
          <button type="button" className="secondary small-button" aria-expanded={editing} aria-controls={editId} onClick={() => setEditing(!editing)} aria-label={t('diagnosis.came.editOf', { name })}>
            {t('diagnosis.came.edit')}
          </button>
          <button type="button" className="secondary small-button danger-text" aria-label={t('diagnosis.came.deleteOf', { name })} onClick={() => void remove()}>
            {t('diagnosis.common.delete')}
          </button>
        </div>
      )}
      <div id={editId} hidden={!editing} className="came-option-edit">
        {editing && (
          <>
            <SelectField
              label={t('diagnosis.came.strategy')}
              value={option.strategy}
              options={CAME_STRATEGIES.map((value) => ({ value, label: t(`action.strategies.${value}`) }))}
              onChange={(strategy) => void changeStrategy(strategy)}
            />
            <SwotItemPicker
              strategy={option.strategy}
              items={items}
              selected={option.swotItemIds}
              idPrefix={`came-${option.id}`}
              onChange={(swotItemIds) => void controller.change('came.update', { id: option.id, swotItemIds })}
            />
          </>
        )}
      </div>
    </li>
  );
}
