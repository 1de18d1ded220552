import { normalizeBlocks } from './normalize';
import type { RichBlock, RichInline, RichList, RichListKind, RichTextRun } from './types';

/**
 * The tree written back as the Markdown the plan stores, brought to normal form first
 * (normalize.ts), so that parseRichText reads it back as exactly that normal form: every
 * character that Markdown could take for syntax is escaped, and lists that follow each other
 * stay apart.
 */
export function richTextToMarkdown(blocks: readonly RichBlock[]): string {
  const parts: string[] = [];
  let previous: RichBlock | null = null;
  let alternate = false;
  for (const block of normalizeBlocks(blocks)) {
    if (block.type === 'paragraph') {
      parts.push(inlineMarkdown(block.content, ''));
    } else {
      // Two lists in a row would be read as one: the second uses the other marker ("-" / "*", "1." / "1)").
      alternate = previous?.type === block.type ? !alternate : false;
      parts.push(listMarkdown(block, alternate));
    }
    previous = block;
  }
  return parts.join('\n\n');
}

function listMarkdown(list: RichList, alternate: boolean): string {
  const lines: string[] = [];
  list.items.forEach((item, index) => {
    const marker = markerOf(list.type, index, alternate);
    const indent = ' '.repeat(marker.length + 1);
    lines.push(item.content.length > 0 ? `${marker} ${inlineMarkdown(item.content, indent)}` : marker);
    item.sublist?.items.forEach((sub, subIndex) => {
      const subMarker = markerOf(item.sublist!.type, subIndex, false);
      lines.push(`${indent}${subMarker} ${inlineMarkdown(sub.content, indent + ' '.repeat(subMarker.length + 1))}`);
    });
  });
  return lines.join('\n');
}

function markerOf(kind: RichListKind, index: number, alternate: boolean): string {
  if (kind === 'bulletList') return alternate ? '*' : '-';
  return `${index + 1}${alternate ? ')' : '.'}`;
}

/** One paragraph or item; a line break continues on a new line indented by `indent`. */
function inlineMarkdown(inlines: readonly RichInline[], indent: string): string {
  const writer = new LineWriter(indent);
  for (const inline of inlines) {
    if (inline.type === 'text') {
      writer.run(inline);
      continue;
    }
    writer.openLink();
    for (const run of inline.children) writer.run(run);
    writer.closeLink();
    writer.raw(`](<${inline.href.replace(/[\\<>]/g, '\\$&')}>)`);
  }
  return writer.toString();
}

/**
 * In normal form formatted runs never touch each other, so each is written on its own between
 * its delimiters, with no nesting for marked to misread.
 */
class LineWriter {
  private readonly out: string[] = [];
  private atLineStart = true;
  private inLink = false;

  constructor(private readonly indent: string) {}

  run(run: RichTextRun): void {
    const delimiter = run.bold && run.italic ? '***' : run.bold ? '**' : run.italic ? '*' : '';
    if (delimiter) this.raw(delimiter);
    this.text(run.text);
    if (delimiter) this.raw(delimiter);
  }

  /** `!` right before `[` would make the link an image. */
  openLink(): void {
    const last = this.out.length - 1;
    if (last >= 0 && this.out[last]!.endsWith('!')) this.out[last] = `${this.out[last]!.slice(0, -1)}\\!`;
    this.raw('[');
    this.inLink = true;
  }

  closeLink(): void {
    this.inLink = false;
  }

  raw(text: string): void {
    this.out.push(text);
    this.atLineStart = false;
  }

  toString(): string {
    return this.out.join('');
  }

  private text(text: string): void {
    text.split('\n').forEach((line, index) => {
      if (index > 0) {
        this.out.push(`\\\n${this.indent}`);
        this.atLineStart = true;
      }
      if (line === '') return;
      this.out.push(escapeText(line, this.atLineStart, this.inLink));
      this.atLineStart = false;
    });
  }
}

// Always special somewhere in Markdown or GFM: emphasis, links, code, HTML, entities,
// strikethrough, tables, escapes, and e-mail autolinks.
const ALWAYS = /[\\*_[\]`<>&~|@]/g;
// GFM turns these into links by themselves.
const AUTOLINK_START = /(?<=(?:https?|ftp)):(?=\/\/)|(?<=www)\.(?=\S)/gi;
// At the start of a line: headings, list items, setext underlines, table delimiter rows
// (":-"), numbered items.
const LINE_START = /^(?:[#+=:-]|\d{1,9}(?=[.)]))/;
// Inside a link's text marked unescapes `\[` and `\]` once before reading the text again, so
// there brackets are written as character references, which it leaves alone.
const LINK_BRACKET = { '[': '&#91;', ']': '&#93;' } as const;

function escapeText(text: string, atLineStart: boolean, inLink: boolean): string {
  // A tab as a character reference too: marked turns literal tabs in list items into spaces.
  let escaped = text
    .replace(ALWAYS, (character) => (inLink && (character === '[' || character === ']') ? LINK_BRACKET[character] : `\\${character}`))
    .replace(AUTOLINK_START, '\\$&')
    .replace(/\t/g, '&#9;');
  if (atLineStart) {
    const start = LINE_START.exec(escaped);
    if (start) {
      const at = /^\d/.test(start[0]) ? start[0].length : 0;
      escaped = `${escaped.slice(0, at)}\\${escaped.slice(at)}`;
    }
  }
  return escaped;
}
