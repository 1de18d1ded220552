import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx';
import { describe, expect, it } from 'vitest';
import { LAYOUT_BUDGET, boundedEstimator } from '../../../shared/docx/page-estimate';
import { buildPlanDocument } from '../../../shared/docx';
import { pageFramePart, part, readDocxParts, visibleText } from './docx-reader';
import { accountRecord, planData, testId } from './plan-data';

/** Bodies as docx formats them: paragraphs, a table of paragraphs, the paragraph closing a section, the last section. */
const p = (text: string) => ({ 'w:p': [{ 'w:r': [{ 'w:t': [text] }] }] });
const table = (cells: number) => ({ 'w:tbl': [{ 'w:tr': Array.from({ length: cells }, (_, i) => ({ 'w:tc': [p(`c${i}`)] })) }] });
const sectionEnd = { 'w:p': [{ 'w:pPr': [{ 'w:sectPr': [{ 'w:pgSz': { _attr: { 'w:orient': 'portrait' } } }] }] }] };
const lastSection = { 'w:sectPr': [{ 'w:pgSz': { _attr: { 'w:orient': 'landscape' } } }] };
const body = (...blocks: object[]) => ({ 'w:body': blocks });

/** An estimator that records the body it was asked to lay out and answers with a page count. */
function recording() {
  const seen: unknown[] = [];
  const estimate = ((laidOut: unknown): EstimatedPageNumbers => {
    seen.push(laidOut);
    return { bookmarks: new Map([['_Toc1', '4']]), bookmarkPageNumbers: new Map([['_Toc1', 4]]), pageCount: 9 };
  }) as unknown as PageNumberEstimator;
  return { estimate, seen };
}
const run = (estimator: PageNumberEstimator, laidOut: object) => estimator(laidOut as Parameters<PageNumberEstimator>[0], {} as Parameters<PageNumberEstimator>[1]);

describe('boundedEstimator', () => {
  it('lays out a document within the budget whole, page count included', () => {
    const { estimate, seen } = recording();
    const whole = body(p('a'), table(3), sectionEnd, p('Anexo'), table(3), lastSection);
    expect(run(boundedEstimator(estimate, 10), whole)).toEqual({ bookmarks: new Map([['_Toc1', '4']]), bookmarkPageNumbers: new Map([['_Toc1', 4]]), pageCount: 9 });
    expect(seen).toEqual([whole]);
  });

  it('lays out only what comes before the annexes, through the first annex heading, and leaves the page count to Word', () => {
    const { estimate, seen } = recording();
    const front = [p('a'), table(3), sectionEnd, p('Anexo')];
    const result = run(boundedEstimator(estimate, 10), body(...front, table(50), p('más'), lastSection));
    expect(seen).toEqual([body(...front, lastSection)]);
    expect(result).toEqual({ bookmarks: new Map([['_Toc1', '4']]), bookmarkPageNumbers: new Map([['_Toc1', 4]]) });
    expect(result.pageCount).toBeUndefined();
  });

  it('lays out nothing when even the part before the annexes is over the budget, or there is no annex to leave out', () => {
    const { estimate, seen } = recording();
    expect(run(boundedEstimator(estimate, 10), body(table(20), sectionEnd, p('Anexo'), lastSection))).toEqual({ bookmarks: new Map() });
    expect(run(boundedEstimator(estimate, 10), body(table(20), lastSection))).toEqual({ bookmarks: new Map() });
    expect(seen).toEqual([]);
  });
});

describe('page numbers of a real document', () => {
  it('are written for a plan with a small inventory: the contents and the page count', async () => {
    const data = planData({ inventory: { accounts: [accountRecord()] }, counts: { units: 0, accounts: 1 } });
    const parts = await readDocxParts(await buildPlanDocument(data, { lang: 'es' }));
    const numbers = pageNumbersOfContents(part(parts, 'word/document.xml'));
    expect(numbers.length).toBeGreaterThan(5);
    expect(numbers.at(-1)).not.toBe(numbers[0]); // the annex is on a later page than chapter 1
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/de \d+$/);
  });

  it('are written for the contents alone when the annex is long, the page count being left to Word', async () => {
    const accounts = Array.from({ length: 60 }, (_, index) => accountRecord({ handle: `@cuenta_${index}` }));
    const parts = await readDocxParts(await buildPlanDocument(planData({ inventory: { accounts }, counts: { accounts: accounts.length } }), { lang: 'es' }));
    expect(pageNumbersOfContents(part(parts, 'word/document.xml')).length).toBeGreaterThan(5);
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/de $/);
  }, 60_000);

  it('are all left to Word when the chapters themselves are long', async () => {
    const units = Array.from({ length: 150 }, (_, index) => ({ id: testId(), parentId: null, name: `Servicio ${index}`, kind: 'administrative' as const, position: index, responsibleId: null, contact: '' }));
    const accounts = units.map((unit) => accountRecord({ handle: `@${unit.name}`, unitId: unit.id }));
    expect(LAYOUT_BUDGET).toBeLessThan(units.length * 3);
    const parts = await readDocxParts(await buildPlanDocument(planData({ inventory: { units, accounts }, counts: { units: units.length, accounts: accounts.length } }), { lang: 'es' }));
    expect(pageNumbersOfContents(part(parts, 'word/document.xml'))).toEqual([]);
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/de $/);
  }, 60_000);
});

function pageNumbersOfContents(documentXml: string): string[] {
  return [...documentXml.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g)].map((m) => m[1]!);
}
