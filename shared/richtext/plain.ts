import { parseRichText } from './parse';
import type { RichBlock, RichInline } from './types';

/** The text of the tree without formatting: one line per paragraph, list item and line break. */
export function richBlocksText(blocks: readonly RichBlock[]): string {
  const lines: string[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      lines.push(inlineText(block.content));
      continue;
    }
    for (const item of block.items) {
      lines.push(inlineText(item.content));
      for (const sub of item.sublist?.items ?? []) lines.push(inlineText(sub.content));
    }
  }
  return lines.join('\n');
}

export function inlineText(inlines: readonly RichInline[]): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : inline.children.map((run) => run.text).join(''))).join('');
}

/** A stored text as one line of plain words, for places with room for a line (lists, previews, titles). */
export function richTextToPlain(markdown: string): string {
  return richBlocksText(parseRichText(markdown)).replace(/\s+/g, ' ').trim();
}
