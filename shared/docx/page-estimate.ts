import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx';

/**
 * How many paragraphs (those in table cells included) are worth laying out to number the
 * contents. docx's layout module lays pages out as Word does, thoroughly and slowly; measured on
 * this project's 2-core machine (shared, so times vary 2×):
 * - a plan without inventory, 4 pages, ~50 paragraphs: 0.2–0.5 s;
 * - the sample plan up to its annex, 10 pages, ~270 paragraphs: 2–6 s, where writing the whole
 *   document without numbers takes 0.4–0.9 s;
 * - the whole sample plan, 16 pages, ~960 paragraphs (the landscape annex is the dearest): 7–10 s;
 * - a 5,000-account plan: minutes.
 * Numbering the contents is worth about a second, not a wait several times the export itself:
 * this budget covers the front matter and chapters of a plan with a small inventory.
 */
export const LAYOUT_BUDGET = 150;

/** A body as docx formats it for writing: `{ "w:body": [{ "w:p": [...] }, { "w:tbl": [...] }, …, { "w:sectPr": [...] }] }`. */
type XmlNode = Record<string, unknown>;

/**
 * The page-number estimator, kept within a budget. The annexes close the document, each starting
 * on a page of its own, so the page of every heading in the contents is known once the document
 * is laid out up to the first annex's heading; their long tables need not be laid out at all:
 * - a document within the budget is laid out whole, and its page count written too;
 * - otherwise, if what comes before the annexes is within the budget, only that is laid out:
 *   the contents get their page numbers, the page count is left for Word to fill in;
 * - otherwise nothing is laid out, and Word fills in every number when it refreshes the fields.
 * (Word refreshes them on opening anyway: the document asks it to. These numbers are for readers
 * that show fields as written.)
 */
export function boundedEstimator(estimate: PageNumberEstimator, budget: number = LAYOUT_BUDGET): PageNumberEstimator {
  const bounded = (body: unknown, context: Parameters<PageNumberEstimator>[1]): EstimatedPageNumbers => {
    const whole = body as Parameters<PageNumberEstimator>[0];
    if (!exceeds(whole, budget)) return estimate(whole, context);
    const beforeAnnexes = throughFirstAnnexHeading(whole as XmlNode);
    if (!beforeAnnexes || exceeds(beforeAnnexes, budget)) return { bookmarks: new Map() };
    const { bookmarks, bookmarkPageNumbers } = estimate(beforeAnnexes as Parameters<PageNumberEstimator>[0], context);
    return bookmarkPageNumbers ? { bookmarks, bookmarkPageNumbers } : { bookmarks };
  };
  // Without `listNumbers`: the headings carry their numbers in their text (see outline.ts), and
  // working out list numbers reads the whole body, annexes included.
  return bounded as PageNumberEstimator;
}

/** Whether the tree holds more than `limit` paragraphs; stops counting as soon as it does. */
function exceeds(tree: unknown, limit: number): boolean {
  let count = 0;
  const stack: unknown[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'w:p' && ++count > limit) return true;
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

/** A paragraph that ends a section carries that section's properties (`w:pPr/w:sectPr`). */
function endsSection(node: unknown): boolean {
  return nameOf(node) === 'w:p' && childrenOf(node).some((child) => nameOf(child) === 'w:pPr' && childrenOf(child).some((part) => nameOf(part) === 'w:sectPr'));
}

/**
 * The body cut after the first block of the second section (the first annex's heading), with the
 * last section's properties kept so that heading is laid out on its own (landscape) page; null
 * when the document has a single section.
 */
function throughFirstAnnexHeading(body: XmlNode): XmlNode | null {
  const blocks = childrenOf(body);
  const sectionEnd = blocks.findIndex(endsSection);
  const last = blocks[blocks.length - 1];
  if (sectionEnd < 0 || nameOf(last) !== 'w:sectPr') return null;
  return { 'w:body': [...blocks.slice(0, sectionEnd + 2), last] };
}
