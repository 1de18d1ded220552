import { describe, expect, it } from 'vitest';
import { computeFindings } from '../../../shared/audit/findings';
import { buildPlanDocument } from '../../../shared/docx';
import type { Account, Platform } from '../../../shared/model/accounts';
import type { Inventory } from '../../../shared/model/inventory';
import type { OrgUnit } from '../../../shared/model/units';
import { decodeEntities, part, readDocxParts, visibleText } from './docx-reader';
import { bodyBlocks, emptyHeadings, rowCells, sections, type BodyBlock } from './document-structure';
import { accountRecord, planData, testId } from './plan-data';
import { xmlProblem } from './xml-wellformed';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/u;
const XML_BREAKER = '</w:t><w:p>Área & "Cía" <![CDATA[x]]> ]]>';

function unit(name: string, fields: Partial<OrgUnit> = {}): OrgUnit {
  return { id: testId(), parentId: null, name, kind: 'administrative', position: 0, responsibleId: null, contact: '', ...fields };
}

/** Document data for an inventory, with the findings the engine would compute for it. */
function withInventory(inventory: Partial<Inventory>, counts: { units: number; accounts: number } = { units: inventory.units?.length ?? 0, accounts: inventory.accounts?.length ?? 0 }) {
  const findings = computeFindings(inventory.accounts ?? [], inventory.units ?? [], { today: '2026-03-15', dormantAfterDays: 90 });
  return planData({ inventory: { findings, ...inventory }, counts: { ...counts, people: inventory.people?.length ?? 0, findings: findings.length } });
}

async function blocksOf(inventory: Partial<Inventory>, lang: 'es' | 'en' = 'es'): Promise<{ blocks: BodyBlock[]; xml: string; parts: Map<string, string> }> {
  const parts = await readDocxParts(await buildPlanDocument(withInventory(inventory), { lang, estimatePageNumbers: false }));
  for (const [path, xml] of parts) expect(xmlProblem(xml), path).toBeNull();
  const xml = part(parts, 'word/document.xml');
  return { blocks: bodyBlocks(xml), xml, parts };
}

const outline = (blocks: readonly BodyBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'p' && /^Heading\d$/.test(block.style ?? '') ? [block.text] : []));
const texts = (blocks: readonly BodyBlock[]) => blocks.flatMap((block) => (block.kind === 'p' ? [block.text] : []));
/** The situation chapter's headings (chapter 3, after the presentation and the framework) and the annexes'. */
const situationOutline = (blocks: readonly BodyBlock[]) => outline(blocks).filter((heading) => /^3\.|^An(ex|nex)o? /.test(heading));
type Table = Extract<BodyBlock, { kind: 'tbl' }>;
const tablesOf = (blocks: readonly BodyBlock[]) => blocks.filter((block): block is Table => block.kind === 'tbl');
/** The inventory annex's tables: those whose header starts with the network column. */
const annexTables = (blocks: readonly BodyBlock[]) => tablesOf(blocks).filter((table) => ['Red', 'Network'].includes(rowCells(table.rows[0]!)[0]!));

describe('the situation chapter with little or nothing to show', () => {
  it('says so in a line, and so does the annex (on a portrait page), while the plan has neither units nor accounts', async () => {
    const { blocks, xml } = await blocksOf({});
    expect(situationOutline(blocks)).toEqual(['3. Análisis de la situación', 'Anexo I. Inventario de cuentas por unidad', 'Anexo II. Glosario']);
    const after = (heading: string) => {
      const at = blocks.findIndex((block) => block.kind === 'p' && block.text === heading);
      return blocks[at + 1]!.kind === 'p' ? (blocks[at + 1] as { text: string }).text : '';
    };
    expect(after('3. Análisis de la situación')).toBe('El plan todavía no recoge unidades organizativas ni cuentas corporativas.');
    expect(after('Anexo I. Inventario de cuentas por unidad')).toBe('El inventario todavía no recoge ninguna cuenta corporativa.');
    expect(sections(xml)).toHaveLength(1);
    expect(xml).not.toContain('w:orient="landscape"');
  });

  it('is left out, with the annex, while the plan has neither units nor accounts and the export leaves out empty parts', async () => {
    const parts = await readDocxParts(await buildPlanDocument(withInventory({}), { lang: 'es', estimatePageNumbers: false, emptyParts: 'omit' }));
    const blocks = bodyBlocks(part(parts, 'word/document.xml'));
    expect(situationOutline(blocks)).toEqual(['Anexo I. Glosario']);
    expect(outline(blocks).filter((heading) => /^\d+\. /.test(heading))).toEqual(['1. Presentación y resumen ejecutivo']);
  });

  it('shows the organisation and says there are no accounts yet; no findings section, no annex', async () => {
    const area = unit('Área de Cultura', { kind: 'political' });
    const { blocks, xml } = await blocksOf({ units: [area, unit('Biblioteca', { parentId: area.id })] });
    expect(situationOutline(blocks)).toEqual([
      '3. Análisis de la situación',
      '3.1. Inventario de cuentas',
      '3.2. Mapa de cuentas',
      'Anexo I. Inventario de cuentas por unidad',
      'Anexo II. Glosario',
    ]);
    expect(texts(blocks)).toContain('El inventario todavía no recoge ninguna cuenta corporativa.');
    expect(tablesOf(blocks).flatMap((table) => table.rows.map(rowCells))).toContainEqual(['Unidades organizativas', '2']);
    const map = tablesOf(blocks).find((table) => rowCells(table.rows[0]!)[1] === 'Responsable')!;
    expect(map.rows.slice(1).map(rowCells)).toEqual([
      ['Área de Cultura Unidad política', 'Sin especificar', 'Ninguna'],
      ['Biblioteca Unidad administrativa; depende de Área de Cultura', 'Sin especificar', 'Ninguna'],
    ]);
    expect(sections(xml)).toHaveLength(1);
    expect(emptyHeadings(blocks)).toEqual([]);
  });

  it('leaves out the table by unit when no unit exists, and says so when the audit finds nothing', async () => {
    const { blocks } = await blocksOf({ accounts: [accountRecord({ handle: '@sola', unitId: null, status: 'proposed' })] });
    expect(situationOutline(blocks)).toEqual([
      '3. Análisis de la situación',
      '3.1. Inventario de cuentas',
      '3.1.1. Cuentas por red social',
      '3.2. Mapa de cuentas',
      '3.3. Hallazgos de la auditoría',
      'Anexo I. Inventario de cuentas por unidad',
      'Anexo II. Glosario',
    ]);
    // A proposed account with a purpose and no unit: only "no unit" applies.
    expect(texts(blocks)).toContain('La revisión del inventario a 15 de marzo de 2026 señala 1 tipo de problema:');
    expect(texts(blocks)).toContain('El inventario recoge 1 cuenta corporativa en 1 red social, que suman 100 seguidores. 1 cuenta no tiene unidad asignada.');
    expect(texts(blocks)).toContain('La única cuenta del inventario, bajo la unidad que la lleva. «2FA» indica si consta la verificación en dos pasos; «Gestores», las personas que llevan la cuenta.');
    expect(emptyHeadings(blocks)).toEqual([]);
  });

  it('says the audit finds nothing when every account is in order', async () => {
    const service = unit('Servicio de Deportes');
    const person = { id: testId(), name: 'Pablo Reyes', role: '', unitId: service.id, email: '', phone: '' };
    const { blocks } = await blocksOf({ units: [service], people: [person], accounts: [accountRecord({ unitId: service.id, peopleIds: [person.id] })] });
    expect(texts(blocks)).toContain('La revisión del inventario a 15 de marzo de 2026 no señala ningún problema.');
    expect(texts(blocks)).toContain('La auditoría del inventario no señala ningún problema.');
    expect(emptyHeadings(blocks)).toEqual([]);
  });

  it('keeps the map readable for a unit with many accounts, pointing to the annex for the rest', async () => {
    const service = unit('Servicio de Turismo');
    const accounts = Array.from({ length: 30 }, (_, index) => accountRecord({ handle: `@turismo_${index}`, unitId: service.id }));
    const { blocks } = await blocksOf({ units: [service], accounts });
    const map = blocks.find((block): block is Extract<BodyBlock, { kind: 'tbl' }> => block.kind === 'tbl' && rowCells(block.rows[0]!)[1] === 'Responsable')!;
    expect(rowCells(map.rows[1]!)[2]).toMatch(/\(Activa\)… y 18 cuentas más \(véase el anexo\)$/);
    const annexRows = annexTables(blocks).at(-1)!.rows;
    expect(annexRows).toHaveLength(31);
  });
});

describe('the inventory from a hostile or damaged file', () => {
  const loopA = unit(`${XML_BREAKER}\u0001\u202Eexe.pdf\uD800`);
  const loopB = unit('\uFFFEBucle', { parentId: loopA.id });
  loopA.parentId = loopB.id; // a cycle the engine would never write
  const orphanParent = unit('Huérfana', { parentId: testId() });
  const accounts: Account[] = [
    accountRecord({ handle: `@${XML_BREAKER}\u0007`, displayName: 'x'.repeat(100_000), unitId: loopA.id, notes: '\uDC00' }),
    accountRecord({ platform: 'myspace' as Platform, status: 'zombie' as Account['status'], purpose: 'propaganda' as Account['purpose'], handle: '@desconocida', unitId: orphanParent.id }),
    accountRecord({ handle: '@perdida', unitId: testId(), followers: Number.NaN, peopleIds: [testId()] }),
  ];

  it('writes a well-formed document with every account and unit, the text escaped and bounded', async () => {
    const { blocks, parts } = await blocksOf({ units: [loopA, loopB, orphanParent], accounts });
    for (const [path, xml] of parts) expect(FORBIDDEN.test(decodeEntities(xml)), path).toBe(false);
    const documentXml = part(parts, 'word/document.xml');
    expect(visibleText(documentXml)).toContain(XML_BREAKER);
    expect(documentXml.length).toBeLessThan(400_000);
    const tables = tablesOf(blocks);
    const annexRows = annexTables(blocks).flatMap((table) => table.rows.slice(1)).map(rowCells);
    expect(annexRows).toHaveLength(3);
    // Unknown codes read as words, never as raw codes.
    expect(annexRows).toContainEqual(['Otra', '@desconocida', 'Ayuntamiento', 'No consta', 'No consta', '100', '01/03/2026', 'Sí', 'Sin asignar']);
    // An account whose unit is missing goes with the accounts without a unit.
    const groups = blocks.filter((block) => block.kind === 'p' && block.style === 'AnnexGroup').map((block) => (block.kind === 'p' ? block.text : ''));
    expect(groups.at(-1)).toBe('Cuentas sin unidad asignada');
    expect(groups).toContain('Huérfana');
    expect(groups.some((group) => group.includes(XML_BREAKER))).toBe(true);
    for (const row of annexRows) for (const cell of row) expect(cell.length).toBeLessThanOrEqual(300);
    const map = tables.find((table) => rowCells(table.rows[0]!)[1] === 'Responsable')!;
    expect(map.rows.slice(1).map((row) => rowCells(row)[0]!.split(' Unidad')[0])).toEqual(
      expect.arrayContaining(['Huérfana', expect.stringContaining('Bucle'), expect.stringContaining(XML_BREAKER)]),
    );
  });
});

describe('the situation chapter in English', () => {
  it('uses the English catalog for its titles, columns and sentences', async () => {
    const service = unit('Servicio de Deportes');
    const { blocks, parts } = await blocksOf({ units: [service], accounts: [accountRecord({ unitId: service.id, twoFactor: false })] }, 'en');
    expect(situationOutline(blocks)).toEqual([
      '3. Situation analysis',
      '3.1. Account inventory',
      '3.1.1. Accounts by social network',
      '3.1.2. Accounts by unit',
      '3.2. Account map',
      '3.3. Audit findings',
      'Annex I. Account inventory by unit',
      'Annex II. Glossary',
    ]);
    const tables = annexTables(blocks);
    expect(rowCells(tables.at(-1)!.rows[0]!)).toEqual(['Network', 'Handle', 'Name', 'Status', 'Purpose', 'Followers', 'Last post', '2FA', 'Managers']);
    expect(rowCells(tables.at(-1)!.rows[1]!)).toEqual(['Facebook', 'villanueva', 'Ayuntamiento', 'Active', 'Informative', '100', '01/03/2026', 'No', 'Nobody assigned']);
    const text = [...parts.values()].map(visibleText).join('\n');
    for (const spanish of ['Análisis', 'Cuentas', 'Anexo', 'Unidad', 'Sin asignar', 'No consta', 'Hallazgo', 'Activa']) expect(text).not.toContain(spanish);
  });
});
