import { useId } from 'react';
import type { PlanHost } from '../../host/host';
import { useT } from '../../i18n/useT';
import { mailDraft, mailtoHref, type SentCopyFacts } from './mail-draft';

interface MailDraftLinkProps {
  facts: SentCopyFacts;
  hostKind: PlanHost['kind'];
}

/**
 * After a copy is saved: where it is, and a ready-written e-mail to send it with. A mailto link
 * cannot attach a file, so the screen says plainly which file to attach.
 */
export function MailDraftLink({ facts, hostKind }: MailDraftLinkProps) {
  const t = useT();
  const id = useId();
  const href = mailtoHref(mailDraft(t, facts));
  return (
    <section className="send-mail" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('sendui.result.mailTitle')}</h3>
      <p>{t(hostKind === 'desktop' ? 'sendui.result.whereDesktop' : 'sendui.result.whereBrowser')}</p>
      <p>
        <strong>{t('sendui.result.attach', { name: facts.fileName })}</strong> {t('sendui.result.attachWhy')}
      </p>
      <a className="button" href={href}>
        {t('sendui.result.compose')}
      </a>
    </section>
  );
}
