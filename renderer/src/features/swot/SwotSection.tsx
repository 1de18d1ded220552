import { useCallback, useState } from 'react';
import type { SwotItem, SwotQuadrant } from '../../../../shared/model/action';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { useAnnouncer } from '../accounts/useAnnouncer';
import { recordElementId } from '../traceability/go-to-record';
import { FindingsPanel } from './FindingsPanel';
import { focusSoon, shortText } from './focus-soon';
import { SuggestionDialog } from './SuggestionDialog';
import { SwotBoard } from './SwotBoard';
import { UndoBar } from './UndoBar';
import { useSwotActions } from './useSwotActions';
import '../accounts/accounts.css';
import './swot.css';

/** The SWOT (DAFO) board: the diagnosis the whole plan answers. */
export function SwotSection() {
  const t = useT();
  const action = useApp((state) => state.action);
  const inventory = useApp((state) => state.inventory);
  const readOnly = useApp((state) => state.plan?.readOnly ?? true);
  const [announce, announcer] = useAnnouncer();
  const [deleted, setDeleted] = useState<{ id: string; text: string } | null>(null);
  const [suggestionsFor, setSuggestionsFor] = useState<SwotQuadrant | null>(null);
  const onDeleted = useCallback((item: SwotItem) => setDeleted({ id: item.id, text: item.text }), []);
  const actions = useSwotActions(announce, onDeleted);
  const closeSuggestions = useCallback(() => setSuggestionsFor(null), []);

  if (!action || !inventory) return null;

  return (
    <section aria-labelledby="swot-title" className="section swot-screen">
      <h1 id="swot-title">{t('diagnosis.swot.title')}</h1>
      <p className="help">{t('diagnosis.swot.help')}</p>
      <FindingsPanel findings={inventory.findings} items={action.swot} readOnly={readOnly} actions={actions} />
      {announcer}
      {deleted && (
        <UndoBar
          message={t('diagnosis.swot.deletedBar', { text: shortText(deleted.text, 70) })}
          call="swot.delete"
          onDismiss={() => setDeleted(null)}
          onUndone={() => {
            const id = deleted.id;
            setDeleted(null);
            announce(t('diagnosis.swot.restored'));
            focusSoon(() => document.getElementById(recordElementId('swot', id))?.querySelector<HTMLElement>('[data-tool="moveTo"]'));
          }}
        />
      )}
      <SwotBoard items={action.swot} readOnly={readOnly} actions={actions} onOpenSuggestions={setSuggestionsFor} />
      {suggestionsFor && <SuggestionDialog key={suggestionsFor} initialQuadrant={suggestionsFor} items={action.swot} actions={actions} onClose={closeSuggestions} />}
    </section>
  );
}
