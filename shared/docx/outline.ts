import type { FileChild, Paragraph } from 'docx';
import type { DocumentPart } from '../model/document';
import { heading, paragraph } from './blocks';
import { CaptionNumbers } from './captions';
import type { DocumentContext } from './context';

/** What goes in the body: paragraphs, tables, the table of contents. */
export type Block = FileChild;

/** Unnumbered parts before the chapters (cover, document control, contents): always in. */
export type FrontPart = (context: DocumentContext) => Block[];

export type Orientation = 'portrait' | 'landscape';

/** A heading the table of contents lists (Heading 1–3), with its number, as the document writes it. */
export interface OutlineHeading {
  level: 1 | 2 | 3;
  text: string;
}

/**
 * A chapter or an annex of the plan: one of the parts a planner may leave out of an export.
 * Whether the plan has data for it is asked first, cheaply (the export screen shows it live);
 * only then is its body composed.
 */
export interface Part {
  part: DocumentPart;
  title(context: DocumentContext): string;
  hasData(context: DocumentContext): boolean;
  /** Its content under its heading; asked only when it has data. */
  body(context: DocumentContext, numbering: ChapterNumbering): Block[];
  /**
   * What it says, under its heading, when the plan has no data for it and the export keeps such
   * parts (`emptyParts: 'note'`): usually a line saying so. Null: it is left out whenever it
   * has nothing to say (the closing remarks).
   */
  emptyNote(context: DocumentContext): Block[] | null;
  /**
   * The orientation of its pages when it has data; portrait unless said. A landscape part (a wide
   * table) is set in a section of its own; the page numbers go on through it.
   */
  orientation?: Orientation;
}

/** The one-line note of a part without data. */
export const noteOf = (text: string): Block[] => [paragraph(text)];

/** A run of the body printed on pages of one orientation: a section of the document. */
export interface BodySection {
  orientation: Orientation;
  blocks: Block[];
}

/**
 * Numbers written into the heading text ("1.", "1.2.", "1.2.1."), not a Word list: they read the
 * same in every application, in the navigation pane and in the table of contents, and they stay
 * consecutive when a chapter is left out. Every heading it makes is recorded in `outline` as it
 * is made, which is what the preview lists: the preview and the document cannot disagree.
 */
export class ChapterNumbering {
  private sectionCount = 0;
  private subsectionCount = 0;

  /** `prefix`: "3" for chapter 3, "I" for annex I. */
  constructor(
    readonly prefix: string,
    private readonly outline: OutlineHeading[] = [],
  ) {}

  /** The part's own Heading 1, whose text the composer gives whole ("3. Title", "Anexo I. Title"). */
  partHeading(text: string): Paragraph {
    return this.record(1, text);
  }

  /** A Heading 2: "1.2. Title". */
  section(title: string): Paragraph {
    this.sectionCount += 1;
    this.subsectionCount = 0;
    return this.record(2, `${this.prefix}.${this.sectionCount}. ${title}`);
  }

  /** A Heading 3 under the last section: "1.2.1. Title". */
  subsection(title: string): Paragraph {
    this.subsectionCount += 1;
    return this.record(3, `${this.prefix}.${this.sectionCount}.${this.subsectionCount}. ${title}`);
  }

  private record(level: 1 | 2 | 3, text: string): Paragraph {
    this.outline.push({ level, text });
    return heading(level, text);
  }
}

/** A part as this export has it. */
export interface PartOutcome {
  part: DocumentPart;
  title: string;
  /** In this export: not left out by the planner, and either with data or with a note saying it has none. */
  included: boolean;
  hasData: boolean;
}

export interface ComposedDocument {
  /** The body in sections, the front matter opening the first. Empty when composed for the outline only. */
  sections: BodySection[];
  /** Every Heading 1–3, in order, as written. */
  headings: OutlineHeading[];
  /** Every chapter and annex, in order. */
  parts: PartOutcome[];
  /** How many chapters are in: the first annex's heading is the Heading 1 after theirs. */
  chapterCount: number;
}

/**
 * 'document' composes every block; 'outline' only what the headings need — no front matter and
 * no annex bodies (an annex lists nothing in the contents but its own heading) — for the preview.
 */
export type ComposeMode = 'document' | 'outline';

/**
 * The body of the document: the front matter, then every chapter and annex this export includes,
 * chapters numbered 1, 2, 3… and annexes I, II…, in order and without gaps, in sections that
 * change where the orientation does. Consecutive parts of one orientation share a section.
 */
export function composeDocument(
  context: DocumentContext,
  front: readonly FrontPart[],
  chapters: readonly Part[],
  annexes: readonly Part[],
  mode: ComposeMode = 'document',
): ComposedDocument {
  // Blocks are made in document order, so captions numbered as they are made run 1, 2, 3…
  // through what this export includes (a document composed again starts again at 1).
  context.captions = new CaptionNumbers();
  const headings: OutlineHeading[] = [];
  const parts: PartOutcome[] = [];
  const sections: BodySection[] = [{ orientation: 'portrait', blocks: mode === 'document' ? front.flatMap((part) => part(context)) : [] }];
  const place = (orientation: Orientation, blocks: Block[]) => {
    let section = sections[sections.length - 1]!;
    if (section.orientation !== orientation) sections.push((section = { orientation, blocks: [] }));
    section.blocks.push(...blocks);
  };
  const compose = (kind: 'chapter' | 'annex', list: readonly Part[]): number => {
    let count = 0;
    for (const part of list) {
      const title = part.title(context);
      const hasData = part.hasData(context);
      const note = hasData || context.emptyParts === 'omit' ? null : part.emptyNote(context);
      const included = !context.excluded.has(part.part) && (hasData || note !== null);
      parts.push({ part: part.part, title, hasData, included });
      if (!included) continue;
      count += 1;
      const prefix = kind === 'chapter' ? String(count) : romanNumeral(count);
      const numbering = new ChapterNumbering(prefix, headings);
      const heading = numbering.partHeading(kind === 'chapter' ? `${prefix}. ${title}` : context.t('document.annex.heading', { number: prefix, title }));
      if (mode === 'outline' && kind === 'annex') continue;
      const body = note ?? part.body(context, numbering);
      place(note ? 'portrait' : (part.orientation ?? 'portrait'), [heading, ...body]);
    }
    return count;
  };
  const chapterCount = compose('chapter', chapters);
  compose('annex', annexes);
  return { sections: mode === 'document' ? sections : [], headings, parts, chapterCount };
}

/** 1 → "I", 4 → "IV": how Spanish (and British) administrative documents number their annexes. */
export function romanNumeral(value: number): string {
  const digits: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = Math.max(1, Math.floor(value));
  let text = '';
  for (const [amount, letters] of digits) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}
