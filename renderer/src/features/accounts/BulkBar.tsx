import { useId, useState } from 'react';
import { ACCOUNT_STATUSES, type AccountStatus, type AccountsBulkInput } from '../../../../shared/model/accounts';
import { useController } from '../../app/controller-context';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { indentedName, type InventoryIndex } from './inventory-index';
import { NO_UNIT, setSelection } from './view-store';

interface BulkBarProps {
  ids: readonly string[];
  index: InventoryIndex;
  readOnly: boolean;
  announce: (message: string) => void;
}

type BulkChange = Omit<AccountsBulkInput, 'ids'>;

/** Changes to every selected account at once; each one is a single undo step. */
export function BulkBar({ ids, index, readOnly, announce }: BulkBarProps) {
  const t = useT();
  const controller = useController();
  const id = useId();
  const [unit, setUnit] = useState('');
  const [status, setStatus] = useState<AccountStatus | ''>('');
  const [person, setPerson] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (ids.length === 0) return null;

  async function apply(change: BulkChange) {
    const count = await controller.change('accounts.bulkUpdate', { ids: [...ids], ...change });
    if (count !== undefined) announce(t('accounts.bulk.done', { count }));
  }

  async function remove() {
    setConfirming(false);
    const count = await controller.change('accounts.delete', { ids: [...ids] });
    if (count === undefined) return;
    setSelection(new Set(), null);
    announce(t('accounts.bulk.deleted', { count }));
  }

  const choose = <option value="">{t('accounts.bulk.choose')}</option>;
  return (
    <section className="bulk-bar" aria-label={t('accounts.bulk.label')}>
      <p className="bulk-count">
        <strong>{t('accounts.bulk.selected', { count: ids.length })}</strong>
        <button type="button" className="link" onClick={() => setSelection(new Set(), null)}>
          {t('accounts.bulk.clear')}
        </button>
      </p>
      <fieldset className="bulk-actions" disabled={readOnly}>
        <div className="bulk-group">
          <label htmlFor={`${id}-unit`}>{t('accounts.bulk.unit')}</label>
          <select id={`${id}-unit`} value={unit} onChange={(event) => setUnit(event.target.value)}>
            {choose}
            <option value={NO_UNIT}>{t('inventory.noUnit')}</option>
            {index.unitsInOrder.map((option) => (
              <option key={option.id} value={option.id}>
                {indentedName(option)}
              </option>
            ))}
          </select>
          <button type="button" disabled={!unit} onClick={() => void apply({ unitId: unit === NO_UNIT ? null : unit })} aria-label={`${t('accounts.bulk.apply')}: ${t('accounts.bulk.unit')}`}>
            {t('accounts.bulk.apply')}
          </button>
        </div>
        <div className="bulk-group">
          <label htmlFor={`${id}-status`}>{t('accounts.bulk.status')}</label>
          <select id={`${id}-status`} value={status} onChange={(event) => setStatus(event.target.value as AccountStatus | '')}>
            {choose}
            {ACCOUNT_STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`inventory.statuses.${option}`)}
              </option>
            ))}
          </select>
          <button type="button" disabled={!status} onClick={() => status && void apply({ status })} aria-label={`${t('accounts.bulk.apply')}: ${t('accounts.bulk.status')}`}>
            {t('accounts.bulk.apply')}
          </button>
        </div>
        <div className="bulk-group">
          <label htmlFor={`${id}-person`}>{t('accounts.bulk.person')}</label>
          <select id={`${id}-person`} value={person} onChange={(event) => setPerson(event.target.value)} disabled={index.peopleByName.length === 0}>
            {choose}
            {index.peopleByName.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" disabled={!person} onClick={() => void apply({ addPeopleIds: [person] })}>
            {t('accounts.bulk.addPerson')}
          </button>
          <button type="button" className="secondary" disabled={!person} onClick={() => void apply({ removePeopleIds: [person] })}>
            {t('accounts.bulk.removePerson')}
          </button>
        </div>
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('accounts.bulk.delete')}
        </button>
      </fieldset>
      {confirming && (
        <ConfirmDialog
          title={t('accounts.confirm.title')}
          confirmLabel={t('accounts.confirm.delete')}
          cancelLabel={t('accounts.confirm.cancel')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('accounts.confirm.text', { count: ids.length })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
