import type { PlanTextKey } from '../model/document';
import { parseRichText, type RichBlock } from '../richtext';
import type { DocumentContext } from './context';
import type { Block } from './outline';
import { richTextBlocks } from './rich-text';

// Parsed once per document: whether a chapter has text is asked before its body is composed.
const parsed = new WeakMap<DocumentContext, Map<PlanTextKey, RichBlock[]>>();

function blocksOf(context: DocumentContext, key: PlanTextKey): RichBlock[] {
  let texts = parsed.get(context);
  if (!texts) parsed.set(context, (texts = new Map()));
  let blocks = texts.get(key);
  if (!blocks) texts.set(key, (blocks = parseRichText(context.data.document.texts[key] ?? '')));
  return blocks;
}

/**
 * Whether the planner wrote something that shows: a text of spaces, or of Markdown marks with
 * nothing inside them, is no text, so its chapter is not given a heading over nothing.
 */
export function hasPlannerText(context: DocumentContext, key: PlanTextKey): boolean {
  return blocksOf(context, key).length > 0;
}

/** The planner's text as Word paragraphs and lists (shared/docx/rich-text.ts). */
export function plannerText(context: DocumentContext, key: PlanTextKey): Block[] {
  return richTextBlocks(blocksOf(context, key));
}

/** Plain lines as a real Word bulleted list, like the lists of the planner's texts. */
export function bulletList(items: readonly string[]): Block[] {
  return richTextBlocks([
    { type: 'bulletList', items: items.map((text) => ({ content: [{ type: 'text', text, bold: false, italic: false }], sublist: null })) },
  ]);
}
