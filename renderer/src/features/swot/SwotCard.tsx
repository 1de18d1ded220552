import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { useId } from 'react';
import { suggestionText } from '../../../../shared/action/library';
import type { SwotItem, SwotQuadrant } from '../../../../shared/model/action';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { recordElementId } from '../traceability/go-to-record';
import { BOARD_ORDER } from './board-order';
import { MoveMenu } from './MoveMenu';
import type { SwotActions } from './useSwotActions';

const WEIGHTS = [1, 2, 3, 4, 5] as const;

interface SwotCardProps {
  item: SwotItem;
  /** Where the card is shown, which during a drag may not yet be where the plan has it. */
  quadrant: SwotQuadrant;
  position: number;
  count: number;
  readOnly: boolean;
  actions: SwotActions;
}

/** One SWOT item: its text, weight, evidence and origin, with the ways to move or delete it. */
export function SwotCard({ item, quadrant, position, count, readOnly, actions }: SwotCardProps) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const weightId = useId();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    data: { quadrant },
    disabled: readOnly,
  });
  const name = t('diagnosis.swot.itemName', { quadrant: t(`action.quadrants.${quadrant}`), position });
  const hint = item.source === 'suggestion' && !item.evidence ? suggestionText(lang, 'swot', item.sourceRef)?.detail : undefined;
  const others = BOARD_ORDER.filter((other) => other !== quadrant);

  return (
    <li
      ref={setNodeRef}
      id={recordElementId('swot', item.id)}
      className={`swot-card${isDragging ? ' dragging' : ''}`}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      aria-label={`${name}: ${item.text}`}
    >
      <div className="swot-card-top">
        {!readOnly && (
          <button
            ref={setActivatorNodeRef}
            type="button"
            className="drag-handle"
            {...attributes}
            {...listeners}
            aria-roledescription={t('diagnosis.swot.drag.roleDescription')}
            aria-label={t('diagnosis.swot.drag.handle', { name })}
            title={t('diagnosis.swot.drag.title')}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
        <label className="weight-field" htmlFor={weightId}>
          <span aria-hidden="true">{t('diagnosis.swot.weight')}</span>
          <span className="visually-hidden">{t('diagnosis.swot.weightOf', { name })}</span>
        </label>
        <select
          id={weightId}
          className="weight-select"
          value={item.weight}
          disabled={readOnly}
          onChange={(event) => actions.update(item.id, { weight: Number(event.target.value) })}
        >
          {WEIGHTS.map((weight) => (
            <option key={weight} value={weight}>
              {weight}
            </option>
          ))}
        </select>
        <span className="weight-print" aria-hidden="true">
          {item.weight}
        </span>
        <span className="weight-pips" aria-hidden="true">
          {WEIGHTS.map((weight) => (
            <span key={weight} className={weight <= item.weight ? 'pip on' : 'pip'} />
          ))}
        </span>
        <span className={`source-badge source-${item.source}`} title={t(`diagnosis.swot.sourceTitles.${item.source}`)}>
          <span className="visually-hidden">{t('diagnosis.swot.source')} </span>
          {t(`diagnosis.swot.sources.${item.source}`)}
        </span>
        {!readOnly && (
          <div className="swot-card-tools">
            <button
              type="button"
              className="secondary small-button"
              data-tool="up"
              disabled={position === 1}
              aria-label={t('diagnosis.swot.upOf', { name })}
              title={t('diagnosis.swot.up')}
              onClick={() => void actions.move(item, quadrant, position - 2, 'up')}
            >
              ↑
            </button>
            <button
              type="button"
              className="secondary small-button"
              data-tool="down"
              disabled={position === count}
              aria-label={t('diagnosis.swot.downOf', { name })}
              title={t('diagnosis.swot.down')}
              onClick={() => void actions.move(item, quadrant, position, 'down')}
            >
              ↓
            </button>
            <MoveMenu
              label={t('diagnosis.swot.moveTo')}
              buttonLabel={t('diagnosis.swot.moveToOf', { name })}
              targets={others.map((other) => ({ value: other, label: t(`action.quadrantsPlural.${other}`) }))}
              onChoose={(target) => {
                const destination = target as SwotQuadrant;
                const length = useApp.getState().action?.swot.filter((other) => other.quadrant === destination).length ?? 0;
                void actions.move(item, destination, length, 'moveTo');
              }}
            />
            <button type="button" className="secondary small-button danger-text" data-tool="delete" aria-label={t('diagnosis.swot.deleteOf', { name })} onClick={() => void actions.remove(item)}>
              {t('diagnosis.common.delete')}
            </button>
          </div>
        )}
      </div>
      <div className="swot-text">
        <CommitField label={t('diagnosis.swot.textOf', { name })} value={item.text} multiline required maxLength={2000} disabled={readOnly} onCommit={(text) => actions.update(item.id, { text })} />
      </div>
      <div className="swot-evidence">
        <span className="evidence-label" aria-hidden="true">
          {t('diagnosis.swot.evidence')}
        </span>
        <CommitField
          label={t('diagnosis.swot.evidenceOf', { name })}
          value={item.evidence}
          multiline
          maxLength={5000}
          disabled={readOnly}
          hint={hint ? t('diagnosis.swot.evidenceHint', { hint }) : undefined}
          onCommit={(evidence) => actions.update(item.id, { evidence })}
        />
      </div>
    </li>
  );
}
