import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument, type DocumentOptions, type PlanDocumentData } from '../../../shared/docx';
import { engineWithActionPlan } from './action-plan-fixture';
import { bodyBlocks, isCaptionOf, type BodyBlock } from './document-structure';
import { part, readDocxParts } from './docx-reader';
import { planData } from './plan-data';

/** Every table of the body with the block just before it, in order. */
function tablesWithWhatPrecedes(blocks: readonly BodyBlock[]): { table: BodyBlock; before: BodyBlock | undefined }[] {
  return blocks.flatMap((block, index) => (block.kind === 'tbl' ? [{ table: block, before: blocks[index - 1] }] : []));
}

/** The captions of the tables, checked to be one above each table: their texts, in order. */
function tableCaptions(blocks: readonly BodyBlock[], identifier: string): string[] {
  return tablesWithWhatPrecedes(blocks).map(({ before }) => {
    if (!before || !isCaptionOf(before, identifier)) throw new Error(`a table without a "${identifier}" caption above it, after: ${before?.xml.slice(0, 200) ?? 'nothing'}`);
    // Kept on the page of the table's first rows.
    expect(before.xml).toContain('<w:keepNext/>');
    return before.text;
  });
}

/** "Tabla 3. …" → 3, checking that the field's written result is that number too. */
function numbersOf(blocks: readonly BodyBlock[], identifier: string): number[] {
  return blocks.filter((block) => isCaptionOf(block, identifier)).map((caption) => {
    const shown = Number(new RegExp(`^${identifier} (\\d+)\\. `).exec(caption.text)?.[1]);
    const result = /<w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t><w:fldChar w:fldCharType="end"\/>/.exec(caption.xml)?.[1];
    expect(Number(result)).toBe(shown);
    return shown;
  });
}

const oneToN = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('table captions', () => {
  let data: PlanDocumentData;
  const blocksOf = async (options: Partial<DocumentOptions> = {}) =>
    bodyBlocks(part(await readDocxParts(await buildPlanDocument(data, { lang: 'es', estimatePageNumbers: false, ...options })), 'word/document.xml'));

  beforeAll(async () => {
    const { engine } = await engineWithActionPlan();
    await engine.call('documentVersion.create', { version: '0.1', issuedOn: '2026-02-01', author: 'Ana García', changes: 'Primera versión.' });
    const [inventory, action, document, institution, state] = await Promise.all([
      engine.call('inventory.get'),
      engine.call('action.get'),
      engine.call('document.get'),
      engine.call('institution.get'),
      engine.call('plan.state'),
    ]);
    data = planData({ meta: state.meta, institution, inventory, action, document });
  }, 60_000);

  it('puts a "Tabla N." caption with a SEQ Tabla field above every table, numbered 1…N in document order', async () => {
    const blocks = await blocksOf();
    const captions = tableCaptions(blocks, 'Tabla');
    expect(captions.length).toBeGreaterThan(15);
    expect(numbersOf(blocks, 'Tabla')).toEqual(oneToN(captions.length));
    expect(new Set(captions).size).toBe(captions.length);
    // One of each kind of table, front matter to annexes: the document control, the SWOT matrix, the timeline, an objective's KPIs, the glossary.
    expect(captions.slice(0, 2)).toEqual(['Tabla 1. Ficha del documento', 'Tabla 2. Historial de versiones del documento']);
    expect(captions).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Tabla \d+\. Matriz DAFO$/),
        expect.stringMatching(/^Tabla \d+\. Cronograma de las tácticas por línea estratégica$/),
        expect.stringMatching(/^Tabla \d+\. Indicadores del objetivo 1$/),
        expect.stringMatching(/^Tabla \d+\. Cuentas de Gabinete de Comunicación$/),
      ]),
    );
    expect(captions.at(-1)).toMatch(/^Tabla \d+\. Términos del glosario$/);
  });

  it('numbers the tables afresh when the export leaves a chapter out, with no gap', async () => {
    const all = tableCaptions(await blocksOf(), 'Tabla').map((caption) => caption.replace(/^Tabla \d+\. /, ''));
    const blocks = await blocksOf({ excludedParts: ['situation'] });
    const without = tableCaptions(blocks, 'Tabla');
    expect(numbersOf(blocks, 'Tabla')).toEqual(oneToN(without.length));
    const titles = without.map((caption) => caption.replace(/^Tabla \d+\. /, ''));
    const situation = ['Cuentas y seguidores por plataforma', 'Cuentas por unidad organizativa', 'Mapa de cuentas por unidad organizativa', 'Hallazgos de la auditoría de las cuentas'];
    expect(all).toEqual(expect.arrayContaining(situation));
    expect(titles).toEqual(all.filter((title) => !situation.includes(title)));
  });

  it('writes "Table N." with a SEQ Table field in an English document, apart from the figures', async () => {
    const blocks = await blocksOf({ lang: 'en' });
    const captions = tableCaptions(blocks, 'Table');
    expect(captions[0]).toBe('Table 1. Document control');
    expect(numbersOf(blocks, 'Table')).toEqual(oneToN(captions.length));
    expect(blocks.some((block) => block.kind === 'p' && block.text.startsWith('Tabla'))).toBe(false);
  });

  it('writes the same numbers when docx numbers the sequences too (a document given page numbers)', async () => {
    const blocks = bodyBlocks(part(await readDocxParts(await buildPlanDocument(planData(), { lang: 'es' })), 'word/document.xml'));
    const captions = tableCaptions(blocks, 'Tabla');
    expect(captions).toEqual(['Tabla 1. Ficha del documento', 'Tabla 2. Cifras clave del plan', 'Tabla 3. Datos de la institución', 'Tabla 4. Términos del glosario']);
    expect(numbersOf(blocks, 'Tabla')).toEqual(oneToN(4));
  });
});
