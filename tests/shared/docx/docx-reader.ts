import JSZip from 'jszip';

/** The XML parts of a .docx (every part but media), by path inside the package. */
export async function readDocxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, entry] of Object.entries(zip.files)) {
    if (entry.dir || !/\.(xml|rels)$/.test(path)) continue;
    parts.set(path, await entry.async('string'));
  }
  return parts;
}

export function part(parts: Map<string, string>, path: string): string {
  const xml = parts.get(path);
  if (xml === undefined) throw new Error(`no part ${path}; parts: ${[...parts.keys()].join(', ')}`);
  return xml;
}

/** All parts whose path matches, e.g. every header. */
export function partsMatching(parts: Map<string, string>, pattern: RegExp): string[] {
  return [...parts.entries()].filter(([path]) => pattern.test(path)).map(([, xml]) => xml);
}

export interface WordParagraph {
  style: string | null;
  text: string;
  xml: string;
}

/** Each `w:p` of a part in document order, with its style id and its visible text. */
export function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(([paragraphXml]) => ({
    style: /<w:pStyle w:val="([^"]*)"/.exec(paragraphXml)?.[1] ?? null,
    text: visibleText(paragraphXml),
    xml: paragraphXml,
  }));
}

/** The text of the `w:t` elements, entities decoded, tabs and breaks as spaces. */
export function visibleText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br)\/>/g)].map(([, text]) => (text === undefined ? ' ' : decodeEntities(text))).join('');
}

export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (entity in named) return named[entity]!;
    return String.fromCodePoint(entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

/** The rows of each `w:tbl` of a part, as the visible text of their cells. */
export function tables(xml: string): string[][][] {
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map(([tableXml]) =>
    [...tableXml.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map(([rowXml]) =>
      [...rowXml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cellXml]) => visibleText(cellXml)),
    ),
  );
}

/** The raw XML of each table row, to check row properties. */
export function tableRowsXml(xml: string): string[] {
  return [...xml.matchAll(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g)].map(([rowXml]) => rowXml);
}

/**
 * The header or footer part the body's section uses for the first page or for the others,
 * found the way Word finds it: sectPr reference → relationship id → part.
 */
export function pageFramePart(parts: Map<string, string>, kind: 'header' | 'footer', page: 'first' | 'default'): string {
  const document = part(parts, 'word/document.xml');
  const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(document)?.[0] ?? '';
  const id = new RegExp(`<w:${kind}Reference w:type="${page}" r:id="([^"]+)"`).exec(sectPr)?.[1];
  const rels = part(parts, 'word/_rels/document.xml.rels');
  const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`no ${page} ${kind}`);
  return part(parts, `word/${target}`);
}
