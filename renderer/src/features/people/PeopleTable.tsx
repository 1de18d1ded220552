import { memo } from 'react';
import type { Person, PersonUpdateInput } from '../../../../shared/model/people';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { UnitSelect } from '../organisation/UnitSelect';
import { isValidEmail, isValidPersonName } from './person-fields';
import type { PersonUsage } from './person-usage';

interface PeopleTableProps {
  people: readonly Person[];
  usage: ReadonlyMap<string, PersonUsage>;
  readOnly: boolean;
  onUpdate: (patch: PersonUpdateInput) => void;
  /** A value the engine would refuse, said in words; null clears the message for that person. */
  onProblem: (personId: string, text: string | null) => void;
  onDelete: (person: Person) => void;
}

/** The directory as a table of fields: each cell edits in place and commits on pause, Enter or leaving. */
export function PeopleTable({ people, usage, readOnly, onUpdate, onProblem, onDelete }: PeopleTableProps) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-labelledby="people-table-caption" tabIndex={0}>
      <table className="people-table">
        <colgroup>
          <col className="col-name" />
          <col className="col-role" />
          <col className="col-unit" />
          <col className="col-email" />
          <col className="col-phone" />
          <col className="col-action" />
        </colgroup>
        <caption id="people-table-caption" className="visually-hidden">
          {t('organisation.people.table.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('organisation.people.fields.name')}</th>
            <th scope="col">{t('organisation.people.fields.role')}</th>
            <th scope="col">{t('organisation.people.fields.unit')}</th>
            <th scope="col">{t('organisation.people.fields.email')}</th>
            <th scope="col">{t('organisation.people.fields.phone')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('organisation.people.table.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <PersonRow key={person.id} person={person} usage={usage.get(person.id)} readOnly={readOnly} onUpdate={onUpdate} onProblem={onProblem} onDelete={onDelete} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface PersonRowProps {
  person: Person;
  usage: PersonUsage | undefined;
  readOnly: boolean;
  onUpdate: PeopleTableProps['onUpdate'];
  onProblem: PeopleTableProps['onProblem'];
  onDelete: PeopleTableProps['onDelete'];
}

const PersonRow = memo(function PersonRow({ person, usage, readOnly, onUpdate, onProblem, onDelete }: PersonRowProps) {
  const t = useT();
  const { id, name } = person;
  const uses = usageText(t, usage);

  return (
    <tr data-person-id={id}>
      <th scope="row" className="cell-field">
        <CommitField
          label={t('organisation.people.cell.name', { name })}
          value={name}
          required
          maxLength={200}
          disabled={readOnly}
          onCommit={(next) => {
            if (!isValidPersonName(next)) return onProblem(id, t('organisation.people.nameMissingFor', { name }));
            onProblem(id, null);
            onUpdate({ id, name: next });
          }}
        />
        {uses && <span className="uses">{uses}</span>}
      </th>
      <td className="cell-field">
        <CommitField label={t('organisation.people.cell.role', { name })} value={person.role} maxLength={200} disabled={readOnly} onCommit={(role) => onUpdate({ id, role })} />
      </td>
      <td>
        <UnitSelect
          label={t('organisation.people.cell.unit', { name })}
          labelHidden
          indented={false}
          value={person.unitId}
          noneLabel={t('organisation.units.noUnit')}
          disabled={readOnly}
          onChange={(unitId) => onUpdate({ id, unitId })}
        />
      </td>
      <td className="cell-field">
        <CommitField
          label={t('organisation.people.cell.email', { name })}
          type="email"
          value={person.email}
          maxLength={254}
          disabled={readOnly}
          onCommit={(email) => {
            if (!isValidEmail(email)) return onProblem(id, t('organisation.people.emailInvalidFor', { name, email: email.trim() }));
            onProblem(id, null);
            onUpdate({ id, email });
          }}
        />
      </td>
      <td className="cell-field">
        <CommitField label={t('organisation.people.cell.phone', { name })} value={person.phone} maxLength={50} disabled={readOnly} onCommit={(phone) => onUpdate({ id, phone })} />
      </td>
      <td>
        <button type="button" className="danger-outline compact" disabled={readOnly} aria-label={t('organisation.people.table.deleteLabel', { name })} onClick={() => onDelete(person)}>
          {t('organisation.people.table.delete')}
        </button>
      </td>
    </tr>
  );
});

function usageText(t: ReturnType<typeof useT>, usage: PersonUsage | undefined): string {
  if (!usage) return '';
  const parts: string[] = [];
  if (usage.unitsResponsible.length) parts.push(t('organisation.people.uses.responsible', { count: usage.unitsResponsible.length }));
  if (usage.accountsRun.length) parts.push(t('organisation.people.uses.runs', { count: usage.accountsRun.length }));
  if (usage.accountsHolding.length) parts.push(t('organisation.people.uses.holds', { count: usage.accountsHolding.length }));
  return parts.join(' · ');
}
