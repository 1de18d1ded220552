import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, safeLinkTarget } from '../../../shared/docx/sanitize';
import { normalizeBlocks, parseRichText, richBlocksText, richTextToMarkdown, type RichBlock, type RichInline } from '../../../shared/richtext';

const RUNS = 1_500;

/** Pieces that make Markdown interesting: syntax at line starts, emphasis, links, HTML, references. */
const MARKDOWN_PIECES = [
  ...'ab Zñ字19.-_*#>+=)([]{}\\`<&~|@:/\n\t!é😀«»"\'¡¿%;'.split(/(?:)/u),
  '\u00a0', '\u3000', '\u202E', '\u0000', '\uD800', 'https://', 'http://', 'www.', 'a@b.es', '&amp;', '&#9;', '&#x202E;', '1. ', '- ', '> ',
  '    ', '```', '~~~', '---', '***', '<b>', '</b>', '<!--', '![', '](', '[x]: ', '\\\n', '  \n', '\n\n', '| a | b |\n|---|---|\n',
];
const markdownish = fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));
const anyString = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), markdownish);

function inlinesOf(blocks: readonly RichBlock[]): RichInline[] {
  return blocks.flatMap((block) =>
    block.type === 'paragraph' ? block.content : block.items.flatMap((item) => [...item.content, ...(item.sublist?.items.flatMap((sub) => sub.content) ?? [])]),
  );
}

describe('parseRichText on any string', () => {
  it('never throws, and gives a tree in normal form with only safe links and clean text', () => {
    fc.assert(
      fc.property(anyString, (markdown) => {
        const blocks = parseRichText(markdown);
        expect(normalizeBlocks(blocks)).toEqual(blocks);
        for (const inline of inlinesOf(blocks)) {
          if (inline.type === 'link') expect(safeLinkTarget(inline.href)).toBe(inline.href);
          for (const run of inline.type === 'link' ? inline.children : [inline]) expect(cleanText(run.text, Number.MAX_SAFE_INTEGER)).toBe(run.text);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads back what it wrote: saving a text the editor loaded changes nothing', () => {
    fc.assert(
      fc.property(anyString, (markdown) => {
        const blocks = parseRichText(markdown);
        expect(parseRichText(richTextToMarkdown(blocks))).toEqual(blocks);
      }),
      { numRuns: RUNS },
    );
  });

  /*
   * Markdown hides letters in a few places on purpose: link addresses and titles `[a](hidden)`,
   * reference definitions `[a]: hidden`, character references `&hidden;`, and the language of
   * a fenced code block. Without the characters that open those — ( : ; ` ~ — every letter of
   * the input must reach the reader, in order, whatever else the text holds: emphasis, lists,
   * headings, quotes, tables, HTML, autolinks, unbalanced syntax, deep nesting.
   */
  it('keeps every letter of the input, in order, when no syntax that hides text is used', () => {
    const letters = (text: string) => text.match(/\p{L}/gu)?.join('') ?? '';
    const piece = fc.constantFrom(
      ...'aZñé字ßΩ19 \t\n!"#$%&\'*+,-./<=>?@[\\]^_{|}«»¡¿—…'.split(/(?:)/u),
      '\u00a0', '\n\n', '- ', '1. ', '> ', '# ', '    ', '***', '<b>', '</div>', '<a href=x>', '![', 'www.', 'x@y.es', '\\\n', '| a | b |\n|---|---|\n',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join('')), (markdown) => {
        expect(letters(richBlocksText(parseRichText(markdown)))).toBe(letters(markdown));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('richTextToMarkdown on any tree', () => {
  const text = fc.array(fc.constantFrom(...MARKDOWN_PIECES), { maxLength: 10 }).map((pieces) => pieces.join(''));
  const run = fc.record({ type: fc.constant('text' as const), text, bold: fc.boolean(), italic: fc.boolean() });
  const href = fc.constantFrom('https://ayto.es/', 'mailto:prensa@ayto.es', 'https://b.es/a_(b)?q=<1>&r=[2]', 'javascript:alert(1)', 'http://ayto.es/');
  const inline: fc.Arbitrary<RichInline> = fc.oneof(
    { weight: 4, arbitrary: run },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('link' as const), href, children: fc.array(run, { maxLength: 3 }) }) },
  );
  const content = fc.array(inline, { maxLength: 6 });
  const kind = fc.constantFrom('bulletList' as const, 'orderedList' as const);
  const sublist = fc.option(fc.record({ type: kind, items: fc.array(fc.record({ content }), { maxLength: 3 }) }));
  const block: fc.Arbitrary<RichBlock> = fc.oneof(
    fc.record({ type: fc.constant('paragraph' as const), content }),
    fc.record({ type: kind, items: fc.array(fc.record({ content, sublist }), { maxLength: 12 }) }),
  );
  const blocks = fc.array(block, { maxLength: 5 });

  it('is read back as the normal form of the tree', () => {
    fc.assert(
      fc.property(blocks, (tree) => {
        expect(parseRichText(richTextToMarkdown(tree))).toEqual(normalizeBlocks(tree));
      }),
      { numRuns: RUNS },
    );
  });

  it('normal form is a fixed point', () => {
    fc.assert(
      fc.property(blocks, (tree) => {
        const normal = normalizeBlocks(tree);
        expect(normalizeBlocks(normal)).toEqual(normal);
      }),
      { numRuns: RUNS },
    );
  });

  it('loses no visible character but spaces at line edges', () => {
    const visible = (value: string) => value.replace(/\s+/g, '');
    fc.assert(
      fc.property(blocks, (tree) => {
        const cleaned = tree.map((block) => richBlocksText([block])).join('');
        expect(visible(richBlocksText(normalizeBlocks(tree)))).toBe(visible(cleanText(cleaned, Number.MAX_SAFE_INTEGER)));
      }),
      { numRuns: RUNS },
    );
  });
});
