import { Lexer, getDefaults, type Token, type Tokens } from 'marked';

/**
 * marked, fenced in. The stored text comes from a plan file that anyone may have written, and
 * marked was written for friendly input: nesting (`> > > …`, `- - - …`) recurses once per level
 * until the stack overflows, and some inline patterns (`*a*a*a…`, thousands of links in one
 * paragraph) take time that grows with the square of the paragraph. Measured on 200,000
 * characters: 20 s before a stack overflow, 43 s for `*a` repeated. Both are bounded here
 * before marked sees the text, without dropping a character of it.
 */

/** Container markers (`>`, `-`, `1.`) kept on one line; the rest of the line is made literal. */
const MAX_MARKERS_PER_LINE = 8;
/** Leading indentation kept, in columns: enough for every list depth the editor writes. */
const MAX_INDENT = 24;
/**
 * A paragraph's inline lexing costs about its length times its syntax characters; past this
 * budget the paragraph is read with escapes only (see escapesOnly). Real paragraphs stay far
 * below it (5,000 characters with 800 marks of syntax come to 4,000,000); at the budget a
 * 200,000-character text takes about a second on a busy machine, however it is split up.
 */
const INLINE_BUDGET = 8_000_000;
const SYNTAX_CHARACTER = /[*_`[\]()<>&\\~!|:@]/g;

// Every option spelled out, so that a `marked.use()` or `setOptions()` on the shared instance,
// anywhere in the bundle, never changes how plan texts are read.
function lexerOptions() {
  return { ...getDefaults(), gfm: true, breaks: true, pedantic: false, silent: false, extensions: null, tokenizer: null, hooks: null, walkTokens: null };
}

class BoundedLexer extends Lexer {
  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    if (!affordable(src)) return escapesOnly(src, tokens);
    return super.inlineTokens(src, tokens);
  }
}

const ESCAPE_OR_BREAK = /\\([!-/:-@[-`{-~])|\\?\n/g;

/**
 * A paragraph too costly for marked, read in one pass with backslash escapes and line breaks
 * only: emphasis and link syntax show as the characters typed. It is exact for what
 * richTextToMarkdown writes for plain text, so such a paragraph still saves back unchanged.
 */
function escapesOnly(src: string, tokens: Token[]): Token[] {
  let plainFrom = 0;
  const plainUpTo = (end: number) => {
    if (end > plainFrom) {
      const text = src.slice(plainFrom, end);
      tokens.push({ type: 'text', raw: text, text } satisfies Tokens.Text);
    }
  };
  for (const match of src.matchAll(ESCAPE_OR_BREAK)) {
    plainUpTo(match.index);
    const escaped = match[1];
    tokens.push(escaped ? ({ type: 'escape', raw: match[0], text: escaped } satisfies Tokens.Escape) : ({ type: 'br', raw: match[0] } satisfies Tokens.Br));
    plainFrom = match.index + match[0].length;
  }
  plainUpTo(src.length);
  return tokens;
}

function affordable(src: string): boolean {
  if (src.length * src.length <= INLINE_BUDGET) return true;
  let syntax = 0;
  SYNTAX_CHARACTER.lastIndex = 0;
  while (SYNTAX_CHARACTER.exec(src)) {
    syntax += 1;
    if (src.length * syntax > INLINE_BUDGET) return false;
  }
  return true;
}

/** marked's block tokens for `markdown`, or null if marked gave up (it should not, once fenced). */
export function lexMarkdown(markdown: string): Token[] | null {
  try {
    return new BoundedLexer(lexerOptions()).lex(flattenDeepNesting(markdown));
  } catch {
    return null;
  }
}

const LINE = /[^\n]*/y;
const INDENT = /[ \t]*/y;
// A `>` needs no space after it (`>>>x` is three quotes); a list marker does.
const CONTAINER_MARKER = /(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*/y;

/**
 * The text with every line's nesting capped: indentation past MAX_INDENT columns is cut to it,
 * and a container marker past MAX_MARKERS_PER_LINE gets a backslash so that marked reads it,
 * and all after it, as text. Linear in the length of the text.
 */
export function flattenDeepNesting(markdown: string): string {
  const text = markdown.replace(/\r\n?/g, '\n');
  const lines: string[] = [];
  let changed = false;
  for (let at = 0; at <= text.length; ) {
    LINE.lastIndex = at;
    const line = LINE.exec(text)![0];
    const capped = capLine(line);
    if (capped !== line) changed = true;
    lines.push(capped);
    at += line.length + 1;
  }
  return changed ? lines.join('\n') : text;
}

function capLine(line: string): string {
  INDENT.lastIndex = 0;
  const indent = INDENT.exec(line)![0];
  const head = columns(indent) > MAX_INDENT ? ' '.repeat(MAX_INDENT) : indent;
  let rest = line.slice(indent.length);
  let escaped = false;
  let at = 0;
  for (let markers = 0; ; markers += 1) {
    CONTAINER_MARKER.lastIndex = at;
    const marker = CONTAINER_MARKER.exec(rest);
    if (!marker) break;
    if (markers === MAX_MARKERS_PER_LINE) {
      // Escape the marker's last character: `>`, the bullet, or the `.`/`)` after the digits.
      const symbolAt = at + marker[0].trimEnd().length - 1;
      rest = `${rest.slice(0, symbolAt)}\\${rest.slice(symbolAt)}`;
      escaped = true;
      break;
    }
    at = CONTAINER_MARKER.lastIndex;
  }
  return head === indent && !escaped ? line : head + rest;
}

function columns(indent: string): number {
  let width = 0;
  for (const character of indent) width = character === '\t' ? width + 4 - (width % 4) : width + 1;
  return width;
}
