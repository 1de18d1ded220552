import { useEffect, useId, useRef, useState } from 'react';
import { ACCOUNT_PURPOSES, ACCOUNT_STATUSES, PLATFORM_CODES, accountUrlSchema, type Account } from '../../../../shared/model/accounts';
import { formatNumber } from '../../../../shared/i18n';
import { useController } from '../../app/controller-context';
import { pushNotice, useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { SelectField } from '../../ui/SelectField';
import type { AccountPatch } from './columns';
import { CheckField } from './CheckField';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { indentedName, type InventoryIndex } from './inventory-index';
import { parseLocaleNumber } from './locale';
import { PeoplePicker } from './PeoplePicker';
import { booleanOfTriState, triStateOptions, triStateValue } from './tri-state';
import { openEditor } from './view-store';
import { RecordHistoryLink } from '../history/RecordHistoryLink';

interface AccountEditorProps {
  account: Account | null;
  index: InventoryIndex;
  readOnly: boolean;
  announce: (message: string) => void;
}

/**
 * The full record of one account, in a side panel over the grid. Each field is saved on its
 * own when the user pauses or leaves it (one undo step each), like the rest of Rumbo. There is
 * no password field, on purpose: the form says who holds the credentials, never what they are.
 */
export function AccountEditor({ account, index, readOnly, announce }: AccountEditorProps) {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);
  const open = account !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  if (!account) {
    return <dialog ref={ref} className="account-editor" aria-labelledby={titleId} onClose={() => openEditor(null)} />;
  }

  const update = (patch: AccountPatch) => void controller.change('account.update', { id: account.id, ...patch });
  const name = account.handle || account.displayName || t(`inventory.platforms.${account.platform}`);

  function updateNumber(field: 'followers' | 'postsPerWeek', text: string, integer: boolean) {
    const value = parseLocaleNumber(lang, text);
    if (value === undefined || (integer && value !== null && !Number.isInteger(value))) {
      pushNotice({ tone: 'error', message: t('accounts.grid.invalidNumber') });
      return;
    }
    update({ [field]: value });
  }

  function updateUrl(url: string) {
    const parsed = accountUrlSchema.safeParse(url);
    if (!parsed.success) {
      pushNotice({ tone: 'error', message: t('accounts.editor.urlInvalid') });
      return;
    }
    update({ url: parsed.data });
  }

  async function remove() {
    setConfirming(false);
    const removed = await controller.change('accounts.delete', { ids: [account!.id] });
    if (removed === undefined) return;
    announce(t('accounts.bulk.deleted', { count: removed }));
    openEditor(null);
  }

  const numberText = (value: number | null) => (value === null ? '' : formatNumber(lang, value, { maximumFractionDigits: 2 }));
  const triOptions = triStateOptions(t);
  const disabled = readOnly;

  return (
    <dialog
      ref={ref}
      className="account-editor"
      aria-labelledby={titleId}
      onClose={() => openEditor(null)}
      onCancel={() => {
        // Escape closes the record: the field being typed in is left first, so its draft is saved.
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      }}
    >
      <header className="editor-header">
        <h2 id={titleId}>{t('accounts.editor.title', { name })}</h2>
        <RecordHistoryLink id={account.id} label={t('merge.labels.account', { platform: t(`inventory.platforms.${account.platform}`), handle: account.handle || account.displayName || account.url }).trim()} onLeave={() => openEditor(null)} />
        <button type="button" className="secondary" onClick={() => openEditor(null)}>
          {t('accounts.editor.close')}
        </button>
      </header>
      {/* Remounting on another account drops the drafts of the previous one. */}
      <div className="editor-body" key={account.id}>
        <fieldset disabled={disabled}>
          <legend>{t('accounts.editor.identity')}</legend>
          <SelectField
            label={t('accounts.editor.platform')}
            value={account.platform}
            options={PLATFORM_CODES.map((code) => ({ value: code, label: t(`inventory.platforms.${code}`) }))}
            onChange={(platform) => update({ platform })}
          />
          <CommitField label={t('accounts.editor.handle')} value={account.handle} maxLength={200} onCommit={(handle) => update({ handle })} />
          <CommitField label={t('accounts.editor.url')} hint={t('accounts.editor.urlHint')} value={account.url} maxLength={2000} onCommit={updateUrl} />
          <CommitField label={t('accounts.editor.displayName')} value={account.displayName} maxLength={300} onCommit={(displayName) => update({ displayName })} />
          <div className="field-row">
            <SelectField
              label={t('accounts.editor.status')}
              value={account.status}
              options={ACCOUNT_STATUSES.map((status) => ({ value: status, label: t(`inventory.statuses.${status}`) }))}
              onChange={(status) => update({ status })}
            />
            <SelectField
              label={t('accounts.editor.purpose')}
              value={account.purpose ?? ''}
              options={[{ value: '', label: t('accounts.editor.noPurpose') }, ...ACCOUNT_PURPOSES.map((purpose) => ({ value: purpose, label: t(`inventory.purposes.${purpose}`) }))]}
              onChange={(purpose) => update({ purpose: (purpose || null) as Account['purpose'] })}
            />
          </div>
          <CommitField label={t('accounts.editor.audience')} value={account.audience} maxLength={500} onCommit={(audience) => update({ audience })} />
          <CommitField
            label={t('accounts.editor.languages')}
            hint={t('accounts.editor.languagesHint')}
            value={account.languages.join(', ')}
            onCommit={(text) => update({ languages: [...new Set(text.split(/[,;\s]+/).map((code) => code.trim().toLowerCase()).filter(Boolean))].slice(0, 20) })}
          />
          <CheckField label={t('accounts.editor.verified')} checked={account.verified} onChange={(verified) => controller.change('account.update', { id: account.id, verified })} />
        </fieldset>

        <fieldset disabled={disabled}>
          <legend>{t('accounts.editor.organisation')}</legend>
          <SelectField
            label={t('accounts.editor.unit')}
            value={account.unitId ?? ''}
            options={[{ value: '', label: t('inventory.noUnit') }, ...index.unitsInOrder.map((unit) => ({ value: unit.id, label: indentedName(unit) }))]}
            onChange={(unitId) => update({ unitId: unitId || null })}
          />
          <PeoplePicker
            legend={t('accounts.editor.people')}
            people={index.peopleByName}
            value={account.peopleIds}
            disabled={disabled}
            onChange={(peopleIds) => update({ peopleIds })}
          />
        </fieldset>

        <fieldset disabled={disabled}>
          <legend>{t('accounts.editor.activity')}</legend>
          <div className="field-row">
            <CommitField label={t('accounts.editor.followers')} value={numberText(account.followers)} onCommit={(text) => updateNumber('followers', text, true)} />
            <CommitField label={t('accounts.editor.postsPerWeek')} value={numberText(account.postsPerWeek)} onCommit={(text) => updateNumber('postsPerWeek', text, false)} />
          </div>
          <div className="field-row">
            <CommitField label={t('accounts.editor.lastPostOn')} type="date" value={account.lastPostOn ?? ''} onCommit={(date) => update({ lastPostOn: date || null })} />
            <CommitField label={t('accounts.editor.openedOn')} type="date" value={account.openedOn ?? ''} onCommit={(date) => update({ openedOn: date || null })} />
          </div>
        </fieldset>

        <fieldset disabled={disabled}>
          <legend>{t('accounts.editor.security')}</legend>
          <p className="credentials-note">{t('accounts.editor.credentialsNote')}</p>
          <SelectField
            label={t('accounts.editor.credentialsHolder')}
            value={account.credentialsHolderId ?? ''}
            options={[{ value: '', label: t('accounts.editor.nobody') }, ...index.peopleByName.map((person) => ({ value: person.id, label: person.name }))]}
            onChange={(holder) => update({ credentialsHolderId: holder || null })}
          />
          <div className="field-row">
            <SelectField
              label={t('accounts.editor.twoFactor')}
              value={triStateValue(account.twoFactor)}
              options={triOptions}
              onChange={(value) => update({ twoFactor: booleanOfTriState(value) })}
            />
            <SelectField
              label={t('accounts.editor.recoveryEmailCorporate')}
              value={triStateValue(account.recoveryEmailCorporate)}
              options={triOptions}
              onChange={(value) => update({ recoveryEmailCorporate: booleanOfTriState(value) })}
            />
          </div>
        </fieldset>

        <fieldset disabled={disabled}>
          <legend>{t('accounts.editor.other')}</legend>
          <CommitField label={t('accounts.editor.notes')} multiline value={account.notes} maxLength={10_000} onCommit={(notes) => update({ notes })} />
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            {t('accounts.editor.delete')}
          </button>
        </fieldset>
      </div>
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
    </dialog>
  );
}
