import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../../shared/i18n';
import { formatFileSize } from '../../../renderer/src/features/send/file-size';
import { mailDraft, mailtoHref } from '../../../renderer/src/features/send/mail-draft';

const facts = {
  title: 'Plan de redes & medios?',
  institution: 'Ayuntamiento de Villanueva',
  revision: 1234,
  fileName: 'Ayuntamiento de Villanueva - Plan - v1234 - 2026-03-02.rumbo',
  unitName: null,
};

/** The parameters a mail program reads from a mailto: link (RFC 6068), decoded. */
function readMailto(href: string): { subject: string; body: string } {
  const [scheme, query] = href.split('?', 2);
  expect(scheme).toBe('mailto:');
  const params = new Map(query!.split('&').map((pair) => pair.split('=', 2) as [string, string]));
  expect([...params.keys()]).toEqual(['subject', 'body']);
  return { subject: decodeURIComponent(params.get('subject')!), body: decodeURIComponent(params.get('body')!) };
}

describe('the e-mail that goes with a copy', () => {
  it('names the working version and the file to attach, in the screen language', () => {
    const es = mailDraft(translatorFor('es'), facts);
    expect(es.subject).toBe('Plan de redes & medios? — versión de trabajo v1234');
    expect(es.body).toContain(`adjunte el archivo «${facts.fileName}»`);
    expect(es.body).toContain('Rumbo');
    const en = mailDraft(translatorFor('en'), facts);
    expect(en.subject).toBe('Plan de redes & medios? — working version v1234');
    expect(en.body).toContain(`attach the file “${facts.fileName}”`);
  });

  it('a department package names its unit in the subject and the body', () => {
    const draft = mailDraft(translatorFor('es'), { ...facts, unitName: 'Área de Cultura' });
    expect(draft.subject).toBe('Plan de redes & medios? — paquete para Área de Cultura');
    expect(draft.body).toContain('el paquete de Área de Cultura');
    expect(draft.body).toContain('devuélvamelo');
  });

  it('the mailto link survives "&", "?" and line breaks, which travel as CRLF', () => {
    const draft = mailDraft(translatorFor('es'), facts);
    const href = mailtoHref(draft);
    expect(href).toContain('%0D%0A');
    expect(href).not.toMatch(/[\r\n ]/);
    expect(readMailto(href)).toEqual(draft);
    expect(draft.body.split('\r\n').length).toBeGreaterThan(4);
  });
});

describe('file sizes as people read them', () => {
  it('uses kB and MB with the language decimal mark', () => {
    expect(formatFileSize('es', 512)).toBe('512 B');
    expect(formatFileSize('es', 48 * 1024 + 100)).toBe('48 kB');
    expect(formatFileSize('es', 2.5 * 1024 * 1024)).toBe('2,5 MB');
    expect(formatFileSize('en', 2.5 * 1024 * 1024)).toBe('2.5 MB');
    expect(formatFileSize('en', 9.5 * 1024)).toBe('9.5 kB');
  });
});
