export type { RichBlock, RichInline, RichLink, RichList, RichListItem, RichListKind, RichParagraph, RichSubList, RichSubListItem, RichTextRun } from './types';
export { parseRichText } from './parse';
export { richTextToMarkdown } from './serialize';
export { normalizeBlocks, normalizeInlines } from './normalize';
export { richBlocksText, richTextToPlain } from './plain';
export { fromEditorDoc, toEditorDoc, type EditorMark, type EditorNode } from './editor-doc';
