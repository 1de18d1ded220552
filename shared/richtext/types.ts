/**
 * The planner's formatted texts as the rest of the program sees them: a deliberately small
 * tree (paragraphs, bulleted and numbered lists one level deep, bold, italics, safe links)
 * that the editor, the Word document and the one-line summaries all read the same way.
 */

/** A run of text; `\n` inside it is a line break within its paragraph or list item. */
export interface RichTextRun {
  type: 'text';
  text: string;
  bold: boolean;
  italic: boolean;
}

/** A link to an https: or mailto: address (checked by safeLinkTarget); nothing else is ever a link. */
export interface RichLink {
  type: 'link';
  href: string;
  children: RichTextRun[];
}

export type RichInline = RichTextRun | RichLink;

export interface RichParagraph {
  type: 'paragraph';
  content: RichInline[];
}

export type RichListKind = 'bulletList' | 'orderedList';

/** An item of a nested list: the second level is the last one. */
export interface RichSubListItem {
  content: RichInline[];
}

export interface RichSubList {
  type: RichListKind;
  items: RichSubListItem[];
}

export interface RichListItem {
  content: RichInline[];
  sublist: RichSubList | null;
}

export interface RichList {
  type: RichListKind;
  items: RichListItem[];
}

export type RichBlock = RichParagraph | RichList;
