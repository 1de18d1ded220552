import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { SWOT_SUGGESTIONS, suggestionText, type SwotSuggestion } from '../../../../shared/action/library';
import type { SwotItem, SwotQuadrant } from '../../../../shared/model/action';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { useAnnouncer } from '../accounts/useAnnouncer';
import { BOARD_ORDER } from './board-order';
import { matchesQuery } from './text-search';
import type { SwotActions } from './useSwotActions';

interface SuggestionDialogProps {
  initialQuadrant: SwotQuadrant;
  items: readonly SwotItem[];
  actions: SwotActions;
  onClose: () => void;
}

/**
 * The suggestion library for one quadrant at a time: typical items of public bodies, filtered
 * by typing, each inserted with one button. Items already on the board say so, and their
 * button stays in place (inert) so the keyboard focus is not thrown away after inserting.
 */
export function SuggestionDialog({ initialQuadrant, items, actions, onClose }: SuggestionDialogProps) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const filterId = useId();
  const [quadrant, setQuadrant] = useState(initialQuadrant);
  const [query, setQuery] = useState('');
  const [announce, announcer] = useAnnouncer();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    document.getElementById(filterId)?.focus();
  }, [filterId]);

  const inserted = useMemo(() => new Set(items.filter((item) => item.source === 'suggestion').map((item) => item.sourceRef)), [items]);
  const texts = useMemo(
    () => new Map(SWOT_SUGGESTIONS.map((suggestion) => [suggestion.id, suggestionText(lang, 'swot', suggestion.id) ?? { text: suggestion.id, detail: '' }])),
    [lang],
  );
  const ofQuadrant = SWOT_SUGGESTIONS.filter((suggestion) => suggestion.quadrant === quadrant);
  const shown = ofQuadrant.filter((suggestion) => {
    const text = texts.get(suggestion.id);
    return text ? matchesQuery(query, text.text, text.detail) : false;
  });

  async function insert(suggestion: SwotSuggestion) {
    if (inserted.has(suggestion.id)) return;
    const text = texts.get(suggestion.id)?.text ?? '';
    const item = await actions.create({ quadrant: suggestion.quadrant, text, weight: suggestion.weight, source: 'suggestion', sourceRef: suggestion.id });
    if (item) announce(t('diagnosis.suggestions.inserted', { quadrant: t(`action.quadrantsPlural.${item.quadrant}`) }));
  }

  return (
    <dialog
      ref={ref}
      className="suggestion-dialog"
      aria-labelledby={titleId}
      // Escape and the close button both go through the dialog's own close, which gives the
      // focus back to the button that opened it before the parent removes the dialog.
      onClose={onClose}
    >
      <div className="dialog-head">
        <h2 id={titleId}>{t('diagnosis.suggestions.title')}</h2>
        <button type="button" className="secondary" onClick={() => ref.current?.close()}>
          {t('diagnosis.common.close')}
        </button>
      </div>
      <p className="help">{t('diagnosis.suggestions.help')}</p>
      <fieldset className="quadrant-tabs">
        <legend className="visually-hidden">{t('diagnosis.suggestions.quadrant')}</legend>
        {BOARD_ORDER.map((option) => (
          <label key={option} className={option === quadrant ? `tab q-${option} current` : `tab q-${option}`}>
            <input type="radio" name="suggestion-quadrant" value={option} checked={option === quadrant} onChange={() => setQuadrant(option)} />
            {t(`action.quadrantsPlural.${option}`)} ({SWOT_SUGGESTIONS.filter((suggestion) => suggestion.quadrant === option).length})
          </label>
        ))}
      </fieldset>
      <div className="field suggestion-filter">
        <label htmlFor={filterId}>{t('diagnosis.suggestions.filter')}</label>
        <input id={filterId} type="search" value={query} data-draft={query ? 'true' : undefined} onChange={(event) => setQuery(event.target.value)} />
      </div>
      <p className="muted small" aria-live="polite">
        {t('diagnosis.suggestions.shown', { shown: shown.length, total: ofQuadrant.length })}
      </p>
      {announcer}
      <ul className="suggestion-list">
        {shown.map((suggestion) => {
          const text = texts.get(suggestion.id);
          const done = inserted.has(suggestion.id);
          return (
            <li key={suggestion.id} className={done ? 'suggestion done' : 'suggestion'}>
              <div className="suggestion-body">
                <p className="suggestion-text">{text?.text}</p>
                <p className="hint">{text?.detail}</p>
                <p className="muted small">{t('diagnosis.suggestions.usualWeight', { weight: suggestion.weight })}</p>
              </div>
              <button
                type="button"
                className={done ? 'secondary inserted' : undefined}
                aria-disabled={done || undefined}
                aria-label={done ? t('diagnosis.suggestions.alreadyOf', { text: text?.text ?? '' }) : t('diagnosis.suggestions.addOf', { text: text?.text ?? '' })}
                onClick={() => void insert(suggestion)}
              >
                {done ? `✓ ${t('diagnosis.suggestions.already')}` : t('diagnosis.suggestions.add')}
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p className="muted">{t('diagnosis.suggestions.none')}</p>}
    </dialog>
  );
}
