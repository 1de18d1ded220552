import { useMemo, useState } from 'react';
import type { Kpi, Objective } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ActionStatus, useActionStatus } from './ActionStatus';
import { AddObjective } from './AddObjective';
import { ObjectiveCard, useSwotGroups } from './ObjectiveCard';

import { shorten } from './text';
import './action.css';

const NO_KPIS: Kpi[] = [];

/** Objectives written SMART, each with the KPIs that measure it. */
export function ObjectivesSection() {
  const t = useT();
  const controller = useController();
  const action = useApp((state) => state.action);
  const readOnly = useApp((state) => state.plan?.readOnly ?? true);
  const [said, say] = useActionStatus();
  const [deleting, setDeleting] = useState<{ objective: Objective; number: number } | null>(null);
  const swotGroups = useSwotGroups(action?.swot ?? []);

  const kpisByObjective = useMemo(() => {
    const grouped = new Map<string, Kpi[]>();
    for (const kpi of action?.kpis ?? []) grouped.set(kpi.objectiveId, [...(grouped.get(kpi.objectiveId) ?? []), kpi]);
    return grouped;
  }, [action?.kpis]);

  if (!action) return null;
  const objectives = action.objectives;
  const complete = objectives.filter((objective) => (action.smartMissing[objective.id] ?? []).length === 0).length;
  const deletingKpis = deleting ? (kpisByObjective.get(deleting.objective.id) ?? NO_KPIS).length : 0;

  return (
    <section className="action-screen objectives-screen" aria-labelledby="objectives-title">
      <h1 id="objectives-title" tabIndex={-1}>{t('actionui.objectives.title')}</h1>
      <p className="help">{t('actionui.objectives.help')}</p>
      {!readOnly && <AddObjective say={say} />}
      {objectives.length === 0 ? (
        <p className="empty-state">{t('actionui.objectives.empty')}</p>
      ) : (
        <>
          <p className="screen-summary" data-testid="objectives-summary">
            {t('actionui.objectives.summary', { count: objectives.length, complete })}
          </p>
          <ol className="record-list">
            {objectives.map((objective, index) => (
              <li key={objective.id}>
                <ObjectiveCard
                  objective={objective}
                  index={index}
                  count={objectives.length}
                  kpis={kpisByObjective.get(objective.id) ?? NO_KPIS}
                  missing={action.smartMissing[objective.id] ?? []}
                  swotGroups={swotGroups}
                  readOnly={readOnly}
                  say={say}
                  onDelete={(target, number) => setDeleting({ objective: target, number })}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      <ActionStatus said={said} onUndone={() => {
          say(t('actionui.status.undone'));
          document.getElementById('objectives-title')?.focus();
        }} />
      {deleting && (
        <ConfirmDialog
          title={t('actionui.objectives.deleteTitle', { number: deleting.number })}
          confirmLabel={t('actionui.objectives.deleteConfirm')}
          cancelLabel={t('actionui.common.cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            const { objective, number } = deleting;
            setDeleting(null);
            await controller.change('objective.delete', { id: objective.id });
            if (useApp.getState().action?.objectives.some((other) => other.id === objective.id)) return;
            say(t('actionui.objectives.deleted', { number, count: deletingKpis }), { undoable: true });
          }}
        >
          <p className="confirm-quote">«{shorten(deleting.objective.statement, 200)}»</p>
          <p>{deletingKpis > 0 ? t('actionui.objectives.deleteKpis', { count: deletingKpis }) : t('actionui.objectives.deleteNoKpis')}</p>
          <p className="muted small">{t('actionui.objectives.deleteUndoHint')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
