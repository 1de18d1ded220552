import { TableOfContents } from 'docx';
import { frontHeading } from '../blocks';
import type { DocumentContext } from '../context';
import type { Block } from '../outline';

/**
 * A Word table of contents over Heading 1–3, its entries linked to the headings. It is written
 * already filled in from the headings (so it is never empty), and the document asks Word to
 * refresh its fields on opening, which adds the page numbers.
 */
export function contents(context: DocumentContext): Block[] {
  const title = context.t('document.contents.title');
  return [frontHeading(title), new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-3' })];
}
