import { normalizeBlocks } from './normalize';
import type { RichBlock, RichInline, RichListItem, RichListKind, RichSubListItem, RichTextRun } from './types';

/**
 * The tree as the editor's document (ProseMirror JSON, with TipTap's node and mark names) and
 * back. The editor is filled from parseRichText, not from a Markdown reader of its own, so it
 * shows exactly what the Word document will print.
 */
export interface EditorNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: EditorMark[];
  content?: EditorNode[];
}

export interface EditorMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export function toEditorDoc(blocks: readonly RichBlock[]): EditorNode {
  const content = blocks.map((block): EditorNode => {
    if (block.type === 'paragraph') return paragraphNode(block.content);
    return listNode(
      block.type,
      block.items.map((item) => [
        paragraphNode(item.content),
        ...(item.sublist ? [listNode(item.sublist.type, item.sublist.items.map((sub) => [paragraphNode(sub.content)]))] : []),
      ]),
    );
  });
  // An empty document still has a paragraph to type in.
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

function listNode(kind: RichListKind, items: EditorNode[][]): EditorNode {
  return { type: kind, content: items.map((content) => ({ type: 'listItem', content })) };
}

function paragraphNode(inlines: readonly RichInline[]): EditorNode {
  const content = inlines.flatMap((inline) =>
    inline.type === 'text' ? runNodes(inline, []) : inline.children.flatMap((run) => runNodes(run, [{ type: 'link', attrs: { href: inline.href } }])),
  );
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

function runNodes(run: RichTextRun, extra: EditorMark[]): EditorNode[] {
  const marks = [...(run.bold ? [{ type: 'bold' }] : []), ...(run.italic ? [{ type: 'italic' }] : []), ...extra];
  const withMarks = (node: EditorNode): EditorNode => (marks.length > 0 ? { ...node, marks } : node);
  return run.text.split('\n').flatMap((line, index) => [
    ...(index > 0 ? [withMarks({ type: 'hardBreak' })] : []),
    ...(line !== '' ? [withMarks({ type: 'text', text: line })] : []),
  ]);
}

/** What the editor holds, as the tree in normal form (whatever the editor let through). */
export function fromEditorDoc(doc: EditorNode): RichBlock[] {
  const blocks: RichBlock[] = [];
  for (const node of doc.content ?? []) {
    if (node.type === 'bulletList' || node.type === 'orderedList') {
      blocks.push({ type: node.type, items: (node.content ?? []).map(listItemOf) });
    } else {
      blocks.push({ type: 'paragraph', content: inlinesOfBlock(node) });
    }
  }
  return normalizeBlocks(blocks);
}

function listItemOf(item: EditorNode): RichListItem {
  const { content, nested } = itemParts(item);
  if (nested.length === 0) return { content, sublist: null };
  // The second level is the last: anything deeper carries on at it, in reading order.
  const items: RichSubListItem[] = [];
  const pending = nested.flatMap((list) => list.content ?? []).reverse();
  while (pending.length > 0) {
    const sub = itemParts(pending.pop()!);
    items.push({ content: sub.content });
    for (const deeper of sub.nested.flatMap((list) => list.content ?? []).reverse()) pending.push(deeper);
  }
  return { content, sublist: { type: nested[0]!.type as RichListKind, items } };
}

/** An item's paragraphs, one per line, and its nested lists. */
function itemParts(item: EditorNode): { content: RichInline[]; nested: EditorNode[] } {
  const lines: RichInline[][] = [];
  const nested: EditorNode[] = [];
  for (const child of item.content ?? []) {
    if (child.type === 'bulletList' || child.type === 'orderedList') nested.push(child);
    else lines.push(inlinesOfBlock(child));
  }
  const content = lines.flatMap((line, index) => (index > 0 ? [breakRun(), ...line] : line));
  return { content, nested };
}

function breakRun(): RichTextRun {
  return { type: 'text', text: '\n', bold: false, italic: false };
}

/** The inline content of a paragraph, or the text of any other block, paragraph by paragraph. */
function inlinesOfBlock(node: EditorNode): RichInline[] {
  if (node.type === 'text' || node.type === 'hardBreak') return inlinesOf([node]);
  const children = node.content ?? [];
  if (children.every((child) => child.type === 'text' || child.type === 'hardBreak')) return inlinesOf(children);
  return children.flatMap((child, index) => [...(index > 0 ? [breakRun()] : []), ...inlinesOfBlock(child)]);
}

function inlinesOf(nodes: readonly EditorNode[]): RichInline[] {
  const out: RichInline[] = [];
  for (const node of nodes) {
    const marks = node.marks ?? [];
    const has = (type: string) => marks.some((mark) => mark.type === type);
    const text = node.type === 'hardBreak' ? '\n' : (node.text ?? '');
    const run: RichTextRun = { type: 'text', text, bold: has('bold'), italic: has('italic') };
    const href = marks.find((mark) => mark.type === 'link')?.attrs?.href;
    // Neighbouring pieces of one link become one link; normalizeBlocks checks the address.
    if (typeof href === 'string') {
      const last = out.at(-1);
      if (last?.type === 'link' && last.href === href) last.children.push(run);
      else out.push({ type: 'link', href, children: [run] });
    } else out.push(run);
  }
  return out;
}
