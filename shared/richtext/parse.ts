import type { Token, Tokens } from 'marked';
import { cleanText, safeLinkTarget } from '../docx/sanitize';
import { decodeEntities } from './entities';
import { lexMarkdown } from './lexer';
import { normalizeInlines } from './normalize';
import type { RichBlock, RichInline, RichList, RichListItem, RichListKind, RichSubList, RichSubListItem } from './types';

/**
 * A stored text as the small tree every reader shares. Any string is accepted: what Markdown
 * can say beyond the subset (headings, quotes, code, tables, images, HTML) is kept as plain
 * text, never interpreted and never dropped; only `https:` and `mailto:` links stay links.
 */
export function parseRichText(markdown: string): RichBlock[] {
  // Cleaned first, by the document's own rule, so that the editor shows exactly the characters
  // the document will print: no control characters, no bidi overrides, one kind of line break.
  const clean = cleanText(markdown, Number.MAX_SAFE_INTEGER);
  if (clean.trim() === '') return [];
  const tokens = lexMarkdown(clean);
  return tokens ? blocksOf(tokens) : literalParagraphs(clean);
}

/** If marked ever fails, the text is still shown: one paragraph per blank-line-separated part. */
function literalParagraphs(markdown: string): RichBlock[] {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((part) => paragraph([plain(part)]))
    .filter((block) => block.content.length > 0);
}

interface Flags {
  bold: boolean;
  italic: boolean;
}

const PLAIN: Flags = { bold: false, italic: false };

function plain(text: string, flags: Flags = PLAIN): RichInline {
  return { type: 'text', text, bold: flags.bold, italic: flags.italic };
}

function paragraph(content: RichInline[]) {
  return { type: 'paragraph', content: normalizeInlines(content) } as const;
}

function blocksOf(tokens: readonly Token[]): RichBlock[] {
  const blocks: RichBlock[] = [];
  const add = (content: RichInline[]) => {
    const block = paragraph(content);
    if (block.content.length > 0) blocks.push(block);
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'list': {
        const list = listOf(token as Tokens.List);
        if (list.items.length > 0) blocks.push(list);
        break;
      }
      case 'blockquote':
        for (const block of blocksOf((token as Tokens.Blockquote).tokens)) blocks.push(block);
        break;
      case 'table':
        for (const row of tableRows(token as Tokens.Table)) add(row);
        break;
      case 'space':
      case 'hr':
      case 'def':
        break;
      default:
        add(inlineContentOfBlock(token));
    }
  }
  return blocks;
}

/** The inline content of a block that is not a list, a quote or a table: paragraph, heading, code, HTML… */
function inlineContentOfBlock(token: Token): RichInline[] {
  switch (token.type) {
    case 'paragraph':
    case 'heading':
    case 'text':
      return 'tokens' in token && token.tokens ? inlinesOf(token.tokens, PLAIN) : [plain(decodeEntities(textOf(token)))];
    case 'code':
      return [plain((token as Tokens.Code).text)];
    case 'html':
      return [plain(token.raw.replace(/\s+$/, ''))];
    default:
      return [plain(token.raw)];
  }
}

function textOf(token: Token): string {
  return 'text' in token && typeof token.text === 'string' ? token.text : token.raw;
}

/**
 * Each row as one paragraph, as it was typed: marked drops the cells of a row beyond the
 * header's count, so its cells are not used. The row of dashes under the header goes.
 */
function tableRows(table: Tokens.Table): RichInline[][] {
  const lines = table.raw.split('\n').filter((line) => line.trim() !== '');
  return lines.filter((_, index) => index !== 1).map((line) => [plain(line.trim())]);
}

function inlinesOf(tokens: readonly Token[], flags: Flags, inLink = false): RichInline[] {
  const out: RichInline[] = [];
  collectInlines(tokens, flags, inLink, out);
  return out;
}

// Appends to `out` rather than returning arrays to spread: a paragraph can hold 100,000 tokens,
// more than `push(...items)` may pass as arguments.
function collectInlines(tokens: readonly Token[], flags: Flags, inLink: boolean, out: RichInline[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if ('tokens' in token && token.tokens) collectInlines(token.tokens, flags, inLink, out);
        else out.push(plain(decodeEntities((token as Tokens.Text).text), flags));
        break;
      case 'escape':
        out.push(plain((token as Tokens.Escape).text, flags));
        break;
      case 'strong':
        collectInlines((token as Tokens.Strong).tokens, { ...flags, bold: true }, inLink, out);
        break;
      case 'em':
        collectInlines((token as Tokens.Em).tokens, { ...flags, italic: true }, inLink, out);
        break;
      case 'del':
        collectInlines((token as Tokens.Del).tokens, flags, inLink, out);
        break;
      case 'codespan':
        out.push(plain((token as Tokens.Codespan).text, flags));
        break;
      case 'br':
        out.push(plain('\n', flags));
        break;
      case 'image':
        out.push(plain((token as Tokens.Image).text, flags));
        break;
      case 'checkbox':
        // A task list's box, as it was typed: "[ ] " or "[x] ".
        out.push(plain(`${token.raw.trim()} `, flags));
        break;
      case 'link':
        for (const inline of linkOf(token as Tokens.Link, flags, inLink)) out.push(inline);
        break;
      default:
        // HTML and anything marked may add later: the characters as typed.
        out.push(plain(token.raw, flags));
    }
  }
}

function linkOf(token: Tokens.Link, flags: Flags, inLink: boolean): RichInline[] {
  const children = inlinesOf(token.tokens, flags, true);
  const href = inLink ? null : safeLinkTarget(token.href);
  if (!href) return children;
  const runs = children.flatMap((child) => (child.type === 'link' ? child.children : [child]));
  const text = runs.map((run) => run.text).join('');
  // `[](https://…)` would be a link nobody can see or click: its address becomes its text.
  return [{ type: 'link', href, children: text.trim() === '' ? [{ type: 'text', text: href, ...flags }] : runs }];
}

function listKind(token: Tokens.List): RichListKind {
  return token.ordered ? 'orderedList' : 'bulletList';
}

function listOf(token: Tokens.List): RichList {
  const items: RichListItem[] = [];
  for (const item of token.items) {
    const { content, nested } = itemParts(item);
    const sublist = nested.length > 0 ? subListOf(nested) : null;
    const keptSublist = sublist && sublist.items.length > 0 ? sublist : null;
    if (content.length > 0 || keptSublist) items.push({ content, sublist: keptSublist });
  }
  return { type: listKind(token), items };
}

/** The item's own text (its paragraphs, and any block that is not a list, one per line) and its nested lists. */
function itemParts(item: Tokens.ListItem): { content: RichInline[]; nested: Tokens.List[] } {
  const lines: RichInline[][] = [];
  const nested: Tokens.List[] = [];
  let checkbox: RichInline[] = [];
  for (const token of item.tokens) {
    if (token.type === 'list') nested.push(token as Tokens.List);
    else if (token.type === 'checkbox') checkbox = inlinesOf([token], PLAIN);
    else if (token.type === 'blockquote' || token.type === 'table') {
      for (const block of blocksOf([token])) lines.push(block.type === 'paragraph' ? block.content : listText(block));
    } else if (token.type !== 'space' && token.type !== 'hr' && token.type !== 'def') lines.push(inlineContentOfBlock(token));
  }
  if (checkbox.length > 0) lines[0] = [...checkbox, ...(lines[0] ?? [])];
  const content = lines.flatMap((line, index) => (index > 0 ? [plain('\n'), ...line] : line));
  return { content: normalizeInlines(content), nested };
}

/** A list quoted inside an item, past the depth we keep: its items, one per line. */
function listText(list: RichList): RichInline[] {
  const lines = list.items.flatMap((item) => [item.content, ...(item.sublist?.items.map((sub) => sub.content) ?? [])]);
  return lines.flatMap((line, index) => (index > 0 ? [plain('\n'), ...line] : line));
}

/**
 * The second level. Deeper lists are not kept as lists: their items carry on at this level, in
 * reading order, so nothing is lost. The nested lists of one item (rare: "- a" then "1. b"
 * under the same item) become one list, of the first one's kind.
 */
function subListOf(lists: readonly Tokens.List[]): RichSubList {
  const items: RichSubListItem[] = [];
  // Iterative, not recursive: depth is bounded by the lexer's guard, but this costs nothing.
  const pending: Tokens.ListItem[] = lists.flatMap((list) => list.items).reverse();
  while (pending.length > 0) {
    const item = pending.pop()!;
    const { content, nested } = itemParts(item);
    if (content.length > 0) items.push({ content });
    for (const deeper of [...nested].reverse()) for (const deeperItem of [...deeper.items].reverse()) pending.push(deeperItem);
  }
  return { type: listKind(lists[0]!), items };
}
