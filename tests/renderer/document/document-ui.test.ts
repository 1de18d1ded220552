import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_PARTS, type DocumentPart, type DocumentVersion } from '../../../shared/model/document';
import { engineWithPlan } from '../../shared/helpers';
import { oneItemPerLine } from '../../../renderer/src/features/document/lines';
import { linesOf } from '../../../shared/model/text';
import { localIsoDate, suggestNextVersion } from '../../../renderer/src/features/document/versions';
import { partChoices, withPart, withoutEmptyParts } from '../../../renderer/src/features/export/parts';
import { nestHeadings, type OutlineNode } from '../../../renderer/src/features/export/outline';

const version = (n: number, label: string): DocumentVersion => ({ id: `v${n}`, version: label, issuedOn: '2026-01-01', author: '', changes: '', position: n });

describe('lists typed one item per line', () => {
  it('keeps one trimmed item per line whatever the spacing or line endings', () => {
    expect(oneItemPerLine('  Ley 19/2013 \r\n\r\n\tReglamento (UE) 2016/679\rLey 40/2015  \n\n')).toBe('Ley 19/2013\nReglamento (UE) 2016/679\nLey 40/2015');
    expect(linesOf(' \n \n')).toEqual([]);
  });

  it('is stable: normalising twice changes nothing, and no item is blank or padded', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'Ley 19/2013', ' ', '', '\t', '\r\n', '\n', '\r', 'ñ')).map((parts) => parts.join('')), (text) => {
        const once = oneItemPerLine(text);
        expect(oneItemPerLine(once)).toBe(once);
        for (const item of linesOf(text)) expect(item).toBe(item.trim());
        expect(linesOf(text).every((item) => item.length > 0)).toBe(true);
      }),
    );
  });
});

describe('the next version number', () => {
  it('starts from the plan version and then counts minor versions up', () => {
    expect(suggestNextVersion([], '0.1')).toBe('0.1');
    expect(suggestNextVersion([version(0, '0.1')], '0.1')).toBe('0.2');
    expect(suggestNextVersion([version(0, '1.9')], '0.1')).toBe('1.10');
  });

  it('follows the last row by position, not by list order', () => {
    expect(suggestNextVersion([version(1, '2.0'), version(0, '1.0')], '0.1')).toBe('2.1');
  });

  it('falls back to the plan version when the last label is not major.minor', () => {
    expect(suggestNextVersion([version(0, 'Borrador inicial')], '0.3')).toBe('0.3');
  });

  it('dates a version in local time as an ISO date', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('the parts of the export', () => {
  const preview = DOCUMENT_PARTS.map((part) => ({ part, title: part, included: true, hasData: part !== 'timeline' && part !== 'glossary' }));

  it('lists every part once, chapters before annexes, with what the preview says about data', () => {
    const { chapters, annexes } = partChoices(['swot'], preview);
    expect([...chapters, ...annexes].map((choice) => choice.part)).toEqual([...DOCUMENT_PARTS]);
    expect(annexes.map((choice) => choice.part)).toEqual(['inventoryAnnex', 'glossary']);
    expect(chapters.find((choice) => choice.part === 'swot')?.included).toBe(false);
    expect(chapters.find((choice) => choice.part === 'timeline')?.hasData).toBe(false);
    expect(annexes.find((choice) => choice.part === 'glossary')?.hasData).toBe(false);
  });

  it('says nothing about data before the preview has answered', () => {
    const { chapters } = partChoices([], undefined);
    expect(chapters.every((choice) => choice.hasData === null && choice.included)).toBe(true);
  });

  it('keeps the excluded list in document order with no repeats, whatever the clicks', () => {
    const clicks = fc.array(fc.tuple(fc.constantFrom(...DOCUMENT_PARTS), fc.boolean()), { maxLength: 40 });
    fc.assert(
      fc.property(clicks, (sequence) => {
        let excluded: DocumentPart[] = [];
        const expected = new Set<DocumentPart>();
        for (const [part, included] of sequence) {
          excluded = withPart(excluded, part, included);
          if (included) expected.delete(part);
          else expected.add(part);
        }
        expect(excluded).toEqual(DOCUMENT_PARTS.filter((part) => expected.has(part)));
      }),
    );
  });

  it('leaves out the parts without data and keeps what was already left out', () => {
    expect(withoutEmptyParts(['swot'], preview)).toEqual(['swot', 'timeline', 'glossary']);
    expect(withoutEmptyParts(['swot'], undefined)).toEqual(['swot']);
  });
});

describe('the outline as nested lists', () => {
  const texts = (nodes: OutlineNode[]): unknown => nodes.map((node) => (node.children.length ? [node.text, texts(node.children)] : node.text));

  it('nests levels 1–3 as the table of contents does', () => {
    const tree = nestHeadings([
      { level: 1, text: '1. Ficha' },
      { level: 1, text: '2. Situación' },
      { level: 2, text: '2.1. Inventario' },
      { level: 3, text: '2.1.1. Por red' },
      { level: 2, text: '2.2. Hallazgos' },
      { level: 1, text: '3. DAFO' },
    ]);
    expect(texts(tree)).toEqual(['1. Ficha', ['2. Situación', [['2.1. Inventario', ['2.1.1. Por red']], '2.2. Hallazgos']], '3. DAFO']);
  });

  it('loses no heading when levels skip or the list starts deep', () => {
    const levels = fc.array(fc.constantFrom(1 as const, 2 as const, 3 as const), { maxLength: 60 });
    fc.assert(
      fc.property(levels, (sequence) => {
        const headings = sequence.map((level, index) => ({ level, text: `h${index}` }));
        const flat: string[] = [];
        const walk = (nodes: OutlineNode[]) => nodes.forEach((node) => (flat.push(node.text), walk(node.children)));
        walk(nestHeadings(headings));
        expect(flat).toEqual(headings.map((heading) => heading.text));
      }),
    );
  });
});

describe('the document control rows of the key-page preview', () => {
  it('shows the plan’s own data in the document language, one line per listed item', async () => {
    const { engine } = await engineWithPlan('Ayuntamiento de Villaficha');
    const unit = await engine.call('unit.create', { name: 'Gabinete de Comunicación', kind: 'administrative' });
    await engine.call('institution.update', { authors: ['Gabinete de Comunicación', 'Marta Gil'] });
    await engine.call('document.update', {
      owningUnitId: unit.id,
      approvedBy: 'Junta de Gobierno Local',
      approvedOn: '2026-03-02',
      legislation: 'Ley 19/2013\nLey Orgánica 3/2018',
    });
    const rows = async (lang: 'es' | 'en') => new Map((await engine.call('document.preview', { lang })).control.map((row) => [row.label, row.items]));
    const es = await rows('es');
    expect(es.get('Unidad responsable')).toEqual(['Gabinete de Comunicación']);
    expect(es.get('Aprobado por')).toEqual(['Junta de Gobierno Local']);
    expect(es.get('Fecha de aprobación')).toEqual(['2 de marzo de 2026']);
    expect(es.get('Normativa aplicable')).toEqual(['Ley 19/2013', 'Ley Orgánica 3/2018']);
    expect(es.get('Autoría')).toEqual(['Gabinete de Comunicación y Marta Gil']);
    // Not approved yet: what is missing is pending, as the document says.
    expect(es.get('Referencia de la aprobación')).toEqual(['Pendiente de aprobación']);
    expect(es.get('Tipo de documento')).toEqual(['Plan de presencia corporativa en redes sociales']);

    const en = await rows('en');
    expect(en.get('Date of approval')).toEqual(['2 March 2026']);
    expect(en.get('Next review')).toEqual(['Not specified']);
  });
});
