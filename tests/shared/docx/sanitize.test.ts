import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TEXT_LIMITS, capLength, cleanLine, cleanText, safeLinkTarget, sanitizeDeep } from '../../../shared/docx/sanitize';

// What must never reach the document: XML 1.0 non-characters, unpaired surrogates, C0/C1
// controls (but tab and newline) and bidi embeddings, overrides and isolates.
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/u;

// Random Unicode rarely hits these, so they are mixed in on purpose (two halves may also meet
// and form a valid pair, which must then be kept).
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uFFFE', '\uFFFF', '\u202E', '\u2066', '\u0000', '\u001F', '\u0085', '\r\n', '😀', '&', '<'),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('cleanText', () => {
  it('removes characters XML 1.0 forbids and keeps tab and newline', () => {
    expect(cleanText('a\u0000b\u0008c\u000Bd\u001Fe\tf\ng')).toBe('abcde\tf\ng');
    expect(cleanText('x\uFFFEy\uFFFFz')).toBe('xyz');
    expect(cleanText('del\u007F c1\u0085\u009F.')).toBe('del c1.');
  });

  it('removes unpaired surrogates but keeps real astral characters', () => {
    expect(cleanText('a\uD800b\uDC00c')).toBe('abc');
    expect(cleanText('end\uD83D')).toBe('end');
    expect(cleanText('emoji 😀 ok')).toBe('emoji 😀 ok');
  });

  it('strips bidi embeddings, overrides and isolates but keeps LRM/RLM marks', () => {
    expect(cleanText('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(cleanText('\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069x')).toBe('x');
    expect(cleanText('a\u200Eb\u200Fc')).toBe('a\u200Eb\u200Fc');
  });

  it('turns CR, CRLF and Unicode line separators into newlines', () => {
    expect(cleanText('a\r\nb\rc\u2028d\u2029e')).toBe('a\nb\nc\nd\ne');
  });

  it('leaves XML-looking text alone: escaping is the writer’s job', () => {
    expect(cleanText('</w:t><w:p> & ]]>')).toBe('</w:t><w:p> & ]]>');
  });

  it('caps absurd lengths, marking the cut', () => {
    const huge = 'x'.repeat(1_000_000);
    const capped = cleanText(huge);
    expect(capped.length).toBe(TEXT_LIMITS.paragraph);
    expect(capped.endsWith('…')).toBe(true);
  });

  it('answers an empty string for anything that is not a string', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(42)).toBe('');
  });

  it('never lets a forbidden character through, and never exceeds the cap (any Unicode input)', () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 80 }), (input, max) => {
        const clean = cleanText(input, max);
        expect(FORBIDDEN.test(clean)).toBe(false);
        expect(clean.length).toBeLessThanOrEqual(max);
        expect(FORBIDDEN.test(cleanLine(input, max))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('cleanLine', () => {
  it('collapses line breaks and runs of spaces into one line', () => {
    expect(cleanLine('  Ayuntamiento\n\nde\t Villanueva  ')).toBe('Ayuntamiento de Villanueva');
  });

  it('caps at the one-line limit by default', () => {
    expect(cleanLine('y'.repeat(10_000)).length).toBe(TEXT_LIMITS.line);
  });
});

describe('capLength', () => {
  it('never cuts a surrogate pair in half', () => {
    const text = 'ab😀cd';
    for (let max = 1; max <= text.length; max++) {
      const cut = capLength(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(/[\uD800-\uDFFF]/u.test(cut)).toBe(false);
    }
  });

  it('keeps text that fits', () => {
    expect(capLength('corto', 5)).toBe('corto');
  });
});

describe('safeLinkTarget', () => {
  it('accepts https and mailto', () => {
    expect(safeLinkTarget('https://www.villanueva.es/prensa?a=1&b=2')).toBe('https://www.villanueva.es/prensa?a=1&b=2');
    expect(safeLinkTarget('mailto:prensa@villanueva.es')).toBe('mailto:prensa@villanueva.es');
    expect(safeLinkTarget('  HTTPS://Villanueva.ES/a  ')).toBe('https://villanueva.es/a');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'file:///C:/Windows/system32/calc.exe',
    '\\\\server\\share\\doc.docx',
    'http://insecure.example',
    'ftp://example.org',
    'https://user:secret@evil.example/',
    'https://evil.example/\u202Efdp.exe',
    'https://exa mple.es',
    'mailto:',
    'mailto:a@b.es,c@d.es',
    'www.villanueva.es',
    '',
    `https://example.es/${'a'.repeat(3_000)}`,
  ])('refuses %j', (target) => {
    expect(safeLinkTarget(target)).toBeNull();
  });
});

describe('sanitizeDeep', () => {
  it('cleans every string at any depth, keeps bytes and replaces non-finite numbers', () => {
    const bytes = new Uint8Array([0xff, 0xfe]);
    const cleaned = sanitizeDeep({ a: 'x\uFFFE', list: ['\u202Ey', { z: '\u0001z' }], logo: { bytes }, n: Number.NaN, ok: 3, none: null });
    expect(cleaned).toEqual({ a: 'x', list: ['y', { z: 'z' }], logo: { bytes }, n: 0, ok: 3, none: null });
    expect(cleaned.logo.bytes).toBe(bytes);
  });
});
