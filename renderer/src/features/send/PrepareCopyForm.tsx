import { useId, useRef, useState, type FormEvent } from 'react';
import type { CallInput } from '../../../../shared/engine/contract';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { UnitSelect } from '../organisation/UnitSelect';

type Scope = 'whole' | 'package';

interface PrepareCopyFormProps {
  /** The plan cannot record a copy: the form stays visible, to show what it would do, but disabled. */
  readOnly: boolean;
  working: boolean;
  onSend: (input: CallInput<'plan.prepareCopy'>) => void;
}

/** Who the copy is for and what it carries (the whole plan or one unit's package). */
export function PrepareCopyForm({ readOnly, working, onSend }: PrepareCopyFormProps) {
  const t = useT();
  const id = useId();
  const busy = useApp((state) => state.busy);
  const hasUnits = useApp((state) => (state.inventory?.units.length ?? 0) > 0);
  // The plain "read-only" reason would repeat our own line; others (a newer file format...) add something.
  const readOnlyReason = useApp((state) => {
    const reason = state.plan?.readOnlyReason;
    return reason && reason.code !== 'PLAN_READ_ONLY' ? reason.message : null;
  });
  const [recipient, setRecipient] = useState('');
  const [scope, setScope] = useState<Scope>('whole');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const unitField = useRef<HTMLDivElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (scope === 'package' && !unitId) {
      setProblem(t('sendui.prepare.unitMissing'));
      unitField.current?.querySelector('select')?.focus();
      return;
    }
    setProblem(null);
    const trimmed = recipient.trim();
    onSend({ ...(trimmed ? { recipient: trimmed } : {}), unitId: scope === 'package' ? unitId : null });
  }

  function chooseWhole() {
    setScope('whole');
    setProblem(null);
  }

  function chooseUnit(next: string | null) {
    setUnitId(next);
    if (next) setProblem(null);
  }

  return (
    <form className="card send-form" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`}>{t('sendui.prepare.title')}</h2>
      <p className="send-explain">{t('sendui.prepare.explain')}</p>
      {readOnly && (
        <p className="send-read-only" id={`${id}-read-only`}>
          {t('sendui.prepare.readOnly')}
          {readOnlyReason && <span className="muted"> {readOnlyReason}</span>}
        </p>
      )}
      {/* A disabled fieldset disables every control inside it at once. */}
      <fieldset className="send-fields" disabled={readOnly} aria-describedby={readOnly ? `${id}-read-only` : undefined}>
        <div className="field">
          <label htmlFor={`${id}-recipient`}>{t('sendui.prepare.recipient')}</label>
          <input
            id={`${id}-recipient`}
            value={recipient}
            maxLength={200}
            autoComplete="off"
            aria-describedby={`${id}-recipient-hint`}
            onChange={(event) => setRecipient(event.target.value)}
          />
          <p className="hint" id={`${id}-recipient-hint`}>
            {t('sendui.prepare.recipientHint')}
          </p>
        </div>
        <fieldset className="send-scope">
          <legend>{t('sendui.prepare.scope')}</legend>
          <label className="send-choice">
            <input type="radio" name={`${id}-scope`} value="whole" checked={scope === 'whole'} onChange={chooseWhole} />
            {t('sendui.prepare.whole')}
          </label>
          <label className="send-choice">
            <input
              type="radio"
              name={`${id}-scope`}
              value="package"
              checked={scope === 'package'}
              disabled={!hasUnits}
              aria-describedby={hasUnits ? undefined : `${id}-no-units`}
              onChange={() => setScope('package')}
            />
            {t('sendui.prepare.package')}
          </label>
          {!hasUnits && (
            <p className="hint" id={`${id}-no-units`}>
              {t('sendui.prepare.noUnits')}
            </p>
          )}
          {scope === 'package' && (
            <div className="send-unit" ref={unitField}>
              <UnitSelect label={t('sendui.prepare.unit')} noneLabel={t('sendui.prepare.chooseUnit')} value={unitId} onChange={chooseUnit} />
              {problem && (
                <p className="field-problem" role="alert">
                  {problem}
                </p>
              )}
            </div>
          )}
        </fieldset>
        <button type="submit" disabled={busy || working}>
          {t('sendui.prepare.submit')}
        </button>
      </fieldset>
    </form>
  );
}
