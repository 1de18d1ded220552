import { useId, useMemo, useState, type FormEvent } from 'react';
import { PLATFORM_CODES, type Account, type Platform } from '../../../../shared/model/accounts';
import { accountIdentityKey, recogniseAccountUrl, type RecognisedAccount } from '../../../../shared/model/platforms';
import { useController } from '../../app/controller-context';
import { useT } from '../../i18n/useT';
import { indentedName, type InventoryIndex } from './inventory-index';
import { PlatformBadge } from './PlatformBadge';

interface AddAccountProps {
  accounts: readonly Account[];
  index: InventoryIndex;
  readOnly: boolean;
  announce: (message: string) => void;
}

/**
 * Adding an account the way people have it at hand: its address copied from the browser.
 * What Rumbo understood (network and handle) is shown, and filled into the fields below,
 * before anything is added; the fields also work on their own for an account with no address.
 */
export function AddAccount({ accounts, index, readOnly, announce }: AddAccountProps) {
  const t = useT();
  const controller = useController();
  const ids = { paste: useId(), hint: useId(), understood: useId(), platform: useId(), handle: useId(), unit: useId() };
  const [address, setAddress] = useState('');
  const [recognised, setRecognised] = useState<RecognisedAccount | null>(null);
  const [platform, setPlatform] = useState<Platform>('x');
  const [handle, setHandle] = useState('');
  const [unitId, setUnitId] = useState('');
  const [problem, setProblem] = useState('');

  const addressInvalid = address.trim() !== '' && recognised === null;
  const candidateKey = accountIdentityKey({ platform, handle, url: recognised?.url ?? '' });
  const checking = candidateKey !== null;
  // Built only while something is being typed: with thousands of accounts it is not free.
  const knownKeys = useMemo(() => (checking ? new Map(accounts.map((account) => [accountIdentityKey(account), account])) : null), [accounts, checking]);
  const existing = candidateKey ? knownKeys?.get(candidateKey) : undefined;

  function readAddress(text: string) {
    setAddress(text);
    setProblem('');
    const found = text.trim() ? recogniseAccountUrl(text) : null;
    setRecognised(found);
    if (found) {
      setPlatform(found.platform);
      setHandle(found.handle);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (addressInvalid) {
      setProblem(t('accounts.add.invalid'));
      return;
    }
    if (!handle.trim() && !recognised) {
      setProblem(t('accounts.add.needHandle'));
      return;
    }
    const created = await controller.change('account.create', {
      platform,
      handle: handle.trim(),
      url: recognised?.url ?? '',
      unitId: unitId || null,
    });
    if (!created) return;
    announce(t('accounts.add.added', { platform: t(`inventory.platforms.${created.platform}`), handle: created.handle }));
    setAddress('');
    setRecognised(null);
    setHandle('');
  }

  const platformName = t(`inventory.platforms.${platform}`);
  return (
    // noValidate: the browser's own check of type="url" would silently block "www.…" addresses that Rumbo understands.
    <form className="card add-account" aria-labelledby={`${ids.paste}-title`} noValidate onSubmit={(event) => void submit(event)}>
      <h2 id={`${ids.paste}-title`}>{t('accounts.add.title')}</h2>
      <div className="field">
        <label htmlFor={ids.paste}>{t('accounts.add.pasteLabel')}</label>
        <input
          id={ids.paste}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          value={address}
          disabled={readOnly}
          placeholder="https://"
          aria-describedby={`${ids.hint} ${ids.understood}`}
          aria-invalid={addressInvalid || undefined}
          data-draft={address ? 'true' : undefined}
          onChange={(event) => readAddress(event.target.value)}
        />
        <p className="hint" id={ids.hint}>
          {t('accounts.add.pasteHint')}
        </p>
        <p id={ids.understood} role="status" aria-live="polite" className="understood">
          {recognised ? (
            <>
              <PlatformBadge platform={recognised.platform} />
              {recognised.handle
                ? t('accounts.add.recognised', { platform: t(`inventory.platforms.${recognised.platform}`), handle: recognised.handle })
                : t('accounts.add.recognisedNoHandle', { platform: t(`inventory.platforms.${recognised.platform}`) })}
            </>
          ) : addressInvalid ? (
            <span className="field-problem">{t('accounts.add.invalid')}</span>
          ) : null}
        </p>
      </div>
      <fieldset className="add-manual" disabled={readOnly}>
        <legend>{t('accounts.add.manual')}</legend>
        <div className="field">
          <label htmlFor={ids.platform}>{t('accounts.add.platform')}</label>
          <select id={ids.platform} value={platform} onChange={(event) => setPlatform(event.target.value as Platform)}>
            {PLATFORM_CODES.map((code) => (
              <option key={code} value={code}>
                {t(`inventory.platforms.${code}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.handle}>{t('accounts.add.handle')}</label>
          <input id={ids.handle} value={handle} autoComplete="off" spellCheck={false} maxLength={200} data-draft={handle ? 'true' : undefined} onChange={(event) => setHandle(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.unit}>{t('accounts.add.unit')}</label>
          <select id={ids.unit} value={unitId} onChange={(event) => setUnitId(event.target.value)}>
            <option value="">{t('inventory.noUnit')}</option>
            {index.unitsInOrder.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {indentedName(unit)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="add-button" aria-label={`${t('accounts.add.submit')}: ${platformName} ${handle}`.trim()}>
          {t('accounts.add.submit')}
        </button>
      </fieldset>
      {existing && (
        <p className="warning-line" role="status">
          {t('accounts.add.duplicate', { handle: existing.handle || existing.url })}
        </p>
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
