import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx';

/**
 * How much laying out is worth doing to number the contents, in units of about a millisecond of
 * docx's layout: a table cell is one unit, and so are 20 characters of text. docx's layout module
 * lays pages out as Word does, thoroughly and slowly, and its cost follows the text it sets and
 * the cells it sizes, not the paragraphs (the 700 empty month cells of the sample's timeline cost
 * as much as 14,000 characters of text). Measured per chapter on this project's 2-core machine
 * (CPU time, which varies less than the clock on a shared machine): about 1 ms per unit, so
 * - the sample plan (55 pages, charts included) is 6,300 units: laid out whole, its export takes
 *   3.6–4.4 s on a quiet machine and up to 25 s on a busy one, against 0.15 s without numbers;
 * - the part before its annexes is 5,000 units;
 * - a plan of 5,000 accounts and 2,000 tactics runs past the budget in its strategy chapter:
 *   nothing is laid out, and counting stops as soon as the budget is passed.
 * The budget numbers a typical plan, not a huge one: beyond it Word numbers the contents itself.
 */
export const LAYOUT_BUDGET = 8_000;

/** Characters of text that cost as much to lay out as a table cell. */
const CHARACTERS_PER_UNIT = 20;

/** A body as docx formats it for writing: `{ "w:body": [{ "w:p": [...] }, { "w:tbl": [...] }, …, { "w:sectPr": [...] }] }`. */
type XmlNode = Record<string, unknown>;

/** Where the document's annexes start: they follow this many chapters, each opened by a Heading 1. */
export interface DocumentShape {
  chapters: number;
}

/**
 * The page-number estimator, kept within a budget. The annexes close the document, each starting
 * on a page of its own, so the page of every heading of the chapters and of the first annex is
 * known once the document is laid out up to the first annex's heading; its long tables need not
 * be laid out at all:
 * - a document within the budget is laid out whole, and its page count written too;
 * - otherwise, if what comes before the annexes is within the budget, only that is laid out:
 *   the contents get their page numbers (but for the annexes after the first), the page count
 *   is left for Word to fill in;
 * - otherwise nothing is laid out, and Word fills in every number when it refreshes the fields.
 * (Word refreshes them on opening anyway: the document asks it to. These numbers are for readers
 * that show fields as written.)
 */
export function boundedEstimator(estimate: PageNumberEstimator, shape: DocumentShape, budget: number = LAYOUT_BUDGET): PageNumberEstimator {
  const bounded = (body: unknown, context: Parameters<PageNumberEstimator>[1]): EstimatedPageNumbers => {
    const whole = body as Parameters<PageNumberEstimator>[0];
    if (!exceeds(whole, budget)) return estimate(whole, context);
    const beforeAnnexes = throughFirstAnnexHeading(whole as XmlNode, shape.chapters);
    if (!beforeAnnexes || exceeds(beforeAnnexes, budget)) return { bookmarks: new Map() };
    const { bookmarks, bookmarkPageNumbers } = estimate(beforeAnnexes as Parameters<PageNumberEstimator>[0], context);
    return bookmarkPageNumbers ? { bookmarks, bookmarkPageNumbers } : { bookmarks };
  };
  // Without `listNumbers`: the headings carry their numbers in their text (see outline.ts), and
  // working out list numbers reads the whole body, annexes included.
  return bounded as PageNumberEstimator;
}

/** Whether laying out the tree costs more than `limit` units; stops counting as soon as it does. */
function exceeds(tree: unknown, limit: number): boolean {
  let cells = 0;
  let characters = 0;
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') {
      characters += node.length;
      if (cells + characters / CHARACTERS_PER_UNIT > limit) return true;
    } else if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'w:tc' && ++cells + characters / CHARACTERS_PER_UNIT > limit) return true;
        if (key !== '_attr') stack.push(value);
      }
    }
  }
  return false;
}

const childrenOf = (node: unknown): unknown[] => {
  if (typeof node !== 'object' || node === null) return [];
  const [value] = Object.values(node);
  return Array.isArray(value) ? value : [];
};
const nameOf = (node: unknown): string | undefined => (typeof node === 'object' && node !== null ? Object.keys(node)[0] : undefined);
const propertiesOf = (paragraph: unknown): unknown[] => childrenOf(childrenOf(paragraph).find((child) => nameOf(child) === 'w:pPr'));

/** A paragraph that ends a section carries that section's properties (`w:pPr/w:sectPr`). */
function sectionPropertiesIn(node: unknown): unknown {
  return nameOf(node) === 'w:p' ? propertiesOf(node).find((part) => nameOf(part) === 'w:sectPr') : undefined;
}

function isHeading1(node: unknown): boolean {
  return (
    nameOf(node) === 'w:p' &&
    propertiesOf(node).some((part) => nameOf(part) === 'w:pStyle' && (part as { 'w:pStyle': { _attr?: { 'w:val'?: string } } })['w:pStyle']._attr?.['w:val'] === 'Heading1')
  );
}

/**
 * The body cut after the first annex's heading (the Heading 1 after the chapters'), closed by the
 * properties of the section that heading is in, so it is laid out on its own kind of page; null
 * when there is no annex.
 */
function throughFirstAnnexHeading(body: XmlNode, chapters: number): XmlNode | null {
  const blocks = childrenOf(body);
  let seen = 0;
  const cut = blocks.findIndex((block) => isHeading1(block) && ++seen > chapters);
  if (cut < 0) return null;
  const sectionEnd = blocks.slice(cut).find((block) => sectionPropertiesIn(block) !== undefined);
  const properties = sectionEnd ? sectionPropertiesIn(sectionEnd) : blocks[blocks.length - 1];
  if (nameOf(properties) !== 'w:sectPr') return null;
  return { 'w:body': [...blocks.slice(0, cut + 1), properties] };
}
