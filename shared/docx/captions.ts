import { AlignmentType, BaseXmlComponent, FileChild, Paragraph, Run, TextRun, type IContext, type IXmlableObject } from 'docx';
import type { DocumentContext } from './context';

/** Figures and tables are numbered apart, each in a Word sequence of its own ("Figura 1…", "Tabla 1…"). */
export type CaptionKind = 'figure' | 'table';

/**
 * The next number of each kind of caption, counted as the blocks are composed, which is in
 * document order: front matter, then each included chapter and annex in turn. Started afresh by
 * every composition, so a part left out leaves no gap.
 */
export class CaptionNumbers {
  private readonly counts: Record<CaptionKind, number> = { figure: 0, table: 0 };

  next(kind: CaptionKind): number {
    return ++this.counts[kind];
  }
}

/** The word before the number, which is also the name of its Word sequence (one word, as Word's Insert Caption wants it). */
function labelOf(context: DocumentContext, kind: CaptionKind): string {
  return kind === 'figure' ? context.t('charts.figure') : context.t('document.captions.table');
}

/**
 * A caption "Tabla 3. …" in Word's Caption style, its number a SEQ field as Word's Insert Caption
 * writes it (Word can then list and renumber them) whose result is already written: applications
 * that show a field as written, as LibreOffice does, read the number without updating anything.
 * Numbered when made; the paragraph itself is written only if the document is (the preview only
 * composes, and pays for no caption).
 */
export class CaptionBlock extends FileChild {
  private readonly label: string;
  private readonly number: number;

  constructor(
    context: DocumentContext,
    kind: CaptionKind,
    private readonly text: string,
    private readonly layout: { alignment: (typeof AlignmentType)[keyof typeof AlignmentType]; keepNext: boolean; spacing?: { before: number; after: number } },
  ) {
    super('w:p');
    this.label = labelOf(context, kind);
    this.number = context.captions.next(kind);
  }

  override prepForXml(context: IContext): IXmlableObject | undefined {
    return new Paragraph({
      style: 'Caption',
      alignment: this.layout.alignment,
      keepLines: true,
      keepNext: this.layout.keepNext,
      ...(this.layout.spacing ? { spacing: this.layout.spacing } : {}),
      children: [new TextRun(`${this.label} `), new SequenceField(this.label, this.number), new TextRun(`. ${this.text}`)],
    }).prepForXml(context);
  }
}

/** A figure's caption, centred under its image. */
export function figureCaption(context: DocumentContext, text: string): CaptionBlock {
  return new CaptionBlock(context, 'figure', text, { alignment: AlignmentType.CENTER, keepNext: false });
}

/**
 * A table's caption, set above it as Spanish administrative documents title their tables, and
 * kept on the page of the table's first rows. Give it to the table (`dataTable`'s `caption`), or
 * place it just before a table made otherwise.
 */
export function tableCaption(context: DocumentContext, text: string): CaptionBlock {
  return new CaptionBlock(context, 'table', text, { alignment: AlignmentType.LEFT, keepNext: true, spacing: { before: 200, after: 80 } });
}

/**
 * `SEQ <identifier>` with its result written: begin, instruction, separate, the number, end, in one
 * run as docx's own SequentialIdentifier writes them (which leaves the result empty). When docx
 * also numbers the sequences (a document given page numbers) it replaces this result with the
 * same number.
 */
class SequenceField extends Run {
  constructor(identifier: string, number: number) {
    super({});
    const preserve = { _attr: { 'xml:space': 'preserve' } };
    const fieldChar = (type: 'begin' | 'separate' | 'end') => ({ 'w:fldChar': { _attr: { 'w:fldCharType': type } } });
    for (const node of [
      fieldChar('begin'),
      { 'w:instrText': [preserve, `SEQ ${identifier}`] },
      fieldChar('separate'),
      { 'w:t': [preserve, String(number)] },
      fieldChar('end'),
    ]) {
      this.root.push(new Written(node));
    }
  }
}

/** An element given as docx serialises it. */
class Written extends BaseXmlComponent {
  constructor(private readonly node: IXmlableObject) {
    super(Object.keys(node)[0] ?? '');
  }

  override prepForXml(): IXmlableObject {
    return this.node;
  }
}
