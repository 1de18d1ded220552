import { describe, expect, it } from 'vitest';
import { parseRichText, richBlocksText, richTextToMarkdown, richTextToPlain, type RichBlock, type RichInline, type RichTextRun } from '../../../shared/richtext';

const text = (value: string, bold = false, italic = false): RichTextRun => ({ type: 'text', text: value, bold, italic });
const paragraph = (...content: RichInline[]): RichBlock => ({ type: 'paragraph', content });

describe('parseRichText: the subset', () => {
  it('reads paragraphs, bold, italics and bold italics', () => {
    expect(parseRichText('Uno **dos** *tres* ***cuatro***\n\nOtro párrafo')).toEqual([
      paragraph(text('Uno '), text('dos', true), text(' '), text('tres', false, true), text(' '), text('cuatro', true, true)),
      paragraph(text('Otro párrafo')),
    ]);
  });

  it('keeps a line break inside a paragraph, written either way', () => {
    expect(parseRichText('Calle Mayor, 1\n06800 Mérida\\\nBadajoz')).toEqual([paragraph(text('Calle Mayor, 1\n06800 Mérida\nBadajoz'))]);
  });

  it('reads bulleted and numbered lists with one nested level, of either kind', () => {
    expect(parseRichText('- uno\n- dos\n  1. a\n  2. b\n\n3. x\n4. y')).toEqual([
      {
        type: 'bulletList',
        items: [
          { content: [text('uno')], sublist: null },
          { content: [text('dos')], sublist: { type: 'orderedList', items: [{ content: [text('a')] }, { content: [text('b')] }] } },
        ],
      },
      // A numbered list always counts from 1 in the document; where it started in the text is not kept.
      { type: 'orderedList', items: [{ content: [text('x')], sublist: null }, { content: [text('y')], sublist: null }] },
    ]);
  });

  it('carries deeper levels on at the second level, in reading order', () => {
    const [list] = parseRichText('- a\n  - b\n    - c\n      - d\n  - e');
    expect(list).toEqual({
      type: 'bulletList',
      items: [{ content: [text('a')], sublist: { type: 'bulletList', items: ['b', 'c', 'd', 'e'].map((value) => ({ content: [text(value)] })) } }],
    });
  });

  it('keeps https and mailto links, with the address as the URL parser writes it', () => {
    expect(parseRichText('[Sede](https://Sede.Ayto.es/tramites) y [prensa](mailto:prensa@ayto.es) o prensa@ayto.es')).toEqual([
      paragraph(
        { type: 'link', href: 'https://sede.ayto.es/tramites', children: [text('Sede')] },
        text(' y '),
        { type: 'link', href: 'mailto:prensa@ayto.es', children: [text('prensa')] },
        text(' o '),
        { type: 'link', href: 'mailto:prensa@ayto.es', children: [text('prensa@ayto.es')] },
      ),
    ]);
  });

  it('keeps formatting inside a link', () => {
    expect(parseRichText('[la **sede** electrónica](https://sede.es)')).toEqual([
      paragraph({ type: 'link', href: 'https://sede.es/', children: [text('la '), text('sede', true), text(' electrónica')] }),
    ]);
  });

  it('turns every other link into its plain text', () => {
    for (const href of ['javascript:alert(1)', 'http://ayto.es', 'file:///C:/secreto', 'https://usuario:clave@ayto.es', 'data:text/html,hola', '\\\\servidor\\c$']) {
      expect(parseRichText(`Ver [aquí](${href}) ya`), href).toEqual([paragraph(text('Ver aquí ya'))]);
    }
    // An autolink's brackets are its syntax: what is left is the address, as text.
    expect(parseRichText('<javascript:alert(1)> www.ayto.es')).toEqual([paragraph(text('javascript:alert(1) www.ayto.es'))]);
  });

  it('gives an empty link its address as text, rather than a link nobody can see', () => {
    expect(parseRichText('[](https://ayto.es)')).toEqual([paragraph({ type: 'link', href: 'https://ayto.es/', children: [text('https://ayto.es/')] })]);
  });
});

describe('parseRichText: everything else is plain text, never HTML, never lost', () => {
  it('shows headings, quotes, code and struck-through text as their text', () => {
    expect(richBlocksText(parseRichText('# Título\n\n> Una *cita*\n\n```js\nalert(1)\n```\n\nCon `código` y ~~tachado~~'))).toBe(
      'Título\nUna cita\nalert(1)\nCon código y tachado',
    );
  });

  it('shows HTML as the characters that were typed', () => {
    expect(parseRichText('Antes <b onclick="x()">negrita</b> <script>alert(1)</script>\n\n<div>\n*bloque*\n</div>')).toEqual([
      paragraph(text('Antes <b onclick="x()">negrita</b> <script>alert(1)</script>')),
      paragraph(text('<div>\n*bloque*\n</div>')),
    ]);
  });

  it('shows images as their description and tables row by row, as typed', () => {
    expect(richBlocksText(parseRichText('![Logotipo](https://x.es/l.png)\n\n| Red | Cuentas |\n|-----|---------|\n| X | 3 | sobra |'))).toBe('Logotipo\n| Red | Cuentas |\n| X | 3 | sobra |');
  });

  it('keeps task boxes as typed', () => {
    expect(richBlocksText(parseRichText('- [ ] pendiente\n- [X] hecho'))).toBe('[ ] pendiente\n[X] hecho');
  });

  it('decodes character references, except those the document would refuse', () => {
    expect(richBlocksText(parseRichText('&amp; &lt;b&gt; &#8364; &#x20AC; &eacute; &desconocida; &#0; &#x202E; &#1;'))).toBe('& <b> € € é &desconocida; \uFFFD \uFFFD \uFFFD');
  });

  it('drops the characters the document drops: controls, bidi overrides', () => {
    expect(richBlocksText(parseRichText('a\u0001b\u202Ec\u0085d\r\ne'))).toBe('abcd\ne');
  });

  it('answers nothing for empty or blank text', () => {
    expect(parseRichText('')).toEqual([]);
    expect(parseRichText(' \n\t\n ')).toEqual([]);
  });
});

describe('richTextToPlain', () => {
  it('makes one line of words', () => {
    expect(richTextToPlain('# Presentación\n\nEl **plan**\nde *2026*:\n\n- uno\n- [dos](https://x.es)')).toBe('Presentación El plan de 2026: uno dos');
  });
});

describe('richTextToMarkdown', () => {
  it('writes what the editor holds as plain Markdown, escaping what would be syntax', () => {
    const blocks: RichBlock[] = [
      paragraph(text('1. No es una lista, ni *esto* ni <b>esto</b> ni prensa@ayto.es ni https://x.es')),
      paragraph(text('Negrita', true), text(' y '), { type: 'link', href: 'https://ayto.es/', children: [text('enlace [1]')] }),
      { type: 'orderedList', items: [{ content: [text('uno')], sublist: { type: 'bulletList', items: [{ content: [text('a')] }] } }] },
    ];
    const markdown = richTextToMarkdown(blocks);
    expect(markdown).toBe(
      '1\\. No es una lista, ni \\*esto\\* ni \\<b\\>esto\\</b\\> ni prensa\\@ayto.es ni https\\://x.es\n\n' +
        '**Negrita** y [enlace &#91;1&#93;](<https://ayto.es/>)\n\n' +
        '1. uno\n   - a',
    );
    expect(parseRichText(markdown)).toEqual(blocks);
  });

  it('keeps two lists in a row apart', () => {
    const list = (type: 'bulletList' | 'orderedList', value: string): RichBlock => ({ type, items: [{ content: [text(value)], sublist: null }] });
    const blocks = [list('orderedList', 'a'), list('orderedList', 'b'), list('bulletList', 'c'), list('bulletList', 'd')];
    expect(parseRichText(richTextToMarkdown(blocks))).toEqual(blocks);
  });
});
