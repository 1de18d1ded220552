import { useCallback, useState } from 'react';
import type { CameOption, CameStrategy } from '../../../../shared/model/action';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { useAnnouncer } from '../accounts/useAnnouncer';
import { focusSoon, shortText } from '../swot/focus-soon';
import { UndoBar } from '../swot/UndoBar';
import { recordElementId } from '../traceability/go-to-record';
import { CameOptionCard } from './CameOptionCard';
import { CameOptionForm, NEW_OPTION_TEXT_ID } from './CameOptionForm';
import { StrategyGoals } from './StrategyGoals';
import { TOWS_ORDER } from './strategy';
import '../accounts/accounts.css';
import '../swot/swot.css';
import './came.css';

/** CAME / TOWS: strategy options made of SWOT items, each one a strategy line in waiting. */
export function CameSection() {
  const t = useT();
  const action = useApp((state) => state.action);
  const readOnly = useApp((state) => state.plan?.readOnly ?? true);
  const [announce, announcer] = useAnnouncer();
  const [strategy, setStrategy] = useState<CameStrategy>('offensive');
  const [deleted, setDeleted] = useState<CameOption | null>(null);

  const onDeleted = useCallback(
    (option: CameOption) => {
      setDeleted(option);
      announce(t('diagnosis.came.deleted', { text: shortText(option.text, 60) }));
      focusSoon(() => document.getElementById(`came-block-${option.strategy}`));
    },
    [announce, t],
  );

  if (!action) return null;
  const { swot, came, lines } = action;

  const startOption = (chosen: CameStrategy) => {
    setStrategy(chosen);
    focusSoon(() => document.getElementById(NEW_OPTION_TEXT_ID));
  };

  return (
    <section aria-labelledby="came-title" className="section came-screen">
      <h1 id="came-title">{t('diagnosis.came.title')}</h1>
      <p className="help">{t('diagnosis.came.help')}</p>
      {swot.length === 0 && (
        <p className="card came-empty">
          {t('diagnosis.came.noSwot')}{' '}
          <button type="button" className="link" onClick={() => useApp.setState({ section: 'swot' })}>
            {t('diagnosis.came.goToSwot')}
          </button>
        </p>
      )}
      {!readOnly && swot.length > 0 && (
        <CameOptionForm
          strategy={strategy}
          onStrategy={setStrategy}
          items={swot}
          onCreated={(id) => {
            announce(t('diagnosis.came.created', { strategy: t(`diagnosis.came.strategyShort.${strategy}`) }));
            focusSoon(() => document.getElementById(recordElementId('came', id)));
          }}
        />
      )}
      {announcer}
      {deleted && (
        <UndoBar
          message={t('diagnosis.came.deletedBar', { text: shortText(deleted.text, 70) })}
          call="came.delete"
          onDismiss={() => setDeleted(null)}
          onUndone={() => {
            const id = deleted.id;
            setDeleted(null);
            focusSoon(() => document.getElementById(recordElementId('came', id)));
          }}
        />
      )}
      <div className="tows-matrix">
        <span className="axis tows-opportunities" aria-hidden="true">
          {t('action.quadrantsPlural.opportunity')}
        </span>
        <span className="axis tows-threats" aria-hidden="true">
          {t('action.quadrantsPlural.threat')}
        </span>
        <span className="axis tows-strengths" aria-hidden="true">
          {t('action.quadrantsPlural.strength')}
        </span>
        <span className="axis tows-weaknesses" aria-hidden="true">
          {t('action.quadrantsPlural.weakness')}
        </span>
        {TOWS_ORDER.map((kind) => {
          const options = came.filter((option) => option.strategy === kind).sort((a, b) => a.position - b.position);
          const titleId = `came-block-title-${kind}`;
          return (
            <section key={kind} id={`came-block-${kind}`} tabIndex={-1} className={`strategy-block s-${kind}`} aria-labelledby={titleId}>
              <h2 id={titleId}>
                {t(`action.strategies.${kind}`)} <span className="quadrant-count">({options.length})</span>
              </h2>
              <StrategyGoals strategy={kind} />
              <p className="hint">{t(`diagnosis.came.strategyHelp.${kind}`)}</p>
              {options.length > 0 ? (
                <ol className="came-options">
                  {options.map((option, index) => (
                    <CameOptionCard
                      key={option.id}
                      option={option}
                      position={index + 1}
                      items={swot}
                      lines={lines.filter((line) => line.cameOptionId === option.id)}
                      readOnly={readOnly}
                      announce={announce}
                      onDeleted={onDeleted}
                    />
                  ))}
                </ol>
              ) : (
                <p className="muted small">{t('diagnosis.came.noOptions')}</p>
              )}
              {!readOnly && swot.length > 0 && (
                <button type="button" className="link" onClick={() => startOption(kind)}>
                  {t('diagnosis.came.newOfKind', { strategy: t(`diagnosis.came.strategyShort.${kind}`) })}
                </button>
              )}
            </section>
          );
        })}
      </div>
    </section>
  );
}
