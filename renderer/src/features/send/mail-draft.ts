import type { Translator } from '../../../../shared/i18n';

/** What the e-mail about a copy just saved has to say. */
export interface SentCopyFacts {
  title: string;
  institution: string;
  revision: number;
  /** The name the copy was saved under: the one the user will look for to attach. */
  fileName: string;
  /** The unit of a department package; null for the whole plan. */
  unitName: string | null;
}

export interface MailDraft {
  subject: string;
  body: string;
}

/** The subject and body of the e-mail that goes with a copy, in the screen's language. */
export function mailDraft(t: Translator, facts: SentCopyFacts): MailDraft {
  // As text: a number parameter would be grouped ("v1.234"), unlike the revision in the file name.
  const params = { title: facts.title, institution: facts.institution, revision: String(facts.revision), name: facts.fileName, unit: facts.unitName ?? '' };
  const kind = facts.unitName === null ? 'whole' : 'package';
  const body = [
    // mailto cannot attach files: the draft itself reminds the sender, where they are looking.
    t('sendui.mail.reminder', params),
    '',
    t('sendui.mail.greeting'),
    '',
    t(`sendui.mail.${kind}.attached`, params),
    '',
    t(`sendui.mail.${kind}.howTo`, params),
    '',
    t('sendui.mail.closing'),
  ];
  return { subject: t(`sendui.mail.${kind}.subject`, params), body: body.join('\r\n') };
}

/**
 * A mailto: link that opens the draft in the user's mail program. Every part percent-encoded
 * (RFC 6068), so line breaks travel as %0D%0A and no "&" or "?" in a title can cut the body.
 */
export function mailtoHref(draft: MailDraft): string {
  return `mailto:?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(draft.body)}`;
}
