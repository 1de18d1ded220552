import { Document, Packer } from 'docx';
import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../shared/docx/blocks';
import { createContext } from '../../../shared/docx/context';
import { composeBody, type Chapter } from '../../../shared/docx/outline';
import { paragraphs, part, readDocxParts } from './docx-reader';
import { planData } from './plan-data';

const chapter = (title: string, body: Chapter['body']): Chapter => ({ title: () => title, body });

async function headingsOf(chapters: Chapter[]): Promise<string[]> {
  const blocks = composeBody(createContext(planData(), { lang: 'es' }), [], chapters);
  const bytes = await Packer.pack(new Document({ sections: [{ children: blocks }] }), 'uint8array');
  return paragraphs(part(await readDocxParts(bytes), 'word/document.xml'))
    .filter((p) => p.style?.startsWith('Heading'))
    .map((p) => `${p.style}: ${p.text}`);
}

describe('composeBody', () => {
  it('leaves out chapters with nothing to say, without a heading, and closes up the numbers', async () => {
    expect(
      await headingsOf([
        chapter('Vacío', () => null),
        chapter('Cuentas', (_, numbering) => [numbering.section('Inventario'), numbering.subsection('Activas'), numbering.subsection('Inactivas'), numbering.section('Mapa')]),
        chapter('También vacío', () => []),
        chapter('Objetivos', () => [paragraph('Aún no hay objetivos.')]),
      ]),
    ).toEqual([
      'Heading1: 1. Cuentas',
      'Heading2: 1.1. Inventario',
      'Heading3: 1.1.1. Activas',
      'Heading3: 1.1.2. Inactivas',
      'Heading2: 1.2. Mapa',
      'Heading1: 2. Objetivos',
    ]);
  });
});
