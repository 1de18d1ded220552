import type { EstimatedPageNumbers, PageNumberEstimator } from 'docx';
import { describe, expect, it } from 'vitest';
import { LAYOUT_BUDGET, boundedEstimator } from '../../../shared/docx/page-estimate';
import { buildPlanDocument } from '../../../shared/docx';
import { pageFramePart, part, readDocxParts, visibleText } from './docx-reader';
import { accountRecord, planData, testId } from './plan-data';

/** Bodies as docx formats them: headings, paragraphs, a table of paragraphs, the paragraph closing a section, the last section. */
const p = (text: string) => ({ 'w:p': [{ 'w:r': [{ 'w:t': [text] }] }] });
const h1 = (text: string) => ({ 'w:p': [{ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': 'Heading1' } } }] }, { 'w:r': [{ 'w:t': [text] }] }] });
const table = (cells: number) => ({ 'w:tbl': [{ 'w:tr': Array.from({ length: cells }, (_, i) => ({ 'w:tc': [p(`c${i}`)] })) }] });
const sectPr = (orientation: string) => ({ 'w:sectPr': [{ 'w:pgSz': { _attr: { 'w:orient': orientation } } }] });
const sectionEnd = (orientation: string) => ({ 'w:p': [{ 'w:pPr': [sectPr(orientation)] }] });
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
    const whole = body(h1('1. Uno'), table(3), sectionEnd('portrait'), h1('Anexo I'), table(3), sectPr('landscape'));
    expect(run(boundedEstimator(estimate, { chapters: 1 }, 10), whole)).toEqual({ bookmarks: new Map([['_Toc1', '4']]), bookmarkPageNumbers: new Map([['_Toc1', 4]]), pageCount: 9 });
    expect(seen).toEqual([whole]);
  });

  it('lays out only what comes before the annexes, through the first annex heading, and leaves the page count to Word', () => {
    const { estimate, seen } = recording();
    const front = [h1('1. Uno'), table(3), h1('2. Dos'), sectionEnd('landscape'), p('otra vez vertical')];
    const result = run(boundedEstimator(estimate, { chapters: 2 }, 10), body(...front, h1('Anexo I'), table(50), sectionEnd('portrait'), h1('Anexo II'), p('más'), sectPr('landscape')));
    // Cut after the annex heading, closed by the properties of that annex's own section.
    expect(seen).toEqual([body(...front, h1('Anexo I'), sectPr('portrait'))]);
    expect(result).toEqual({ bookmarks: new Map([['_Toc1', '4']]), bookmarkPageNumbers: new Map([['_Toc1', 4]]) });
    expect(result.pageCount).toBeUndefined();
  });

  it('counts a table cell, or 20 characters of text, as a unit of layout', () => {
    const { estimate, seen } = recording();
    const annex = [h1('Anexo'), table(40), sectPr('portrait')];
    run(boundedEstimator(estimate, { chapters: 0 }, 20), body(...annex)); // 40 cells: over
    run(boundedEstimator(estimate, { chapters: 0 }, 20), body(p('x'.repeat(400)), ...annex)); // 20 units of text: over
    run(boundedEstimator(estimate, { chapters: 0 }, 20), body(p('x'.repeat(380)), ...annex)); // 19 units and a few characters: within
    expect(seen).toEqual([body(h1('Anexo'), sectPr('portrait')), body(p('x'.repeat(380)), h1('Anexo'), sectPr('portrait'))]);
  });

  it('lays out nothing when even the part before the annexes is over the budget, or there is no annex to leave out', () => {
    const { estimate, seen } = recording();
    expect(run(boundedEstimator(estimate, { chapters: 1 }, 10), body(h1('1. Uno'), table(20), sectionEnd('portrait'), h1('Anexo'), sectPr('landscape')))).toEqual({ bookmarks: new Map() });
    expect(run(boundedEstimator(estimate, { chapters: 1 }, 10), body(h1('1. Uno'), table(20), sectPr('landscape')))).toEqual({ bookmarks: new Map() });
    expect(seen).toEqual([]);
  });
});

describe('page numbers of a real document', () => {
  it('are written for a plan with a small inventory: the contents and the page count', async () => {
    const data = planData({ inventory: { accounts: [accountRecord()] }, counts: { units: 0, accounts: 1 } });
    const parts = await readDocxParts(await buildPlanDocument(data, { lang: 'es' }));
    const numbers = pageNumbersOfContents(part(parts, 'word/document.xml'));
    // Every chapter (each says it has no data yet, but for the presentation and the situation), and both annexes.
    expect(numbers).toHaveLength(headingsOf(part(parts, 'word/document.xml')));
    expect(Number(numbers.at(-1))).toBeGreaterThan(Number(numbers[0])); // the glossary is on a later page than chapter 1
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/de \d+$/);
  }, 60_000);

  it('are written for the contents alone when the annex is long, the page count being left to Word', async () => {
    // About 14 units of layout an account in the annex: 700 accounts are past the budget, the chapters are not.
    const accounts = Array.from({ length: 700 }, (_, index) => accountRecord({ handle: `@cuenta_${index}` }));
    expect(accounts.length * 14).toBeGreaterThan(LAYOUT_BUDGET);
    const documentXml = part(await readDocxParts(await buildPlanDocument(planData({ inventory: { accounts } }), { lang: 'es' })), 'word/document.xml');
    const numbers = pageNumbersOfContents(documentXml);
    // All but the glossary's, which comes after the annex that was not laid out.
    expect(numbers).toHaveLength(headingsOf(documentXml) - 1);
    expect(documentXml).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/>/);
  }, 60_000);

  it('are all left to Word when the chapters themselves are long', async () => {
    // 400 tactics: 2,400 cells in the strategy's tables and 10,000 in the timeline.
    const line = testId();
    const tactics = Array.from({ length: 400 }, (_, index) => ({
      id: testId(), lineId: line, title: `Acción ${index}`, description: '', unitId: null, ownerId: null, startOn: '2026-02-01', endOn: '2026-06-30',
      hoursOnce: 1, hoursPerWeek: 0, roleId: null, otherCost: 0, status: 'planned' as const, position: index, accountIds: [],
    }));
    const data = planData({ action: { lines: [{ id: line, name: 'Línea', description: '', cameOptionId: null, position: 0, objectiveIds: [] }], tactics } });
    const parts = await readDocxParts(await buildPlanDocument(data, { lang: 'es' }));
    expect(pageNumbersOfContents(part(parts, 'word/document.xml'))).toEqual([]);
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/de $/);
  }, 60_000);
});

/** How many entries the contents has: the body's Heading 1–3 paragraphs. */
function headingsOf(documentXml: string): number {
  return [...documentXml.matchAll(/<w:pStyle w:val="Heading[123]"\/>/g)].length;
}

function pageNumbersOfContents(documentXml: string): string[] {
  return [...documentXml.matchAll(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g)].map((m) => m[1]!);
}
