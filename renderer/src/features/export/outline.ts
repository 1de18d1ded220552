import type { DocumentPreview } from '../../../../shared/docx/types';

export interface OutlineNode {
  text: string;
  children: OutlineNode[];
}

/**
 * The flat list of headings (levels 1–3) as nested lists, so the preview reads like the table of
 * contents. A heading that skips a level (a 3 straight after a 1) hangs from the nearest one
 * above it rather than being lost; one with nothing above it starts a new top entry.
 */
export function nestHeadings(headings: DocumentPreview['headings']): OutlineNode[] {
  const roots: OutlineNode[] = [];
  // The last node seen at each level, cleared below a shallower heading.
  const open: { level: number; node: OutlineNode }[] = [];
  for (const heading of headings) {
    const node: OutlineNode = { text: heading.text, children: [] };
    while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
    const parent = open[open.length - 1];
    if (parent) parent.node.children.push(node);
    else roots.push(node);
    open.push({ level: heading.level, node });
  }
  return roots;
}
