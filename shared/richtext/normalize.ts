import { cleanText, safeLinkTarget } from '../docx/sanitize';
import type { RichBlock, RichInline, RichLink, RichListItem, RichTextRun } from './types';

/**
 * The one way each formatted text is written down. Markdown cannot say everything an editor
 * can show, and marked's reading of asterisks is a heuristic: bold that starts on a space,
 * formatting that changes inside a word ("**a**b"), bold that starts on punctuation right after
 * a letter ("a**.b**"), or bold and italic touching each other ("**a*****b**") come back
 * different, sometimes with stray asterisks in the text. So both the reader (parse.ts) and the
 * editor bring their content to this form, which is written and read back unchanged: what the
 * planner sees after saving is what the document prints.
 *
 * The form: text cleaned as the document cleans it (sanitize.ts); only links that
 * safeLinkTarget accepts, with the address it gives; no empty runs; adjacent runs with the same
 * formatting merged, adjacent links to the same address merged; no whitespace at the start or
 * end of a line, no line break at the start or end of the text nor of a link's text, no link
 * whose text is only whitespace.
 * Formatting does not change inside a word (the word takes the formatting of its first letter);
 * whitespace is formatted only when the text on both sides is formatted alike; two differently
 * formatted runs never touch, and a formatted run never begins or ends on punctuation that
 * touches a letter outside it (in both cases that punctuation loses its formatting). The only
 * characters that ever lose formatting are whitespace and punctuation, where it hardly shows.
 */
export function normalizeBlocks(blocks: readonly RichBlock[]): RichBlock[] {
  const normal: RichBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      const content = normalizeInlines(block.content);
      if (content.length > 0) normal.push({ type: 'paragraph', content });
      continue;
    }
    const items: RichListItem[] = [];
    for (const item of block.items) {
      const content = normalizeInlines(item.content);
      const subItems = (item.sublist?.items ?? []).map((sub) => ({ content: normalizeInlines(sub.content) })).filter((sub) => sub.content.length > 0);
      const sublist = item.sublist && subItems.length > 0 ? { type: item.sublist.type, items: subItems } : null;
      if (content.length > 0 || sublist) items.push({ content, sublist });
    }
    if (items.length > 0) normal.push({ type: block.type, items });
  }
  return normal;
}

export function normalizeInlines(inlines: readonly RichInline[]): RichInline[] {
  const flat = flatten(inlines);
  if (flat.text === '') return [];
  const kept = trimLines(flat);
  detachLinkEdges(kept);
  formatWordsLikeTheirStart(kept);
  formatWhitespaceLikeNeighbours(kept);
  separateTouchingRuns(kept);
  fixFlanking(kept);
  // Punctuation that lost its formatting may leave whitespace beside it between unlike neighbours.
  formatWhitespaceLikeNeighbours(kept);
  return rebuild(kept);
}

const BOLD = 1;
const ITALIC = 2;

interface FlatText {
  text: string;
  /** Per UTF-16 unit: BOLD | ITALIC. */
  flags: Uint8Array;
  /** Per UTF-16 unit: index into `hrefs`, or -1 outside links. */
  link: Int32Array;
  hrefs: string[];
}

function flatten(inlines: readonly RichInline[]): FlatText {
  const pieces: { text: string; flags: number; href: string | null }[] = [];
  for (const inline of inlines) {
    const href = inline.type === 'link' ? safeLinkTarget(inline.href) : null;
    for (const run of inline.type === 'link' ? inline.children : [inline]) {
      // The document's own cleaning: what the editor shows is what the document can print.
      const text = cleanText(run.text, Number.MAX_SAFE_INTEGER);
      if (text !== '') pieces.push({ text, flags: (run.bold ? BOLD : 0) | (run.italic ? ITALIC : 0), href });
    }
  }
  const text = pieces.map((piece) => piece.text).join('');
  const flags = new Uint8Array(text.length);
  const link = new Int32Array(text.length).fill(-1);
  const hrefs: string[] = [];
  let at = 0;
  for (const piece of pieces) {
    // Consecutive pieces linking to the same address are one link.
    let id = -1;
    if (piece.href !== null) {
      const previous = at > 0 ? link[at - 1]! : -1;
      id = previous >= 0 && hrefs[previous] === piece.href ? previous : hrefs.push(piece.href) - 1;
    }
    flags.fill(piece.flags, at, at + piece.text.length);
    link.fill(id, at, at + piece.text.length);
    at += piece.text.length;
  }
  return { text, flags, link, hrefs };
}


/** The same text without spaces and tabs at line edges, nor line breaks at the very start and end. */
function trimLines(flat: FlatText): FlatText {
  const { text } = flat;
  const keep = new Uint8Array(text.length);
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let first = lineStart;
    let last = lineEnd;
    // Any whitespace marked's `\s` sees: a line of only no-break spaces after a break would not be a break.
    while (first < last && isSpaceUnit(text.charCodeAt(first))) first += 1;
    while (last > first && isSpaceUnit(text.charCodeAt(last - 1))) last -= 1;
    keep.fill(1, first, last);
    if (lineEnd < text.length) keep[lineEnd] = 1;
    lineStart = lineEnd + 1;
  }
  // Line breaks before the first and after the last visible character go too.
  let start = 0;
  while (start < text.length && (keep[start] === 0 || text[start] === '\n')) start += 1;
  let end = text.length;
  while (end > start && (keep[end - 1] === 0 || text[end - 1] === '\n')) end -= 1;
  const flags: number[] = [];
  const link: number[] = [];
  const parts: string[] = [];
  for (let index = start; index < end; index += 1) {
    if (keep[index] === 0) continue;
    parts.push(text[index]!);
    flags.push(flat.flags[index]!);
    link.push(flat.link[index]!);
  }
  return { text: parts.join(''), flags: Uint8Array.from(flags), link: Int32Array.from(link), hrefs: flat.hrefs };
}

/**
 * Line breaks at the edges of a link's text go outside the link (marked does not read a break
 * just before `]`), and a link whose text is only whitespace stops being a link.
 */
function detachLinkEdges(flat: FlatText): void {
  const { text, link } = flat;
  let index = 0;
  while (index < text.length) {
    const id = link[index]!;
    let end = index;
    while (end < text.length && link[end] === id) end += 1;
    if (id >= 0) {
      if (text.slice(index, end).trim() === '') link.fill(-1, index, end);
      else {
        for (let at = index; at < end && text[at] === '\n'; at += 1) link[at] = -1;
        for (let at = end - 1; at >= index && text[at] === '\n'; at -= 1) link[at] = -1;
      }
    }
    index = end;
  }
}

/** Every character of a word (letters and digits between whitespace or punctuation) is formatted like its first. */
function formatWordsLikeTheirStart(flat: FlatText): void {
  const { text, flags, link } = flat;
  for (let index = 1; index < text.length; index += 1) {
    if (link[index] === link[index - 1] && isWordUnit(text.charCodeAt(index)) && isWordUnit(text.charCodeAt(index - 1))) flags[index] = flags[index - 1]!;
  }
}

/**
 * Judged per UTF-16 unit, as marked judges the character before a delimiter: half of an emoji
 * counts as a letter, which is the cautious side (it is never separated from what touches it).
 */
function isWordUnit(unit: number): boolean {
  return unitKind(unit) === WORD;
}

/** Each run of whitespace takes the formatting of the visible characters around it if they agree, else none. */
function formatWhitespaceLikeNeighbours(flat: FlatText): void {
  const { text, flags, link } = flat;
  let index = 0;
  while (index < text.length) {
    if (!isSpaceUnit(text.charCodeAt(index))) {
      index += 1;
      continue;
    }
    let end = index;
    while (end < text.length && link[end] === link[index] && isSpaceUnit(text.charCodeAt(end))) end += 1;
    const before = index > 0 && link[index - 1] === link[index] ? flags[index - 1]! : -1;
    const after = end < text.length && link[end] === link[index] ? flags[end]! : -1;
    flags.fill(before >= 0 && before === after ? before : 0, index, end);
    index = end;
  }
}

// The classes marked uses to decide whether `*` opens or closes emphasis.
const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

const WORD = 0;
const SPACE = 1;
const PUNCT = 2;
type CharacterKind = typeof WORD | typeof SPACE | typeof PUNCT;

function classify(character: string): CharacterKind {
  if (WHITESPACE.test(character)) return SPACE;
  return PUNCTUATION.test(character) ? PUNCT : WORD;
}

// Texts run to 200,000 characters, each looked at several times: the kind of each UTF-16 unit
// is worked out once, when first met (lone surrogates come out as letters, as isWordUnit wants).
const UNKNOWN = 255;
const unitKinds = new Uint8Array(0x10000).fill(UNKNOWN);

function unitKind(unit: number): CharacterKind {
  let kind = unitKinds[unit]!;
  if (kind === UNKNOWN) unitKinds[unit] = kind = classify(String.fromCharCode(unit));
  return kind as CharacterKind;
}

function kindOf(codePoint: number): CharacterKind {
  return codePoint > 0xffff ? classify(String.fromCodePoint(codePoint)) : unitKind(codePoint);
}

function isSpaceUnit(unit: number): boolean {
  return unitKind(unit) === SPACE;
}

/**
 * Where two differently formatted runs touch (after the rules above, only at punctuation), the
 * punctuation loses its formatting, so that every formatted run can be written on its own.
 */
function separateTouchingRuns(flat: FlatText): void {
  const { text, flags, link } = flat;
  for (let index = 1; index < text.length; index += 1) {
    const previous = flags[index - 1]!;
    const current = flags[index]!;
    if (previous === 0 || current === 0 || previous === current || link[index] !== link[index - 1]) continue;
    if (!isWordUnit(text.charCodeAt(index))) clearCodePoint(flat, index);
    else clearCodePoint(flat, index - 1);
  }
}

function clearCodePoint(flat: FlatText, at: number): number {
  const { text, flags } = flat;
  const unit = text.charCodeAt(at);
  const start = unit >= 0xdc00 && unit <= 0xdfff && at > 0 ? at - 1 : at;
  const width = text.codePointAt(start)! > 0xffff ? 2 : 1;
  flags.fill(0, start, start + width);
  return width;
}

/**
 * Shrinks every formatted run until it neither starts nor ends on punctuation with a letter
 * just outside. Runs are taken within one link or within the text between links: at a link's
 * edge the neighbour is a bracket.
 */
function fixFlanking(flat: FlatText): void {
  const { text, flags, link } = flat;
  // The character just outside the run, if it is in the same link (or the same text between links).
  const before = (at: number) => (at > 0 && link[at - 1] === link[at] ? codePointBefore(text, at) : null);
  const after = (at: number) => (at < text.length && link[at] === link[at - 1] ? text.codePointAt(at)! : null);
  let index = 0;
  while (index < text.length) {
    const value = flags[index]!;
    let end = index;
    while (end < text.length && flags[end] === value && link[end] === link[index]) end += 1;
    if (value !== 0) {
      let start = index;
      while (start < end && badEdge(text.codePointAt(start)!, before(start))) start += clearCodePoint(flat, start);
      let stop = end;
      while (stop > start && badEdge(codePointBefore(text, stop), after(stop))) stop -= clearCodePoint(flat, stop - 1);
    }
    index = end;
  }
}

function badEdge(inner: number, outer: number | null): boolean {
  const innerKind = kindOf(inner);
  if (innerKind === SPACE) return true;
  // An emoji outside counts as a letter: marked looks at half of it (see isWordUnit).
  return innerKind === PUNCT && outer !== null && (outer > 0xffff || kindOf(outer) === WORD);
}

function codePointBefore(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}

function rebuild(flat: FlatText): RichInline[] {
  const { text, flags, link, hrefs } = flat;
  const inlines: RichInline[] = [];
  let index = 0;
  while (index < text.length) {
    const id = link[index]!;
    let end = index;
    while (end < text.length && link[end] === id) end += 1;
    const runs = runsOf(text, flags, index, end);
    if (id >= 0) inlines.push({ type: 'link', href: hrefs[id]!, children: runs } satisfies RichLink);
    else for (const run of runs) inlines.push(run);
    index = end;
  }
  return inlines;
}

function runsOf(text: string, flags: Uint8Array, from: number, to: number): RichTextRun[] {
  const runs: RichTextRun[] = [];
  let index = from;
  while (index < to) {
    const value = flags[index]!;
    let end = index;
    while (end < to && flags[end] === value) end += 1;
    runs.push({ type: 'text', text: text.slice(index, end), bold: (value & BOLD) !== 0, italic: (value & ITALIC) !== 0 });
    index = end;
  }
  return runs;
}
