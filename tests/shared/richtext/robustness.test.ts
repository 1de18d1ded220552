import { describe, expect, it } from 'vitest';
import { parseRichText, richBlocksText, richTextToMarkdown } from '../../../shared/richtext';
import { flattenDeepNesting } from '../../../shared/richtext/lexer';

const SIZE = 200_000;
const fill = (unit: string) => unit.repeat(Math.floor(SIZE / unit.length));
/** Lines nested one level deeper each, until the text reaches SIZE. */
function deeper(indent: string, marker: string): string {
  const lines: string[] = [];
  for (let depth = 0, size = 0; size < SIZE; depth += 1) {
    const line = indent.repeat(depth) + marker;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/**
 * Texts a hostile or broken plan file could hold, each 200,000 characters. Unfenced, marked
 * overflowed the stack on the nesting ones after ~20 s and spent 43 s on `*a` repeated; the
 * limit below is generous for a busy 2-core machine and far below either.
 */
const HOSTILE: Record<string, string> = {
  'quotes on one line': fill('> ') + 'fin',
  'quotes without spaces': fill('>') + 'fin',
  'lists on one line': fill('- ') + 'fin',
  'numbers on one line': fill('1. ') + 'fin',
  'lists and quotes on one line': fill('- > ') + 'fin',
  'quotes one deeper per line': deeper('>', ' nivel'),
  'lists one deeper per line': deeper('  ', '- nivel'),
  'numbers one deeper per line': deeper('    ', '1. nivel'),
  'unclosed emphasis': fill('*a'),
  'unclosed underscores': fill('_a'),
  'alternating emphasis': fill('**a *b '),
  'unclosed brackets': fill('['),
  'unclosed link destinations': fill('[a]('),
  'ten thousand links in one paragraph': fill('[x](https://a.es) '),
  'angle brackets': fill('<a '),
  'backticks': fill('`a'),
  'escapes': fill('\\*'),
  'character references': fill('&#'),
  'table rows': `| a | b |\n|---|---|\n${fill('| x | y |\n')}`,
  'line breaks': fill('a\\\n'),
  'e-mail addresses': fill('a@b.es '),
  'plain prose': fill('Lorem ipsum dolor sit amet. '),
  'formatted paragraphs': fill('Lorem **ipsum** dolor *sit* [amet](https://x.es).\n\n'),
};
const LIMIT_MS = 6_000;

/** toEqual on trees of 200,000 characters spends minutes drawing its diff; this shows where they part. */
function expectSameTree(actual: unknown, expected: unknown) {
  const [a, b] = [JSON.stringify(actual), JSON.stringify(expected)];
  if (a === b) return;
  let at = 0;
  while (a[at] === b[at]) at += 1;
  expect(a.slice(Math.max(0, at - 80), at + 80)).toBe(b.slice(Math.max(0, at - 80), at + 80));
}

describe('parseRichText on hostile 200,000-character texts', () => {
  for (const [name, markdown] of Object.entries(HOSTILE)) {
    it(`${name}: answers in time, loses no letter, and saves back unchanged`, () => {
      const started = performance.now();
      const blocks = parseRichText(markdown);
      const elapsed = performance.now() - started;
      expect(elapsed).toBeLessThan(LIMIT_MS);
      const letters = (text: string) => text.replace(/[^\p{L}]/gu, '').length;
      // Link addresses are the only letters Markdown hides here, and only in paragraphs within
      // the inline budget: ten thousand links in one paragraph are shown as typed.
      const hidden = name === 'formatted paragraphs' ? letters((markdown.match(/\]\([^)]*\)/g) ?? []).join('')) : 0;
      expect(letters(richBlocksText(blocks))).toBe(letters(markdown) - hidden);
      expectSameTree(parseRichText(richTextToMarkdown(blocks)), blocks);
    }, 60_000);
  }
});

describe('flattenDeepNesting', () => {
  it('leaves ordinary text alone', () => {
    const text = '- uno\n  - dos\n    1. tres\n> cita\n\n        código\n';
    expect(flattenDeepNesting(text)).toBe(text);
  });

  it('caps markers per line and indentation, turning the rest of the line into text', () => {
    expect(flattenDeepNesting('- - - - - - - - - - x')).toBe('- - - - - - - - \\- - x');
    expect(flattenDeepNesting('>>>>>>>>>>x')).toBe('>>>>>>>>\\>>x');
    expect(flattenDeepNesting('1. 2. 3. 4. 5. 6. 7. 8. 9. x')).toBe('1. 2. 3. 4. 5. 6. 7. 8. 9\\. x');
    expect(flattenDeepNesting(`${' '.repeat(40)}- x`)).toBe(`${' '.repeat(24)}- x`);
  });
});
