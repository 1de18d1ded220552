import { visibleText } from './docx-reader';

/** A top-level block of the body: a paragraph (with its style) or a table (with its rows' XML). */
export type BodyBlock = { kind: 'p'; style: string | null; text: string; xml: string } | { kind: 'tbl'; rows: string[]; xml: string };

/**
 * The body's blocks in order. Tables are taken whole (their cells' paragraphs are inside them),
 * and paragraphs of the contents' content control count as body paragraphs.
 */
export function bodyBlocks(documentXml: string): BodyBlock[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(documentXml)?.[1] ?? '';
  return [...body.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p\/>/g)].map(([xml]): BodyBlock =>
    xml.startsWith('<w:tbl>')
      ? { kind: 'tbl', rows: [...xml.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map(([row]) => row), xml }
      : { kind: 'p', style: /<w:pStyle w:val="([^"]*)"/.exec(xml)?.[1] ?? null, text: visibleText(xml), xml },
  );
}

/** The visible text of each cell of a table row. */
export function rowCells(rowXml: string): string[] {
  return [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => visibleText(cell));
}

/** Rank of a heading style for the "no empty heading" rule; null for text. AnnexGroup is a level-2 heading. */
export function headingLevel(block: BodyBlock): number | null {
  if (block.kind !== 'p' || block.style === null) return null;
  if (block.style === 'AnnexGroup') return 2;
  const match = /^Heading(\d)$/.exec(block.style);
  return match ? Number(match[1]) : null;
}

/**
 * Headings followed by nothing of their own: the next block is a heading of the same or a higher
 * level, or there is no next block. ("2.1" straight after "2." is fine; "2.1" straight after "2.1"'s
 * sibling is not.)
 */
export function emptyHeadings(blocks: readonly BodyBlock[]): string[] {
  const content = blocks.filter((block) => !(block.kind === 'p' && block.text.trim() === '' && !block.xml.includes('<w:drawing')));
  return content.flatMap((block, index) => {
    const level = headingLevel(block);
    if (level === null) return [];
    const next = content[index + 1];
    const nextLevel = next ? headingLevel(next) : 0;
    return nextLevel !== null && nextLevel <= level ? [block.kind === 'p' ? block.text : ''] : [];
  });
}

/** The section properties in order: those ending a section inside a paragraph, then the body's last. */
export function sections(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map(([xml]) => xml);
}

/** Whether a block is a caption numbered in the Word sequence `identifier` ("Figura", "Tabla", "Table"…). */
export function isCaptionOf(block: BodyBlock, identifier: string): block is Extract<BodyBlock, { kind: 'p' }> {
  return block.kind === 'p' && block.style === 'Caption' && block.xml.includes(`<w:instrText xml:space="preserve">SEQ ${identifier}</w:instrText>`);
}
