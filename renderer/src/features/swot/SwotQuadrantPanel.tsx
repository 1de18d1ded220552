import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState, type FormEvent } from 'react';
import type { SwotItem, SwotQuadrant } from '../../../../shared/model/action';
import { useT } from '../../i18n/useT';
import { SwotCard } from './SwotCard';
import type { SwotActions } from './useSwotActions';

/** The drop target id of a whole quadrant, so an empty one can receive a card too. */
export const quadrantDropId = (quadrant: SwotQuadrant) => `quadrant:${quadrant}`;

interface SwotQuadrantPanelProps {
  quadrant: SwotQuadrant;
  items: readonly SwotItem[];
  readOnly: boolean;
  actions: SwotActions;
  suggestionCount: number;
  onOpenSuggestions: (quadrant: SwotQuadrant) => void;
}

/** One quadrant of the board: its heading and CAME verb, its cards, and the two ways to add one. */
export function SwotQuadrantPanel({ quadrant, items, readOnly, actions, suggestionCount, onOpenSuggestions }: SwotQuadrantPanelProps) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const { setNodeRef, isOver } = useDroppable({ id: quadrantDropId(quadrant), data: { quadrant }, disabled: readOnly });
  const titleId = `swot-title-${quadrant}`;
  const inputId = `swot-new-${quadrant}`;
  const total = items.reduce((sum, item) => sum + item.weight, 0);

  async function add(event: FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    if (await actions.create({ quadrant, text, source: 'manual' })) setDraft('');
  }

  return (
    <section ref={setNodeRef} className={`swot-quadrant q-${quadrant}${isOver ? ' drop-over' : ''}`} aria-labelledby={titleId}>
      <header className="quadrant-head">
        <span className="quadrant-letter" aria-hidden="true">
          {t(`diagnosis.swot.letters.${quadrant}`)}
        </span>
        <div>
          <h2 id={titleId}>
            {t(`action.quadrantsPlural.${quadrant}`)} <span className="quadrant-count">({items.length})</span>
          </h2>
          <p className="quadrant-nature">
            {t(`diagnosis.swot.nature.${quadrant}`)} · <strong>{t(`action.came.${quadrant}`)}</strong>
            {items.length > 0 && <> · {t('diagnosis.swot.totalWeight', { total })}</>}
          </p>
        </div>
      </header>
      <SortableContext id={quadrant} items={items.map((item) => item.id)} strategy={verticalListSortingStrategy}>
        <ol className="swot-list">
          {items.map((item, index) => (
            <SwotCard key={item.id} item={item} quadrant={quadrant} position={index + 1} count={items.length} readOnly={readOnly} actions={actions} />
          ))}
        </ol>
      </SortableContext>
      {items.length === 0 && <p className="quadrant-empty">{t(`diagnosis.swot.empty.${quadrant}`)}</p>}
      {!readOnly && (
        <div className="quadrant-add">
          <form className="add-row" onSubmit={(event) => void add(event)}>
            <label className="visually-hidden" htmlFor={inputId}>
              {t(`diagnosis.swot.newLabel.${quadrant}`)}
            </label>
            <input id={inputId} value={draft} maxLength={2000} data-draft={draft ? 'true' : undefined} placeholder={t(`diagnosis.swot.newPlaceholder.${quadrant}`)} onChange={(event) => setDraft(event.target.value)} />
            <button type="submit" disabled={!draft.trim()} aria-label={t(`diagnosis.swot.addLabel.${quadrant}`)}>
              {t('diagnosis.swot.add')}
            </button>
          </form>
          <button type="button" className="link suggestions-link" onClick={() => onOpenSuggestions(quadrant)}>
            {t('diagnosis.swot.suggestionsFor', { count: suggestionCount })}
          </button>
        </div>
      )}
    </section>
  );
}
