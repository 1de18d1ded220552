import type { FileChild, Paragraph } from 'docx';
import { heading } from './blocks';
import type { DocumentContext } from './context';

/** What goes in the body: paragraphs, tables, the table of contents. */
export type Block = FileChild;

/** Unnumbered parts before the chapters (cover, document control, contents). */
export type FrontPart = (context: DocumentContext) => Block[];

/**
 * A numbered chapter of the plan. Its body comes back as null (or empty) when the plan has
 * nothing for it: the chapter is then left out, without a heading, and the numbers close up.
 * A chapter that wants to say "nothing yet" returns a one-paragraph body saying so.
 */
export interface Chapter {
  title(context: DocumentContext): string;
  body(context: DocumentContext, numbering: ChapterNumbering): Block[] | null;
}

/**
 * Numbers written into the heading text ("1.", "1.2.", "1.2.1."), not a Word list: they read the
 * same in every application, in the navigation pane and in the table of contents, and they stay
 * consecutive when a chapter is left out.
 */
export class ChapterNumbering {
  private sectionCount = 0;
  private subsectionCount = 0;

  constructor(readonly chapter: number) {}

  chapterHeading(title: string): Paragraph {
    return heading(1, `${this.chapter}. ${title}`);
  }

  /** A Heading 2: "1.2. Title". */
  section(title: string): Paragraph {
    this.sectionCount += 1;
    this.subsectionCount = 0;
    return heading(2, `${this.chapter}.${this.sectionCount}. ${title}`);
  }

  /** A Heading 3 under the last section: "1.2.1. Title". */
  subsection(title: string): Paragraph {
    this.subsectionCount += 1;
    return heading(3, `${this.chapter}.${this.sectionCount}.${this.subsectionCount}. ${title}`);
  }
}

/** The body of the document: the front matter, then every chapter that has something to say. */
export function composeBody(context: DocumentContext, front: readonly FrontPart[], chapters: readonly Chapter[]): Block[] {
  const blocks = front.flatMap((part) => part(context));
  let next = 1;
  for (const chapter of chapters) {
    const numbering = new ChapterNumbering(next);
    const body = chapter.body(context, numbering);
    if (!body || body.length === 0) continue;
    blocks.push(numbering.chapterHeading(chapter.title(context)), ...body);
    next += 1;
  }
  return blocks;
}

/**
 * An annex: unnumbered, after the chapters, in a section of its own (landscape, for wide
 * tables). Left out, like a chapter, when its body comes back null or empty.
 */
export interface Annex {
  title(context: DocumentContext): string;
  body(context: DocumentContext): Block[] | null;
}

/** The annex's Heading 1 (in the contents, without a chapter number) and its body, or null when it has nothing to show. */
export function composeAnnex(context: DocumentContext, annex: Annex): Block[] | null {
  const body = annex.body(context);
  if (!body || body.length === 0) return null;
  return [heading(1, annex.title(context)), ...body];
}
