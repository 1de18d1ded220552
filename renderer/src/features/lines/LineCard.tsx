import { useId, useMemo } from 'react';
import type { CallInput } from '../../../../shared/engine/contract';
import type { CostRole, StrategyLine, Tactic } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import type { Say } from '../objectives/ActionStatus';
import { MultiPicker, type PickerGroup } from '../objectives/MultiPicker';
import { ReorderButtons } from '../objectives/ReorderButtons';
import { recordElementId } from '../objectives/reveal';
import { shorten } from '../objectives/text';
import { AddTactic } from './AddTactic';
import { effortLine } from './format';
import { TacticItem } from './TacticItem';

interface LineCardProps {
  line: StrategyLine;
  index: number;
  count: number;
  tactics: readonly Tactic[];
  roles: ReadonlyMap<string, CostRole>;
  objectiveGroups: PickerGroup[];
  readOnly: boolean;
  say: Say;
  onDelete: (line: StrategyLine, number: number) => void;
}

/** One strategy line: what it is, what it serves and where it came from, its cost, and its tactics. */
export function LineCard({ line, index, count, tactics, roles, objectiveGroups, readOnly, say, onDelete }: LineCardProps) {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const total = useApp((state) => state.action?.totals.byLine[line.id]);
  const cameOption = useApp((state) => (line.cameOptionId ? state.action?.came.find((option) => option.id === line.cameOptionId) : undefined));
  const headingId = useId();
  const number = index + 1;
  const name = t('actionui.lines.recordName', { number });
  const update = (patch: Omit<CallInput<'line.update'>, 'id'>) => controller.change('line.update', { id: line.id, ...patch });
  const cost = useMemo(() => effortLine(t, lang, total ?? { hours: 0, fte: 0, cost: 0 }), [t, lang, total]);

  return (
    <article id={recordElementId('line', line.id)} tabIndex={-1} className="line record card" aria-labelledby={headingId}>
      <div className="record-head">
        <h2 id={headingId}>
          <span className="record-number">{t('actionui.lines.heading', { number })}</span>{' '}
          <span className="record-title">{line.name}</span>
        </h2>
        <span className="line-total" data-testid="line-total">
          <span className="visually-hidden">{t('actionui.lines.totalLabel')} </span>
          {cost}
        </span>
        <span className="record-tools">
          <ReorderButtons
            name={name}
            index={index}
            count={count}
            disabled={readOnly}
            onMove={async (to) => {
              await controller.change('action.reorder', { list: 'strategy_line', id: line.id, index: to });
              say(t('actionui.reorder.moved', { name: line.name, position: to + 1, total: count }));
            }}
          />
          <button type="button" className="secondary danger-text small-button" disabled={readOnly} onClick={() => onDelete(line, number)}>
            {t('actionui.lines.delete')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </span>
      </div>
      <div className="line-fields">
        <CommitField
          label={t('actionui.lines.name')}
          value={line.name}
          maxLength={300}
          required
          disabled={readOnly}
          onCommit={(value) => {
            if (value.trim()) void update({ name: value.trim() });
          }}
        />
        <CommitField label={t('actionui.lines.description')} value={line.description} multiline maxLength={5000} disabled={readOnly} onCommit={(description) => void update({ description })} />
        {cameOption && (
          <p className="came-origin">
            {t('actionui.lines.fromCame', { strategy: t(`action.strategies.${cameOption.strategy}`), option: shorten(cameOption.text, 140) })}{' '}
            <button type="button" className="link" onClick={() => useApp.setState({ section: 'came' })}>
              {t('actionui.lines.openCame')}
            </button>
          </p>
        )}
        <MultiPicker
          label={t('actionui.lines.objectives')}
          groups={objectiveGroups}
          value={line.objectiveIds}
          disabled={readOnly}
          emptyText={t('actionui.lines.objectivesNone')}
          nothingToChoose={t('actionui.lines.noObjectives')}
          onChange={(objectiveIds) => update({ objectiveIds })}
        />
      </div>
      <section className="tactics" aria-labelledby={`${headingId}-tactics`}>
        <h3 id={`${headingId}-tactics`}>{t('actionui.tactics.listTitle', { count: tactics.length, number })}</h3>
        {tactics.length === 0 ? (
          <p className="flag flag-warn">
            <span aria-hidden="true">⚠ </span>
            {t('actionui.tactics.none')}
          </p>
        ) : (
          <ol className="tactic-list">
            {tactics.map((tactic, tacticIndex) => (
              <li key={tactic.id}>
                <TacticItem tactic={tactic} number={`${number}.${tacticIndex + 1}`} index={tacticIndex} count={tactics.length} roles={roles} readOnly={readOnly} say={say} />
              </li>
            ))}
          </ol>
        )}
        {!readOnly && <AddTactic line={line} lineNumber={number} say={say} />}
      </section>
    </article>
  );
}
