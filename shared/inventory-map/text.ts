/** The kinds of text on the map; each has one size everywhere it is drawn (MAP_TEXT). */
export type TextRole = 'title' | 'name' | 'detail' | 'chip' | 'note';

export interface TextStyle {
  /** CSS pixels. */
  size: number;
  lineHeight: number;
  weight: 400 | 600 | 700;
}

export const MAP_TEXT: Record<TextRole, TextStyle> = {
  title: { size: 15, lineHeight: 20, weight: 700 },
  name: { size: 14, lineHeight: 18, weight: 600 },
  detail: { size: 12, lineHeight: 16, weight: 400 },
  chip: { size: 12, lineHeight: 16, weight: 400 },
  note: { size: 12, lineHeight: 16, weight: 400 },
};

/** Width in CSS pixels of one line of text in a role. The screen measures with the real font; elsewhere an estimate does. */
export type TextMeasure = (text: string, role: TextRole) => number;

const NARROW = new Set("iljtfrI.,;:'!|()[] ");
const WIDE = new Set('mwMW@%&');

/**
 * A width estimate from character classes, calibrated on Segoe UI / Liberation Sans. It errs on
 * the wide side so that text drawn with the real font fits the boxes it was given.
 */
export const estimateTextWidth: TextMeasure = (text, role) => {
  const style = MAP_TEXT[role];
  let ems = 0;
  for (const char of text) {
    if (NARROW.has(char)) ems += 0.3;
    else if (WIDE.has(char)) ems += 0.88;
    else if (char >= 'A' && char <= 'Z') ems += 0.68;
    else if (char >= '0' && char <= '9') ems += 0.57;
    else ems += 0.56;
  }
  return ems * style.size * (style.weight >= 600 ? 1.08 : 1);
};

const ELLIPSIS = '…';

/** The longest start of `text` that fits in `maxWidth` with an ellipsis after it (the text itself when it fits). */
export function truncateText(text: string, maxWidth: number, role: TextRole, measure: TextMeasure): string {
  if (measure(text, role) <= maxWidth) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  // Binary search on the number of characters kept: measuring is the costly part.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (measure(chars.slice(0, middle).join('').trimEnd() + ELLIPSIS, role) <= maxWidth) low = middle;
    else high = middle - 1;
  }
  return chars.slice(0, low).join('').trimEnd() + ELLIPSIS;
}

/** Breaks a word too long for any line into pieces that fit. */
function splitLongWord(word: string, maxWidth: number, role: TextRole, measure: TextMeasure): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece !== '' && measure(piece + char, role) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Word-wraps `text` into at most `maxLines` lines of `maxWidth`; what does not fit ends the
 * last line with an ellipsis. Empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, role: TextRole, measure: TextMeasure, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate, role) <= maxWidth) {
      line = candidate;
      continue;
    }
    const pieces = measure(word, role) <= maxWidth ? [word] : splitLongWord(word, maxWidth, role, measure);
    if (line !== '') lines.push(line);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1]!;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines - 1);
  kept.push(truncateText(lines.slice(maxLines - 1).join(' '), maxWidth, role, measure));
  return kept;
}
