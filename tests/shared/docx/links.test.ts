import { describe, expect, it } from 'vitest';
import { splitLinks } from '../../../shared/docx/links';

describe('splitLinks', () => {
  it('links e-mail and https addresses inside free text', () => {
    expect(splitLinks('Prensa, prensa@ayto.es, https://ayto.es/prensa.')).toEqual([
      { text: 'Prensa, ', href: null },
      { text: 'prensa@ayto.es', href: 'mailto:prensa@ayto.es' },
      { text: ', ', href: null },
      { text: 'https://ayto.es/prensa', href: 'https://ayto.es/prensa' },
      { text: '.', href: null },
    ]);
  });

  it('keeps every other scheme as plain text', () => {
    for (const text of ['javascript:alert(1)', 'http://ayto.es', 'file:///etc/passwd', 'Tel. 924 000 000']) {
      expect(splitLinks(text)).toEqual([{ text, href: null }]);
    }
  });

  it('does not link an https address that carries credentials', () => {
    expect(splitLinks('https://user:pw@evil.example').every((segment) => segment.href === null)).toBe(true);
  });

  it('gives the text back unchanged when joined', () => {
    const text = 'a@b.es y https://c.es/d?e=f, luego nada';
    expect(
      splitLinks(text)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  it('recognises an https address whatever its case, and never makes one into an e-mail link', () => {
    expect(splitLinks('HTTPS://Ayto.es/a')).toEqual([{ text: 'HTTPS://Ayto.es/a', href: 'https://ayto.es/a' }]);
    expect(splitLinks('HTTPS://user@evil.example').some((segment) => segment.href?.startsWith('mailto:'))).toBe(false);
  });

  it('answers nothing for empty text', () => {
    expect(splitLinks('')).toEqual([]);
  });
});
