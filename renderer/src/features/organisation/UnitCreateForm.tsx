import { useId, useRef, useState } from 'react';
import { UNIT_KINDS, unitFieldsSchema, type UnitKind } from '../../../../shared/model/units';
import { useT } from '../../i18n/useT';
import { UnitSelect } from './UnitSelect';
import type { UnitActions } from './useUnitActions';
import type { UnitIndex } from './unit-tree';

interface UnitCreateFormProps {
  index: UnitIndex;
  /** The unit selected in the tree: new units go inside it unless the user says otherwise. */
  selectedId: string | null;
  actions: UnitActions;
  disabled: boolean;
}

/** Adds a unit at the top level or inside any unit; stays ready for the next one. */
export function UnitCreateForm({ index, selectedId, actions, disabled }: UnitCreateFormProps) {
  const t = useT();
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>('administrative');
  const [where, setWhere] = useState<string | null>(selectedId);
  const [followed, setFollowed] = useState(selectedId);
  const [problem, setProblem] = useState<string | null>(null);
  // "Where" follows the tree's selection each time the selection changes, and the user's own choice otherwise.
  if (followed !== selectedId) {
    setFollowed(selectedId);
    setWhere(selectedId);
  }
  const parentId = where !== null && index.byId.has(where) ? where : null;

  async function submit() {
    if (!unitFieldsSchema.shape.name.safeParse(name).success) {
      setProblem(t('organisation.create.nameMissing'));
      nameRef.current?.focus();
      return;
    }
    setProblem(null);
    if (await actions.create(name, kind, parentId)) setName('');
    nameRef.current?.focus();
  }

  return (
    <form
      className="unit-create"
      aria-labelledby={`${id}-legend`}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id={`${id}-legend`} className="form-legend">
        {t('organisation.create.legend')}
      </h2>
      <div className="unit-create-fields">
        <div className="field grow">
          <label htmlFor={`${id}-name`}>{t('organisation.create.name')}</label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            value={name}
            maxLength={200}
            required
            disabled={disabled}
            placeholder={t('organisation.create.namePlaceholder')}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('organisation.create.kind')}</label>
          <select id={`${id}-kind`} value={kind} disabled={disabled} onChange={(event) => setKind(event.target.value as UnitKind)}>
            {UNIT_KINDS.map((code) => (
              <option key={code} value={code}>
                {t(`organisation.kindBadge.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <UnitSelect label={t('organisation.create.where')} value={parentId} noneLabel={t('organisation.create.topLevel')} disabled={disabled} onChange={setWhere} />
        <button type="submit" disabled={disabled}>
          {t('organisation.create.add')}
        </button>
      </div>
      {problem && (
        <p id={`${id}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
