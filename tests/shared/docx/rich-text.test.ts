import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { RICH_TEXT_NUMBERING, richTextBlocks } from '../../../shared/docx/rich-text';
import { parseRichText, type RichBlock } from '../../../shared/richtext';
import { paragraphs, part, readDocxParts } from './docx-reader';
import { xmlProblem } from './xml-wellformed';

const run = promisify(execFile);

/** A document whose body is only the given text, as Word would receive it. */
async function render(content: string | RichBlock[], options: { declareNumbering?: boolean } = {}) {
  const blocks = typeof content === 'string' ? parseRichText(content) : content;
  const document = new Document({
    ...(options.declareNumbering ? { numbering: { config: [...RICH_TEXT_NUMBERING] } } : {}),
    sections: [{ children: richTextBlocks(blocks) }],
  });
  const parts = await readDocxParts(await Packer.pack(document, 'uint8array'));
  const body = part(parts, 'word/document.xml');
  return { parts, body, numbering: parts.get('word/numbering.xml') ?? '', rels: part(parts, 'word/_rels/document.xml.rels'), paragraphs: paragraphs(body) };
}

/** numId and ilvl of a paragraph, or null when it is not in a list. */
function listOf(xml: string): { numId: string; level: string } | null {
  const match = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(xml);
  return match ? { level: match[1]!, numId: match[2]! } : null;
}

/** The abstract list a concrete list (numId) uses, and what its first level looks like. */
function listDefinition(numbering: string, numId: string) {
  const abstractId = new RegExp(`<w:num w:numId="${numId}"[^>]*>\\s*<w:abstractNumId w:val="(\\d+)"`).exec(numbering)?.[1];
  const abstract = new RegExp(`<w:abstractNum [^>]*w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`).exec(numbering)?.[0] ?? '';
  const num = new RegExp(`<w:num w:numId="${numId}"[\\s\\S]*?</w:num>`).exec(numbering)?.[0] ?? '';
  return {
    format: /<w:numFmt w:val="([^"]+)"/.exec(abstract)?.[1],
    text: /<w:lvlText w:val="([^"]*)"/.exec(abstract)?.[1],
    startsAtOne: /<w:lvlOverride w:ilvl="0">\s*<w:startOverride w:val="1"\/>/.test(num),
  };
}

describe('richTextBlocks', () => {
  it('writes Normal paragraphs with bold and italic runs', async () => {
    const { paragraphs: written } = await render('Un **plan** *claro* y ***firme***.\n\nSegundo párrafo.');
    expect(written.map((paragraph) => [paragraph.style, paragraph.text])).toEqual([
      [null, 'Un plan claro y firme.'],
      [null, 'Segundo párrafo.'],
    ]);
    const runs = [...written[0]!.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map(([, run]) => ({
      text: /<w:t[^>]*>([^<]*)</.exec(run!)?.[1],
      bold: run!.includes('<w:b/>'),
      italic: run!.includes('<w:i/>'),
    }));
    expect(runs).toEqual([
      { text: 'Un ', bold: false, italic: false },
      { text: 'plan', bold: true, italic: false },
      { text: ' ', bold: false, italic: false },
      { text: 'claro', bold: false, italic: true },
      { text: ' y ', bold: false, italic: false },
      { text: 'firme', bold: true, italic: true },
      { text: '.', bold: false, italic: false },
    ]);
  });

  it('writes a line break as a Word line break', async () => {
    const { paragraphs: written } = await render('Calle Mayor, 1\nMérida');
    expect(written).toHaveLength(1);
    expect(written[0]!.xml).toMatch(/Calle Mayor, 1<\/w:t><\/w:r><w:r><w:br\/><w:t[^>]*>Mérida/);
  });

  it('writes lists as real Word lists: bullets, numbers, and a second level', async () => {
    const { paragraphs: written, numbering } = await render('- uno\n- dos\n  1. a\n  2. b\n\n1. primero\n2. segundo\n   - c');
    const lists = written.map((paragraph) => ({ text: paragraph.text, list: listOf(paragraph.xml) }));
    expect(lists.map(({ text, list }) => [text, list?.level])).toEqual([
      ['uno', '0'],
      ['dos', '0'],
      ['a', '1'],
      ['b', '1'],
      ['primero', '0'],
      ['segundo', '0'],
      ['c', '1'],
    ]);
    const definition = (index: number) => listDefinition(numbering, lists[index]!.list!.numId);
    expect(definition(0)).toMatchObject({ format: 'bullet', text: '•' });
    expect(definition(4)).toMatchObject({ format: 'decimal', text: '%1.' });
    // The numbered list under a bullet is a list of its own, counting from a).
    expect(lists[2]!.list!.numId).not.toBe(lists[0]!.list!.numId);
    expect(lists[2]!.list!.numId).toBe(lists[3]!.list!.numId);
    expect(definition(2).startsAtOne).toBe(true);
    // Every paragraph of a list shares its list; no number or bullet is typed into the text.
    expect(lists[5]!.list!.numId).toBe(lists[4]!.list!.numId);
    expect(written.every((paragraph) => !/^\s*(\d+[.)]|•|-)\s/.test(paragraph.text))).toBe(true);
  });

  it('starts every numbered list again at 1', async () => {
    const { paragraphs: written, numbering } = await render('1. uno\n2. dos\n\nEntre medias.\n\n1. tres\n2. cuatro');
    const first = listOf(written[0]!.xml)!;
    const second = listOf(written[3]!.xml)!;
    expect(listOf(written[1]!.xml)!.numId).toBe(first.numId);
    expect(listOf(written[4]!.xml)!.numId).toBe(second.numId);
    expect(second.numId).not.toBe(first.numId);
    expect(listDefinition(numbering, first.numId).startsAtOne).toBe(true);
    expect(listDefinition(numbering, second.numId).startsAtOne).toBe(true);
  });

  it('declares the same lists whether or not the document lists RICH_TEXT_NUMBERING', async () => {
    const text = '- uno\n\n1. dos';
    const alone = await render(text);
    const declared = await render(text, { declareNumbering: true });
    const abstracts = (numbering: string) => [...numbering.matchAll(/<w:lvlText w:val="([^"]*)"/g)].map(([, value]) => value);
    expect(abstracts(declared.numbering)).toEqual(abstracts(alone.numbering));
    expect(declared.body).toBe(alone.body);
  });

  it('links https and mailto addresses through external relationships, in the Hyperlink style', async () => {
    const { paragraphs: written, rels } = await render('Véase la [sede](https://sede.ayto.es/x?a=1&b=2) o escriba a [prensa](mailto:prensa@ayto.es).');
    const links = [...written[0]!.xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)];
    expect(links.map(([, , inner]) => /<w:t[^>]*>([^<]*)</.exec(inner!)?.[1])).toEqual(['sede', 'prensa']);
    for (const [, , inner] of links) expect(inner).toContain('<w:rStyle w:val="Hyperlink"/>');
    const targets = links.map(([, id]) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"[^>]*TargetMode="External"`).exec(rels)?.[1]);
    expect(targets).toEqual(['https://sede.ayto.es/x?a=1&amp;b=2', 'mailto:prensa@ayto.es']);
  });

  it('writes any other link as plain text, even from a tree that was not read by parseRichText', async () => {
    const forged: RichBlock[] = [
      {
        type: 'paragraph',
        content: [
          { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'pulse', bold: false, italic: false }] },
          { type: 'link', href: 'file:///C:/Windows', children: [{ type: 'text', text: ' aquí', bold: true, italic: false }] },
        ],
      },
    ];
    for (const content of [forged, '[pulse](javascript:alert(1)) [aquí](http://ayto.es)']) {
      const { body, rels, paragraphs: written } = await render(content);
      expect(body).not.toContain('<w:hyperlink');
      expect(rels).not.toContain('relationships/hyperlink');
      expect(rels).not.toMatch(/javascript|file:|http:\/\/ayto/);
      expect(written[0]!.text).toBe('pulse aquí');
    }
  });

  it('keeps hostile text well-formed and readable as what was typed', async () => {
    const hostile = '</w:t></w:r><w:p>]]>&amp;<![CDATA[x]]>"\'\u0001\u0008\u000B\uFFFE\uD800\u202Eexe.pdf\u2066';
    const forged: RichBlock[] = [
      { type: 'paragraph', content: [{ type: 'text', text: hostile, bold: true, italic: false }] },
      { type: 'bulletList', items: [{ content: [{ type: 'link', href: `https://x.es/${hostile}`, children: [{ type: 'text', text: hostile, bold: false, italic: true }] }], sublist: null }] },
    ];
    for (const content of [forged, `**${hostile}**\n\n- [${hostile}](https://x.es/a)`]) {
      const { parts, paragraphs: written } = await render(content);
      for (const [path, xml] of parts) expect(xmlProblem(xml), path).toBeNull();
      expect(written[0]!.text).toContain('</w:t></w:r><w:p>]]>');
      expect(written[0]!.text).not.toMatch(/[\u0001\u0008\u000B\uFFFE\u202E\u2066]/);
    }
  });

  it('writes nothing for an empty text', async () => {
    expect(richTextBlocks(parseRichText(''))).toEqual([]);
  });
});

const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** A second reader: LibreOffice must number the lists as Word would, each from 1. */
describe.skipIf(!hasSoffice)('rich text in LibreOffice', () => {
  it('shows bullets, numbers that restart, lettered second levels and the text', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'rumbo-rich-text-lo-'));
    try {
      const markdown = '1. uno\n2. dos\n   - viñeta\n\nEntre medias con [sede](https://sede.es).\n\n1. tres\n2. cuatro\n   1. sub\n   2. otro\n\n- suelta';
      const document = new Document({ sections: [{ children: richTextBlocks(parseRichText(markdown)) }] });
      await writeFile(join(folder, 'rich.docx'), await Packer.pack(document, 'uint8array'));
      const profile = pathToFileURL(join(folder, 'profile')).href;
      await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, join(folder, 'rich.docx')], { timeout: 180_000 });
      const text = (await run('pdftotext', ['-layout', join(folder, 'rich.pdf'), '-'])).stdout;
      const lines = text.split('\n').map((line) => line.trim().replace(/\s+/g, ' ')).filter((line) => line !== '');
      expect(lines).toEqual(['1. uno', '2. dos', '– viñeta', 'Entre medias con sede.', '1. tres', '2. cuatro', 'a) sub', 'b) otro', '• suelta']);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 200_000);
});
