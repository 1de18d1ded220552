import { useId } from 'react';
import { UNIT_KINDS, type OrgUnit, type UnitKind } from '../../../../shared/model/units';
import type { UnitCount } from '../../../../shared/audit/summary';
import { formatNumber } from '../../../../shared/i18n';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { SelectField } from '../../ui/SelectField';
import { PersonPicker } from '../people/PersonPicker';
import { MoveButtons } from './MoveButtons';
import { UnitSelect } from './UnitSelect';
import { childrenOf, parentOf, subtreeOf, type UnitIndex } from './unit-tree';
import type { UnitActions } from './useUnitActions';

interface UnitDetailsProps {
  unit: OrgUnit;
  index: UnitIndex;
  count: UnitCount | undefined;
  peopleInUnit: number;
  readOnly: boolean;
  actions: UnitActions;
  onDelete: (id: string) => void;
}

/** Everything about the selected unit that the tree row has no room for, editable. */
export function UnitDetails({ unit, index, count, peopleInUnit, readOnly, actions, onDelete }: UnitDetailsProps) {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const headingId = useId();
  const update = (fields: { kind?: UnitKind; responsibleId?: string | null; contact?: string }) => void controller.change('unit.update', { id: unit.id, ...fields });
  const parentId = parentOf(index, unit.id);

  function reparent(next: string | null) {
    if (next === parentId) return;
    // Chosen from a list, it goes last among its new siblings; the tree's keys can then fine-tune it.
    void actions.move(unit.id, { parentId: next, index: childrenOf(index, next).length });
  }

  return (
    <section className="unit-details" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <span className="muted small detail-kicker">{t('organisation.detail.title')}</span>
        {unit.name}
      </h2>
      {/* Fields with a draft are keyed by unit: a half-typed value belongs to the unit it was typed for. */}
      <CommitField key={`name-${unit.id}`} label={t('organisation.detail.name')} value={unit.name} required maxLength={200} disabled={readOnly} onCommit={(name) => void actions.rename(unit.id, name)} />
      <SelectField
        label={t('organisation.detail.kind')}
        value={unit.kind}
        disabled={readOnly}
        options={UNIT_KINDS.map((code) => ({ value: code, label: t(`inventory.unitKinds.${code}`) }))}
        onChange={(kind) => update({ kind })}
      />
      <UnitSelect
        label={t('organisation.detail.parent')}
        value={parentId}
        noneLabel={t('organisation.detail.parentTop')}
        exclude={subtreeOf(index, unit.id)}
        disabled={readOnly}
        onChange={reparent}
      />
      <MoveButtons unitId={unit.id} index={index} actions={actions} disabled={readOnly} />
      <PersonPicker
        key={`responsible-${unit.id}`}
        label={t('organisation.detail.responsible')}
        value={unit.responsibleId}
        unitIdForNew={unit.id}
        disabled={readOnly}
        onChange={(responsibleId) => update({ responsibleId })}
      />
      <CommitField
        key={`contact-${unit.id}`}
        label={t('organisation.detail.contact')}
        hint={t('organisation.detail.contactHint')}
        value={unit.contact}
        maxLength={300}
        disabled={readOnly}
        onCommit={(contact) => update({ contact })}
      />
      <h3>{t('organisation.detail.facts')}</h3>
      <dl className="unit-facts">
        <div>
          <dt>{t('organisation.detail.accountsOwn')}</dt>
          <dd>{formatNumber(lang, count?.own ?? 0)}</dd>
        </div>
        <div>
          <dt>{t('organisation.detail.accountsTotal')}</dt>
          <dd>{formatNumber(lang, count?.total ?? 0)}</dd>
        </div>
        <div>
          <dt>{t('organisation.detail.people')}</dt>
          <dd>{formatNumber(lang, peopleInUnit)}</dd>
        </div>
        <div>
          <dt>{t('organisation.detail.subunits')}</dt>
          <dd>{formatNumber(lang, childrenOf(index, unit.id).length)}</dd>
        </div>
      </dl>
      <div className="button-row">
        <button type="button" className="danger-outline" disabled={readOnly} onClick={() => onDelete(unit.id)}>
          {t('organisation.detail.delete')}
        </button>
      </div>
    </section>
  );
}
