import { useId, useMemo } from 'react';
import type { CallInput } from '../../../../shared/engine/contract';
import { templateGaps } from '../../../../shared/action/library';
import type { SmartPart } from '../../../../shared/action/smart';
import { SWOT_QUADRANTS, type Kpi, type Objective, type SwotItem, type SwotQuadrant } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { PersonPicker } from '../people/PersonPicker';
import type { Say } from './ActionStatus';
import { OutsidePeriod } from './KpiEditor';
import { KpiList } from './KpiList';
import { MultiPicker, type PickerGroup } from './MultiPicker';
import { outsidePeriod } from './numbers';
import { ReorderButtons } from './ReorderButtons';
import { recordElementId } from './reveal';
import { SmartChecklist } from './SmartChecklist';
import { shorten } from './text';

/** What an objective answers first: the weaknesses and threats it exists to fix. */
const QUADRANT_ORDER: readonly SwotQuadrant[] = ['weakness', 'threat', 'opportunity', 'strength'];

/** The plan's SWOT as picker groups, weaknesses and threats first. */
export function useSwotGroups(swot: readonly SwotItem[]): PickerGroup[] {
  const t = useT();
  return useMemo(
    () =>
      QUADRANT_ORDER.filter((quadrant) => SWOT_QUADRANTS.includes(quadrant)).map((quadrant) => ({
        key: quadrant,
        label: t(`action.quadrantsPlural.${quadrant}`),
        items: swot.filter((item) => item.quadrant === quadrant).map((item) => ({ id: item.id, label: item.text, tag: t(`action.quadrants.${quadrant}`) })),
      })),
    [swot, t],
  );
}

interface ObjectiveCardProps {
  objective: Objective;
  index: number;
  count: number;
  kpis: readonly Kpi[];
  missing: readonly SmartPart[];
  swotGroups: PickerGroup[];
  readOnly: boolean;
  say: Say;
  onDelete: (objective: Objective, number: number) => void;
}

/** One objective: its SMART statement and links, its completeness, and its KPIs. */
export function ObjectiveCard({ objective, index, count, kpis, missing, swotGroups, readOnly, say, onDelete }: ObjectiveCardProps) {
  const t = useT();
  const controller = useController();
  const period = useApp((state) => state.action?.period);
  const headingId = useId();
  const number = index + 1;
  const name = t('actionui.objectives.recordName', { number });
  const gaps = templateGaps(objective.statement);
  const update = (patch: Omit<CallInput<'objective.update'>, 'id'>) => controller.change('objective.update', { id: objective.id, ...patch });

  return (
    <article id={recordElementId('objective', objective.id)} tabIndex={-1} className="objective record card" aria-labelledby={headingId}>
      <div className="record-head">
        <h2 id={headingId}>
          <span className="record-number">{t('actionui.objectives.heading', { number })}</span>{' '}
          <span className="record-title">{shorten(objective.statement, 110)}</span>
        </h2>
        <span className="record-tools">
          <ReorderButtons
            name={name}
            index={index}
            count={count}
            disabled={readOnly}
            onMove={async (to) => {
              await controller.change('action.reorder', { list: 'objective', id: objective.id, index: to });
              say(t('actionui.reorder.moved', { name: shorten(objective.statement, 60), position: to + 1, total: count }));
            }}
          />
          <button type="button" className="secondary danger-text small-button" disabled={readOnly} onClick={() => onDelete(objective, number)}>
            {t('actionui.objectives.delete')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </span>
      </div>
      <div className="objective-body">
        <div className="objective-fields">
          <CommitField
            label={t('actionui.objectives.statement')}
            value={objective.statement}
            multiline
            required
            maxLength={2000}
            disabled={readOnly}
            hint={t('actionui.objectives.statementHint')}
            onCommit={(statement) => {
              // An emptied statement is refused by the plan; the field then shows the plan's text again.
              if (statement.trim()) void update({ statement });
            }}
          />
          {gaps.length > 0 && (
            <p className="flag flag-warn">
              <span aria-hidden="true">✎ </span>
              {t('actionui.objectives.gaps', { gaps: gaps.join(', ') })}
            </p>
          )}
          <div className="field-row">
            <div>
              <CommitField
                label={t('actionui.objectives.deadline')}
                type="date"
                value={objective.deadline ?? ''}
                disabled={readOnly}
                onCommit={(value) => void update({ deadline: value || null })}
              />
              {period && outsidePeriod(objective.deadline, period) && <OutsidePeriod period={period} />}
            </div>
            <PersonPicker label={t('actionui.objectives.owner')} value={objective.ownerId} disabled={readOnly} onChange={(ownerId) => void update({ ownerId })} />
          </div>
          <MultiPicker
            label={t('actionui.objectives.answers')}
            groups={swotGroups}
            value={objective.swotItemIds}
            disabled={readOnly}
            emptyText={t('actionui.objectives.answersNone')}
            nothingToChoose={t('actionui.objectives.noSwot')}
            onChange={(swotItemIds) => update({ swotItemIds })}
          />
        </div>
        <SmartChecklist missing={missing} objectiveName={name} />
      </div>
      <KpiList objectiveId={objective.id} objectiveNumber={number} kpis={kpis} readOnly={readOnly} say={say} />
    </article>
  );
}
