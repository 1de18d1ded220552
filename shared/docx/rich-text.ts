import { AlignmentType, ExternalHyperlink, LevelFormat, Paragraph, type ILevelsOptions, type NumberingDefinition, type ParagraphChild } from 'docx';
import type { RichBlock, RichInline, RichListKind, RichTextRun } from '../richtext';
import { textRuns } from './blocks';
import type { Block } from './outline';
import { cleanText, safeLinkTarget } from './sanitize';

/**
 * The planner's formatted texts (shared/richtext) as Word paragraphs: Normal paragraphs, bold
 * and italic runs, real hyperlinks in the Hyperlink style, and real Word lists (the numbers and
 * bullets are list numbering, not typed characters), so that whoever edits the approved
 * document in Word or LibreOffice finds ordinary lists.
 */
export function richTextBlocks(blocks: readonly RichBlock[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      out.push(new Paragraph({ children: inlineChildren(block.content) }));
      continue;
    }
    const items: ListEntry[] = [];
    block.items.forEach((item, index) => {
      items.push({ kind: block.type, depth: 0, startsList: index === 0, content: item.content });
      // A numbered list under a bulleted item starts a list of its own; under a numbered item
      // Word restarts the second level by itself after each first-level item.
      const sublist = item.sublist;
      sublist?.items.forEach((sub, subIndex) =>
        items.push({ kind: sublist.type, depth: 1, startsList: subIndex === 0 && block.type !== sublist.type, content: sub.content }),
      );
    });
    // Items sit close together; the last one keeps a paragraph's space after it.
    items.forEach((entry, index) => out.push(listParagraph(entry, index === items.length - 1)));
  }
  return out;
}

const INDENT_STEP = 567; // 1 cm, in twips
const HANGING = 283; // 0.5 cm: the bullet or number hangs in it

function level(level: 0 | 1, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string): ILevelsOptions {
  return {
    level,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: INDENT_STEP * (level + 1), hanging: HANGING } } },
  };
}

const BULLETS: NumberingDefinition = {
  reference: 'rumbo-rich-text-bullets',
  // Characters Arial has (and Liberation Sans, which LibreOffice draws in its place).
  levels: [level(0, LevelFormat.BULLET, '•'), level(1, LevelFormat.BULLET, '–')],
};

const NUMBERS: NumberingDefinition = {
  reference: 'rumbo-rich-text-numbers',
  levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.LOWER_LETTER, '%2)')],
};

/**
 * The list definitions the rich texts use, for the document's `numbering.config`. Each
 * paragraph also carries its definition, and docx adds it to the document if missing, so the
 * lists are right whether or not the document declares them.
 */
export const RICH_TEXT_NUMBERING: readonly NumberingDefinition[] = [BULLETS, NUMBERS];

interface ListEntry {
  kind: RichListKind;
  depth: 0 | 1;
  startsList: boolean;
  content: readonly RichInline[];
}

function listParagraph({ kind, depth, startsList, content }: ListEntry, last: boolean): Paragraph {
  const ordered = kind === 'orderedList';
  return new Paragraph({
    // `restart` gives each numbered list its own Word list, so every one counts from 1.
    numbering: { reference: ordered ? NUMBERS : BULLETS, level: depth, ...(ordered && startsList ? { restart: true } : {}) },
    ...(last ? {} : { spacing: { after: 60 } }),
    children: inlineChildren(content),
  });
}

function inlineChildren(inlines: readonly RichInline[]): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    if (inline.type === 'text') return runs(inline);
    // The tree only holds safe addresses, but it is checked again where it becomes a file.
    const href = safeLinkTarget(inline.href);
    if (!href) return inline.children.flatMap((run) => runs(run));
    return [new ExternalHyperlink({ link: href, children: inline.children.flatMap((run) => runs(run, 'Hyperlink')) })];
  });
}

function runs(run: RichTextRun, style?: string) {
  // Already clean when it comes from parseRichText; cleaned again because this is the last
  // step before the XML, and an invalid character there makes Word refuse the whole file.
  return textRuns(cleanText(run.text, Number.MAX_SAFE_INTEGER), {
    ...(run.bold ? { bold: true } : {}),
    ...(run.italic ? { italics: true } : {}),
    ...(style ? { style } : {}),
  });
}
