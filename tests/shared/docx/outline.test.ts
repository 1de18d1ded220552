import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../shared/docx/blocks';
import { createContext } from '../../../shared/docx/context';
import { composeDocument, romanNumeral, type Part } from '../../../shared/docx/outline';
import { ANNEXES, CHAPTERS } from '../../../shared/docx/sections';
import { DOCUMENT_PARTS, type DocumentPart, type EmptyParts } from '../../../shared/model/document';
import { paragraphs, part, readDocxParts } from './docx-reader';
import { planData } from './plan-data';

/** A part made for the test: `body` when it has data, `note` (or none) when it has not. */
function testPart(key: DocumentPart, title: string, body: Part['body'] | null, note: string | null = `Sin datos: ${title}`, orientation?: Part['orientation']): Part {
  return {
    part: key,
    title: () => title,
    hasData: () => body !== null,
    body: (context, numbering) => body!(context, numbering),
    emptyNote: () => (note === null ? null : [paragraph(note)]),
    ...(orientation ? { orientation } : {}),
  };
}

const chapters: Part[] = [
  testPart('presentation', 'Vacío', null),
  testPart('framework', 'Cuentas', (_, numbering) => [numbering.section('Inventario'), numbering.subsection('Activas'), numbering.subsection('Inactivas'), numbering.section('Mapa')]),
  testPart('situation', 'Sin nota', null, null),
  testPart('swot', 'Cronograma', () => [paragraph('Tabla ancha')], null, 'landscape'),
  testPart('objectives', 'Objetivos', () => [paragraph('Aún no hay objetivos.')]),
];
const annexes: Part[] = [testPart('inventoryAnnex', 'Inventario', () => [paragraph('Cuentas')], null, 'landscape'), testPart('glossary', 'Glosario', () => [paragraph('Términos')])];

async function written(excludedParts: DocumentPart[] = [], emptyParts: EmptyParts = 'note') {
  const context = createContext(planData(), { lang: 'es', excludedParts, emptyParts });
  const composed = composeDocument(context, [], chapters, annexes);
  const bytes = await Packer.pack(new Document({ sections: composed.sections.map((section) => ({ children: section.blocks })) }), 'uint8array');
  const headings = paragraphs(part(await readDocxParts(bytes), 'word/document.xml'))
    .filter((p) => p.style?.startsWith('Heading'))
    .map((p) => `${p.style}: ${p.text}`);
  return { composed, headings };
}

describe('composeDocument', () => {
  it('numbers the chapters that are in, notes included, and the annexes I, II…, closing up the numbers', async () => {
    const { composed, headings } = await written();
    expect(headings).toEqual([
      'Heading1: 1. Vacío',
      'Heading1: 2. Cuentas',
      'Heading2: 2.1. Inventario',
      'Heading3: 2.1.1. Activas',
      'Heading3: 2.1.2. Inactivas',
      'Heading2: 2.2. Mapa',
      'Heading1: 3. Cronograma',
      'Heading1: 4. Objetivos',
      'Heading1: Anexo I. Inventario',
      'Heading1: Anexo II. Glosario',
    ]);
    // The headings it records are the document's, level for level.
    expect(composed.headings.map(({ level, text }) => `Heading${level}: ${text}`)).toEqual(headings);
    expect(composed.chapterCount).toBe(4);
    expect(composed.parts).toEqual([
      { part: 'presentation', title: 'Vacío', hasData: false, included: true },
      { part: 'framework', title: 'Cuentas', hasData: true, included: true },
      { part: 'situation', title: 'Sin nota', hasData: false, included: false },
      { part: 'swot', title: 'Cronograma', hasData: true, included: true },
      { part: 'objectives', title: 'Objetivos', hasData: true, included: true },
      { part: 'inventoryAnnex', title: 'Inventario', hasData: true, included: true },
      { part: 'glossary', title: 'Glosario', hasData: true, included: true },
    ]);
  });

  it('starts a section where the orientation changes, and sets a note in portrait', async () => {
    const { composed } = await written();
    expect(composed.sections.map((section) => `${section.orientation}:${section.blocks.length}`)).toEqual([
      'portrait:7', // 1 (heading and note), 2 (its heading and four more)
      'landscape:2', // 3
      'portrait:2', // 4
      'landscape:2', // annex I
      'portrait:2', // annex II
    ]);
  });

  it('leaves out what the export leaves out, and parts without data when it asks to omit them', async () => {
    const left = await written(['framework', 'inventoryAnnex']);
    expect(left.headings).toEqual(['Heading1: 1. Vacío', 'Heading1: 2. Cronograma', 'Heading1: 3. Objetivos', 'Heading1: Anexo I. Glosario']);
    expect(left.composed.parts.filter((entry) => !entry.included).map((entry) => entry.part)).toEqual(['framework', 'situation', 'inventoryAnnex']);
    const omitted = await written([], 'omit');
    expect(omitted.headings.filter((heading) => heading.startsWith('Heading1'))).toEqual([
      'Heading1: 1. Cuentas',
      'Heading1: 2. Cronograma',
      'Heading1: 3. Objetivos',
      'Heading1: Anexo I. Inventario',
      'Heading1: Anexo II. Glosario',
    ]);
  });

  it('composes only the outline for the preview: the same headings, no blocks', () => {
    const context = createContext(planData(), { lang: 'es' });
    const outline = composeDocument(context, [() => [paragraph('Portada')]], chapters, annexes, 'outline');
    const document = composeDocument(context, [() => [paragraph('Portada')]], chapters, annexes);
    expect(outline.sections).toEqual([]);
    expect(outline.headings).toEqual(document.headings);
    expect(outline.parts).toEqual(document.parts);
  });
});

describe('the parts of the plan document', () => {
  it('are every part a planner may leave out, once each, in the order of the model', () => {
    expect([...CHAPTERS, ...ANNEXES].map((entry) => entry.part)).toEqual([...DOCUMENT_PARTS]);
  });
});

describe('romanNumeral', () => {
  it('writes annex numbers as administrative documents do', () => {
    expect([1, 2, 3, 4, 5, 9, 14, 40, 90, 1999].map(romanNumeral)).toEqual(['I', 'II', 'III', 'IV', 'V', 'IX', 'XIV', 'XL', 'XC', 'MCMXCIX']);
  });
});
