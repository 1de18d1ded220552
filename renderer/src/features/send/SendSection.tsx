import { useState } from 'react';
import type { CallInput } from '../../../../shared/engine/contract';
import type { Lang, Translator } from '../../../../shared/i18n';
import { useController } from '../../app/controller-context';
import type { CopyOutcome } from '../../app/session';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { formatFileSize } from './file-size';
import { MailDraftLink } from './MailDraftLink';
import { PrepareCopyForm } from './PrepareCopyForm';
import { SentCopiesTable } from './SentCopiesTable';
import { useSentCopies } from './useSentCopies';
import './send.css';

/**
 * "Enviar una copia": prepares a clean copy of the plan (or one unit's package) to e-mail, saves
 * it where the user says, offers a ready-written e-mail, and lists the copies already sent. The
 * plan records each copy, so that the copy can be merged back when it returns.
 */
export function SendSection() {
  const t = useT();
  const controller = useController();
  const plan = useApp((state) => state.plan);
  const profile = useApp((state) => state.profile);
  const lang = useApp((state) => state.lang);
  const sent = useSentCopies();
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  if (!plan || !profile) return null;

  async function send(input: CallInput<'plan.prepareCopy'>) {
    setWorking(true);
    setOutcome(null);
    const result = await controller.sendCopy(input);
    setWorking(false);
    setOutcome(result);
  }

  const written = outcome?.kind === 'written' ? outcome : null;
  const status = working ? t('sendui.prepare.working') : outcome ? outcomeMessage(t, lang, outcome) : '';

  return (
    <section aria-labelledby="send-title" className="section send-screen">
      <h1 id="send-title">{t('sendui.nav')}</h1>
      <p className="help">{t('sendui.help')}</p>
      <div className="send-prepare">
        <PrepareCopyForm readOnly={plan.readOnly} working={working} onSend={(input) => void send(input)} />
        <div className="send-outcome">
          <p role="status" aria-live="polite" className={written ? 'send-status done' : 'send-status'}>
            {status}
          </p>
          {outcome?.kind === 'failed' && (
            <p role="alert" className="send-error">
              {outcome.error.message}
            </p>
          )}
          {written && (
            <MailDraftLink
              hostKind={controller.host.kind}
              facts={{
                title: profile.planTitle || profile.name,
                institution: profile.name,
                revision: written.copy.revision,
                fileName: written.name,
                unitName: written.copy.unitName,
              }}
            />
          )}
        </div>
      </div>
      <SentCopiesTable sent={sent} />
    </section>
  );
}

/** What the status line says once the copy is saved or the save was cancelled (a failure is an alert instead). */
function outcomeMessage(t: Translator, lang: Lang, outcome: CopyOutcome): string {
  if (outcome.kind === 'cancelled') return t('sendui.result.cancelled');
  if (outcome.kind === 'failed') return '';
  const params = { name: outcome.name, size: formatFileSize(lang, outcome.copy.sizeBytes) };
  const { unitName } = outcome.copy;
  return unitName === null ? t('sendui.result.writtenCopy', params) : t('sendui.result.writtenPackage', { ...params, unit: unitName });
}
