import { useCallback, useDeferredValue, useId, useMemo, useState } from 'react';
import type { Person, PersonUpdateInput } from '../../../../shared/model/people';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { StatusLine, useAnnouncement } from '../organisation/StatusLine';
import { indentedName, useUnitsInTreeOrder } from '../organisation/units';
import { PeopleTable } from './PeopleTable';
import { PersonAddForm } from './PersonAddForm';
import { PersonDeleteDialog } from './PersonDeleteDialog';
import { usageByPerson } from './person-usage';
import '../organisation/organisation.css';
import './people.css';

const ALL = 'all';
const NONE = 'none';

const plain = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** The people directory: add, edit in place, filter, and delete saying where the person is named. */
export function PeopleSection() {
  const t = useT();
  const controller = useController();
  const filterId = useId();
  const plan = useApp((state) => state.plan);
  const inventory = useApp((state) => state.inventory);
  const units = useUnitsInTreeOrder();
  const [announcement, announce] = useAnnouncement();
  const [query, setQuery] = useState('');
  const [unitFilter, setUnitFilter] = useState(ALL);
  const [deleting, setDeleting] = useState<Person | null>(null);
  const [problems, setProblems] = useState<ReadonlyMap<string, string>>(new Map());
  const deferredQuery = useDeferredValue(query);

  const people = inventory?.people;
  const usage = useMemo(() => usageByPerson({ units: inventory?.units ?? [], accounts: inventory?.accounts ?? [] }), [inventory?.units, inventory?.accounts]);
  const shown = useMemo(() => {
    const wanted = plain(deferredQuery.trim());
    return (people ?? []).filter((person) => {
      if (unitFilter === NONE && person.unitId !== null) return false;
      if (unitFilter !== ALL && unitFilter !== NONE && person.unitId !== unitFilter) return false;
      return wanted === '' || plain(`${person.name} ${person.role} ${person.email} ${person.phone}`).includes(wanted);
    });
  }, [people, deferredQuery, unitFilter]);

  const update = useCallback((patch: PersonUpdateInput) => void controller.change('person.update', patch), [controller]);
  const reportProblem = useCallback((personId: string, text: string | null) => {
    setProblems((current) => {
      if (text === null && !current.has(personId)) return current;
      const next = new Map(current);
      if (text === null) next.delete(personId);
      else next.set(personId, text);
      return next;
    });
  }, []);

  if (!plan || !people) return null;
  const readOnly = plan.readOnly;
  // A unit chosen in the filter and then deleted no longer filters anything.
  if (unitFilter !== ALL && unitFilter !== NONE && !units.some((entry) => entry.unit.id === unitFilter)) setUnitFilter(ALL);

  async function confirmDelete() {
    const person = deleting;
    setDeleting(null);
    if (!person) return;
    const rowIndex = shown.findIndex((candidate) => candidate.id === person.id);
    await controller.change('person.delete', { id: person.id });
    if (useApp.getState().inventory?.people.some((candidate) => candidate.id === person.id)) return;
    reportProblem(person.id, null);
    announce(t('organisation.people.delete.done', { name: person.name }));
    // The focus goes to the row that took the deleted one's place, not to the top of the page.
    requestAnimationFrame(() => {
      const buttons = document.querySelectorAll<HTMLElement>('.people-table tbody tr button');
      (buttons[Math.min(rowIndex, buttons.length - 1)] ?? document.querySelector<HTMLElement>('.person-add input'))?.focus();
    });
  }

  return (
    <section aria-labelledby="people-title" className="section people-section">
      <h1 id="people-title">{t('organisation.people.title')}</h1>
      <p className="help">{t('organisation.people.help')}</p>
      <PersonAddForm disabled={readOnly} announce={announce} />

      <div role="search" className="people-filter" aria-label={t('organisation.people.filter.legend')}>
        <div className="field grow">
          <label htmlFor={`${filterId}-text`}>{t('organisation.people.filter.text')}</label>
          <input id={`${filterId}-text`} type="search" value={query} aria-describedby={`${filterId}-hint`} onChange={(event) => setQuery(event.target.value)} />
          <p className="hint" id={`${filterId}-hint`}>
            {t('organisation.people.filter.textHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${filterId}-unit`}>{t('organisation.people.filter.unit')}</label>
          <select id={`${filterId}-unit`} value={unitFilter} onChange={(event) => setUnitFilter(event.target.value)}>
            <option value={ALL}>{t('organisation.people.filter.allUnits')}</option>
            <option value={NONE}>{t('organisation.units.noUnit')}</option>
            {units.map((entry) => (
              <option key={entry.unit.id} value={entry.unit.id}>
                {indentedName(entry)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <p className="muted small people-count" role="status">
        {t('organisation.people.filter.shown', { shown: shown.length, total: people.length })}
      </p>
      <StatusLine announcement={announcement} />
      {problems.size > 0 && (
        <div className="people-problems" role="alert">
          {[...problems.values()].map((text) => (
            <p key={text} className="field-problem">
              {text}
            </p>
          ))}
        </div>
      )}

      {people.length === 0 ? (
        <p className="empty-note">{t('organisation.people.table.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="empty-note">{t('organisation.people.table.noMatch')}</p>
      ) : (
        <PeopleTable people={shown} usage={usage} readOnly={readOnly} onUpdate={update} onProblem={reportProblem} onDelete={setDeleting} />
      )}

      {deleting && <PersonDeleteDialog person={deleting} usage={usage.get(deleting.id)} onConfirm={() => void confirmDelete()} onCancel={() => setDeleting(null)} />}
    </section>
  );
}
