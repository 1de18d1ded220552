import { useId, useMemo, useState } from 'react';
import type { Person } from '../../../../shared/model/people';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { StatusLine, useAnnouncement } from './StatusLine';
import { UnitCreateForm } from './UnitCreateForm';
import { UnitDeleteDialog } from './UnitDeleteDialog';
import { UnitDetails } from './UnitDetails';
import { UnitTree } from './UnitTree';
import { visibleRows } from './unit-tree';
import { useAccountCounts, useUnitIndex } from './units';
import { useUnitActions } from './useUnitActions';
import { collapseAll, expandAll, focusUnitSoon, useOrgView } from './view-store';
import './organisation.css';

const NO_PEOPLE: Person[] = [];

/** The organisation chart: create, rename, move and delete units; the selected unit's details beside the tree. */
export function OrganisationSection() {
  const t = useT();
  const keysId = useId();
  const plan = useApp((state) => state.plan);
  const people = useApp((state) => state.inventory?.people ?? NO_PEOPLE);
  const index = useUnitIndex();
  const counts = useAccountCounts();
  const { selectedId: storedSelection, collapsed } = useOrgView();
  const [announcement, announce] = useAnnouncement();
  const actions = useUnitActions(announce);
  const [deletingId, setDeletingId] = useState<string | null>(null);

  const rows = useMemo(() => visibleRows(index, collapsed), [index, collapsed]);
  const peopleById = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  const peopleCountByUnit = useMemo(() => {
    const byUnit = new Map<string, number>();
    for (const person of people) if (person.unitId) byUnit.set(person.unitId, (byUnit.get(person.unitId) ?? 0) + 1);
    return byUnit;
  }, [people]);

  if (!plan) return null;
  const readOnly = plan.readOnly;
  // A selection left over from a unit that no longer exists (deleted, undone) is no selection.
  const selected = storedSelection ? index.byId.get(storedSelection) : undefined;
  const selectedId = selected?.id ?? null;
  const parentIds = [...index.children.keys()].filter((id): id is string => id !== null);

  async function confirmDelete(moveAccountsTo: string | null) {
    const id = deletingId;
    setDeletingId(null);
    if (!id) return;
    await actions.remove(id, moveAccountsTo);
    const next = useOrgView.getState().selectedId;
    if (next) focusUnitSoon(next);
  }

  return (
    <section aria-labelledby="organisation-title" className="section org-section">
      <h1 id="organisation-title">{t('organisation.title')}</h1>
      <p className="help">{t('organisation.help')}</p>
      <UnitCreateForm index={index} selectedId={selectedId} actions={actions} disabled={readOnly} />

      <div className="org-layout">
        <div className="org-tree-panel">
          <div className="tree-header">
            <h2 id="organisation-tree-title">{t('organisation.tree.label')}</h2>
            <div className="button-row">
              <button type="button" className="link" disabled={collapsed.size === 0} onClick={expandAll}>
                {t('organisation.tree.expandAll')}
              </button>
              <button type="button" className="link" disabled={parentIds.length === 0} onClick={() => collapseAll(parentIds)}>
                {t('organisation.tree.collapseAll')}
              </button>
            </div>
          </div>
          <StatusLine announcement={announcement} />
          {rows.length === 0 ? (
            <p className="empty-note">{t('organisation.tree.empty')}</p>
          ) : (
            <UnitTree
              label={t('organisation.tree.label')}
              describedBy={keysId}
              index={index}
              rows={rows}
              selectedId={selectedId}
              counts={counts}
              peopleById={peopleById}
              readOnly={readOnly}
              actions={actions}
              onDelete={setDeletingId}
            />
          )}
          <details className="keys-help">
            <summary>{t('organisation.tree.keysTitle')}</summary>
            <p id={keysId}>{t('organisation.tree.keys')}</p>
          </details>
        </div>
        <aside className="org-detail-panel" aria-label={t('organisation.detail.title')}>
          {selected ? (
            <UnitDetails
              unit={selected}
              index={index}
              count={counts.get(selected.id)}
              peopleInUnit={peopleCountByUnit.get(selected.id) ?? 0}
              readOnly={readOnly}
              actions={actions}
              onDelete={setDeletingId}
            />
          ) : (
            <p className="muted">{t('organisation.detail.none')}</p>
          )}
        </aside>
      </div>

      {deletingId && (
        <UnitDeleteDialog
          unitId={deletingId}
          index={index}
          count={counts.get(deletingId)}
          peopleInUnit={peopleCountByUnit.get(deletingId) ?? 0}
          onConfirm={(moveAccountsTo) => void confirmDelete(moveAccountsTo)}
          onCancel={() => {
            const id = deletingId;
            setDeletingId(null);
            focusUnitSoon(id);
          }}
        />
      )}
    </section>
  );
}
