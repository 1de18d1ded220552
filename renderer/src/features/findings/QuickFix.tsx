import { useId, useState } from 'react';
import type { FindingCode } from '../../../../shared/audit/findings';
import { ACCOUNT_PURPOSES, ACCOUNT_STATUSES, type Account, type AccountUpdateInput } from '../../../../shared/model/accounts';
import { useController } from '../../app/controller-context';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { indentedName, type InventoryIndex } from '../accounts/inventory-index';

interface QuickFixProps {
  code: FindingCode;
  account: Account;
  name: string;
  index: InventoryIndex;
  readOnly: boolean;
  onFixed: () => void;
}

type Choice = { value: string; label: string };

/**
 * The smallest change that clears one problem on one account, right where the problem is
 * listed: a unit to assign, a person to add, a yes to confirm, a copy to delete.
 */
export function QuickFix({ code, account, name, index, readOnly, onFixed }: QuickFixProps) {
  const t = useT();
  const controller = useController();
  const [confirming, setConfirming] = useState(false);

  async function update(patch: Omit<AccountUpdateInput, 'id'>) {
    if (await controller.change('account.update', { id: account.id, ...patch })) onFixed();
  }

  async function remove() {
    setConfirming(false);
    if ((await controller.change('accounts.delete', { ids: [account.id] })) !== undefined) onFixed();
  }

  const units = (onlyAdministrative: boolean): Choice[] =>
    index.unitsInOrder
      .filter((unit) => !onlyAdministrative || unit.kind === 'administrative')
      .map((unit) => ({ value: unit.id, label: indentedName(unit) }));

  switch (code) {
    case 'NO_UNIT':
    case 'POLITICAL_OWNER':
      return (
        <PickAndApply
          label={t('accounts.audit.assignUnit', { name })}
          button={t('accounts.audit.assign')}
          options={units(code === 'POLITICAL_OWNER')}
          disabled={readOnly}
          onApply={(unitId) => void update({ unitId })}
        />
      );
    case 'NO_MANAGER':
      if (index.peopleByName.length === 0) return <span className="muted small">{t('accounts.audit.noPeople')}</span>;
      return (
        <PickAndApply
          label={t('accounts.audit.addManager', { name })}
          button={t('accounts.audit.add')}
          options={index.peopleByName.map((person) => ({ value: person.id, label: person.name }))}
          disabled={readOnly}
          onApply={(personId) => void update({ peopleIds: [...account.peopleIds, personId] })}
        />
      );
    case 'NO_2FA':
      return (
        <button type="button" className="secondary" disabled={readOnly} aria-label={`${t('accounts.audit.markTwoFactor')}: ${name}`} onClick={() => void update({ twoFactor: true })}>
          {t('accounts.audit.markTwoFactor')}
        </button>
      );
    case 'PERSONAL_RECOVERY_EMAIL':
      return (
        <button type="button" className="secondary" disabled={readOnly} aria-label={`${t('accounts.audit.markCorporate')}: ${name}`} onClick={() => void update({ recoveryEmailCorporate: true })}>
          {t('accounts.audit.markCorporate')}
        </button>
      );
    case 'NO_PURPOSE':
      return (
        <PickAndApply
          label={t('accounts.audit.setPurpose', { name })}
          button={t('accounts.audit.change')}
          options={ACCOUNT_PURPOSES.map((purpose) => ({ value: purpose, label: t(`inventory.purposes.${purpose}`) }))}
          disabled={readOnly}
          onApply={(purpose) => void update({ purpose: purpose as Account['purpose'] })}
        />
      );
    case 'DORMANT':
      return (
        <PickAndApply
          label={t('accounts.audit.setStatus', { name })}
          button={t('accounts.audit.change')}
          options={ACCOUNT_STATUSES.filter((status) => status !== account.status).map((status) => ({ value: status, label: t(`inventory.statuses.${status}`) }))}
          disabled={readOnly}
          onApply={(status) => void update({ status: status as Account['status'] })}
        />
      );
    case 'DUPLICATE':
      return (
        <>
          <button type="button" className="secondary" disabled={readOnly} aria-label={`${t('accounts.audit.deleteCopy')} ${name}`} onClick={() => setConfirming(true)}>
            {t('accounts.audit.deleteCopy')}
          </button>
          {confirming && (
            <ConfirmDialog
              title={t('accounts.confirm.title')}
              confirmLabel={t('accounts.confirm.delete')}
              cancelLabel={t('accounts.confirm.cancel')}
              onConfirm={() => void remove()}
              onCancel={() => setConfirming(false)}
            >
              <p>{t('accounts.confirm.text', { count: 1 })}</p>
            </ConfirmDialog>
          )}
        </>
      );
  }
}

/** A list and a button: choosing alone changes nothing, so browsing the list by keyboard is safe. */
function PickAndApply({ label, button, options, disabled, onApply }: { label: string; button: string; options: Choice[]; disabled: boolean; onApply: (value: string) => void }) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState('');
  return (
    <span className="pick-apply">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => setValue(event.target.value)}>
        <option value="">{t('accounts.bulk.choose')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <button type="button" disabled={disabled || !value} aria-label={`${button}: ${label}`} onClick={() => onApply(value)}>
        {button}
      </button>
    </span>
  );
}
