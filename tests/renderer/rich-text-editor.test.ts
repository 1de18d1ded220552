import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEditorDoc, normalizeBlocks, parseRichText, toEditorDoc, type EditorNode, type RichBlock, type RichInline } from '../../shared/richtext';
import { linkAddress, richTextExtensions } from '../../renderer/src/ui/rich-text-extensions';

const schema = getSchema(richTextExtensions());

describe('the rich text editor schema', () => {
  it('holds exactly what the document keeps: no headings, code, quotes, rules, strike or underline', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(['bulletList', 'doc', 'hardBreak', 'listItem', 'orderedList', 'paragraph', 'text']);
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'italic', 'link']);
  });

  const text = fc.array(fc.constantFrom('a', 'ñ', ' ', '\n', '*', '.', '«', 'https://x.es', '\t'), { maxLength: 8 }).map((parts) => parts.join(''));
  const run = fc.record({ type: fc.constant('text' as const), text, bold: fc.boolean(), italic: fc.boolean() });
  const inline: fc.Arbitrary<RichInline> = fc.oneof(
    { weight: 3, arbitrary: run },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('link' as const), href: fc.constantFrom('https://ayto.es/', 'mailto:a@b.es'), children: fc.array(run, { maxLength: 3 }) }) },
  );
  const content = fc.array(inline, { maxLength: 5 });
  const kind = fc.constantFrom('bulletList' as const, 'orderedList' as const);
  const block: fc.Arbitrary<RichBlock> = fc.oneof(
    fc.record({ type: fc.constant('paragraph' as const), content }),
    fc.record({ type: kind, items: fc.array(fc.record({ content, sublist: fc.option(fc.record({ type: kind, items: fc.array(fc.record({ content }), { maxLength: 3 }) })) }), { maxLength: 4 }) }),
  );

  it('accepts every tree the reader gives, and gives the same tree back', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 4 }), (tree) => {
        const normal = normalizeBlocks(tree);
        const node = ProseMirrorNode.fromJSON(schema, toEditorDoc(normal));
        node.check();
        expect(fromEditorDoc(node.toJSON() as EditorNode)).toEqual(normal);
      }),
      { numRuns: 500 },
    );
  });

  it('flattens what the editor can hold beyond the document (a third list level, paragraphs in an item)', () => {
    const doc = toEditorDoc(parseRichText('- a\n  - b'));
    const sublistItem = doc.content![0]!.content![0]!.content![1]!.content![0]!;
    sublistItem.content!.push({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'c' }] }] }] });
    doc.content![0]!.content![0]!.content!.splice(1, 0, { type: 'paragraph', content: [{ type: 'text', text: 'segunda línea' }] });
    ProseMirrorNode.fromJSON(schema, doc).check();
    expect(fromEditorDoc(doc)).toEqual(parseRichText('- a\\\n  segunda línea\n  - b\n  - c'));
  });
});

describe('linkAddress', () => {
  it('takes https and e-mail addresses, also written without a scheme', () => {
    expect(linkAddress(' https://Sede.Ayto.es/a ')).toBe('https://sede.ayto.es/a');
    expect(linkAddress('www.ayto.es')).toBe('https://www.ayto.es/');
    expect(linkAddress('prensa@ayto.es')).toBe('mailto:prensa@ayto.es');
    expect(linkAddress('mailto:prensa@ayto.es')).toBe('mailto:prensa@ayto.es');
  });

  it('refuses everything else', () => {
    for (const address of ['javascript:alert(1)', 'http://ayto.es', 'file:///C:/x', 'ayto', '', 'https://u:p@ayto.es', 'data:text/html,x', 'vbscript:x']) {
      expect(linkAddress(address), address).toBeNull();
    }
  });
});
