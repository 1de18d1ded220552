import { beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../../shared/model/inventory';
import { PlanEngine } from '../../../shared/engine/engine';
import { SAMPLE_ENGINE_SETTINGS, buildSamplePlan } from '../../../shared/sample';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';
import { LANDSCAPE_TEXT_WIDTH, TREE_INDENT } from '../../../shared/docx/styles';
import { MAP_ACCOUNTS_PER_UNIT } from '../../../shared/docx/sections/situation/account-map';
import { translate } from '../../../shared/i18n';
import { pageFramePart, part, readDocxParts, visibleText } from './docx-reader';
import { bodyBlocks, emptyHeadings, headingLevel, rowCells, sections, type BodyBlock } from './document-structure';
import { makePng } from './images';
import { xmlProblem } from './xml-wellformed';

type Table = Extract<BodyBlock, { kind: 'tbl' }>;

/** The tables that follow the heading whose text starts with `title`, up to the next heading of its level or above. */
function tablesUnder(blocks: readonly BodyBlock[], title: string): Table[] {
  const start = blocks.findIndex((block) => block.kind === 'p' && headingLevel(block) !== null && block.text.startsWith(title));
  if (start < 0) throw new Error(`no heading ${title}`);
  const level = headingLevel(blocks[start]!)!;
  const found: Table[] = [];
  for (const block of blocks.slice(start + 1)) {
    const next = headingLevel(block);
    if (next !== null && next <= level && block.kind === 'p' && block.style !== 'AnnexGroup') break;
    if (block.kind === 'tbl') found.push(block);
  }
  return found;
}

const header = (table: Table) => table.rows.filter((row) => row.includes('<w:tblHeader/>'));
const bodyRows = (table: Table) => table.rows.filter((row) => !row.includes('<w:tblHeader/>'));

describe('the situation chapter and the inventory annex of the sample plan', () => {
  let inventory: Inventory;
  let documentXml: string;
  let blocks: BodyBlock[];
  let parts: Map<string, string>;

  beforeAll(async () => {
    const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), ...SAMPLE_ENGINE_SETTINGS });
    await buildSamplePlan(engine, makePng(48, 48));
    inventory = await engine.call('inventory.get');
    parts = await readDocxParts(await engine.call('document.export'));
    documentXml = part(parts, 'word/document.xml');
    blocks = bodyBlocks(documentXml);
  }, 60_000);

  it('is well-formed and has the chapter after the presentation and the framework, then the action plan, then the annexes, in this order', () => {
    for (const [path, xml] of parts) expect(xmlProblem(xml), path).toBeNull();
    const outline = blocks.flatMap((block) => (block.kind === 'p' && /^(Heading\d|TOCHeading)$/.test(block.style ?? '') ? [`${block.style}: ${block.text}`] : []));
    const situationStart = outline.indexOf('Heading1: 3. Análisis de la situación');
    const situationEnd = outline.indexOf('Heading2: 3.3. Hallazgos de la auditoría');
    // The action plan's chapters come after (action-chapters.test.ts reads them).
    expect(outline[situationEnd + 1]).toBe('Heading1: 4. DAFO y estrategias CAME');
    expect(outline.slice(0, 2)).toEqual(['TOCHeading: Ficha del documento', 'TOCHeading: Índice']);
    expect(outline[situationStart - 1]).toBe('Heading1: 2. Marco estratégico y normativo');
    expect([...outline.slice(situationStart, situationEnd + 1), ...outline.slice(-2)]).toEqual([
      'Heading1: 3. Análisis de la situación',
      'Heading2: 3.1. Inventario de cuentas',
      'Heading3: 3.1.1. Cuentas por red social',
      'Heading3: 3.1.2. Cuentas por unidad',
      'Heading2: 3.2. Mapa de cuentas',
      'Heading2: 3.3. Hallazgos de la auditoría',
      'Heading1: Anexo I. Inventario de cuentas por unidad',
      'Heading1: Anexo II. Glosario',
    ]);
  });

  it('never leaves a heading without content', () => {
    expect(blocks.filter((block) => headingLevel(block) !== null).length).toBeGreaterThan(20);
    expect(emptyHeadings(blocks)).toEqual([]);
  });

  it('counts units and accounts among the key figures, and says what the audit found', () => {
    const [figures] = tablesUnder(blocks, '1.2.');
    const rows = bodyRows(figures!).map(rowCells);
    const active = inventory.accounts.filter((account) => account.status === 'active').length;
    expect(rows).toContainEqual(['Unidades organizativas', String(inventory.units.length)]);
    expect(rows).toContainEqual(['Cuentas corporativas', `60 (${active} activas)`]);
    expect(rows).toContainEqual(['Redes sociales en las que está presente', String(new Set(inventory.accounts.map((account) => account.platform)).size)]);
    const texts = blocks.flatMap((block) => (block.kind === 'p' ? [block.text] : []));
    expect(texts).toContain(`La auditoría del inventario señala ${inventory.findings.length} tipos de problema, que se detallan en el análisis de la situación.`);
  });

  it('counts accounts and followers per network, one row per network and a total', () => {
    const [table, ...others] = tablesUnder(blocks, '3.1.1.');
    expect(others).toEqual([]);
    const rows = bodyRows(table!).map(rowCells);
    const networks = new Set(inventory.accounts.map((account) => account.platform));
    expect(rows).toHaveLength(networks.size + 1);
    expect(rows.at(-1)).toEqual(['Total', '60', new Intl.NumberFormat('es-ES').format(inventory.accounts.reduce((sum, a) => sum + (a.followers ?? 0), 0))]);
    const facebook = inventory.accounts.filter((account) => account.platform === 'facebook');
    expect(rows).toContainEqual(['Facebook', String(facebook.length), new Intl.NumberFormat('es-ES').format(facebook.reduce((sum, a) => sum + (a.followers ?? 0), 0))]);
    // Most accounts first.
    const counts = rows.slice(0, -1).map((row) => Number(row[1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('counts accounts per unit in the order of the organisation chart, sub-units indented', () => {
    const [table] = tablesUnder(blocks, '3.1.2.');
    const rows = bodyRows(table!);
    expect(rows).toHaveLength(inventory.units.length + 1); // and the accounts without a unit
    expect(rows.slice(0, 4).map(rowCells)).toEqual([
      ['Alcaldía', '1', '21'],
      ['Gabinete de Comunicación', '11', '11'],
      ['Oficina de Atención a la Ciudadanía', '3', '3'],
      ['Policía Local', '4', '4'],
    ]);
    expect(rowCells(rows.at(-1)!)).toEqual(['Sin unidad asignada', '6', '6']);
    const library = rows.find((row) => rowCells(row)[0] === 'Biblioteca Municipal')!;
    expect(library).toContain(`<w:ind w:left="${2 * TREE_INDENT}"/>`); // Área de Cultura › Concejalía de Cultura › Biblioteca
    expect(rows[0]).not.toContain('<w:ind ');
  });

  it('maps every unit with its responsible person and its accounts, one paragraph per account, the unowned ones last', () => {
    const [table] = tablesUnder(blocks, '3.2.');
    const rows = bodyRows(table!);
    expect(rows).toHaveLength(inventory.units.length + 1);
    const cells = rows.map(rowCells);
    const teatro = cells.find((row) => row[0]!.startsWith('Teatro Municipal'))!;
    expect(teatro[0]).toBe('Teatro Municipal Unidad administrativa; depende de Concejalía de Cultura');
    expect(teatro[1]).toBe('Carmen Vidal Herrera');
    const teatroRow = rows.find((row) => rowCells(row)[0]!.startsWith('Teatro Municipal'))!;
    const accountCell = [...teatroRow.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)][2]![0];
    const items = [...accountCell.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(([p]) => visibleText(p));
    expect(items).toHaveLength(6);
    expect(items).toContain('Instagram @teatro_villanueva_ejemplo (Activa)');
    expect(items).toContain('TikTok @teatrovdr_ejemplo (Propuesta)');
    expect(cells.find((row) => row[0]!.startsWith('Concejalía de Bienestar Social'))).toEqual(['Concejalía de Bienestar Social Unidad política', 'Sin especificar', 'Ninguna']);
    expect(cells.at(-1)![0]).toBe('Sin unidad asignada');
    expect(cells.at(-1)![2]).toContain('Facebook fiestas.villanueva.ejemplo (Activa)');
    expect(MAP_ACCOUNTS_PER_UNIT).toBeGreaterThanOrEqual(11); // the sample's largest unit fits whole
  });

  it('lists each finding with its count, severity and what to do, most serious first', () => {
    const [table] = tablesUnder(blocks, '3.3.');
    const rows = bodyRows(table!).map(rowCells);
    expect(rows).toHaveLength(inventory.findings.length);
    for (const finding of inventory.findings) {
      const title = translate('es', `inventory.findings.${finding.code}.title`);
      const row = rows.find((cells) => cells[0]!.startsWith(title));
      expect(row, finding.code).toEqual([
        `${title} ${translate('es', `inventory.findings.${finding.code}.description`, { days: 90 })}`,
        translate('es', `inventory.severities.${finding.severity}`),
        String(finding.count),
        translate('es', `inventory.findings.${finding.code}.fix`),
      ]);
    }
    const severities = rows.map((row) => row[1]);
    expect(severities.indexOf('Baja')).toBeGreaterThan(severities.lastIndexOf('Alta'));
  });

  it('lists every account once in the annex, grouped under its unit, with the nine columns', () => {
    const tables = tablesUnder(blocks, 'Anexo I. Inventario de cuentas por unidad');
    const rows = tables.flatMap(bodyRows).map(rowCells);
    expect(rows).toHaveLength(inventory.accounts.length);
    expect(rows.map((row) => row[1]).sort()).toEqual(inventory.accounts.map((account) => account.handle).sort());
    for (const table of tables) {
      expect(header(table).map(rowCells)).toEqual([['Red', 'Usuario', 'Nombre', 'Estado', 'Finalidad', 'Seguidores', 'Última publicación', '2FA', 'Gestores']]);
      expect(table.rows[0]).toContain('<w:tblHeader/>');
      expect(table.rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
      expect(table.xml).toContain(`<w:tblW w:type="dxa" w:w="${LANDSCAPE_TEXT_WIDTH}"/>`);
    }
    const groups = blocks.filter((block) => block.kind === 'p' && block.style === 'AnnexGroup').map((block) => (block.kind === 'p' ? block.text : ''));
    const unitsWithAccounts = new Set(inventory.accounts.map((account) => account.unitId));
    expect(groups).toHaveLength(unitsWithAccounts.size);
    expect(groups).toContain('Área de Cultura y Turismo › Concejalía de Cultura › Biblioteca Municipal');
    expect(groups.at(-1)).toBe('Cuentas sin unidad asignada');
    expect(rows).toContainEqual(['Flickr', 'villanueva_ejemplo_fotos', 'Archivo fotográfico municipal', 'Inactiva', 'Informativa', '120', '14/06/2021', 'No consta', 'Sin asignar']);
    expect(rows).toContainEqual(['Facebook', 'ayto.villanueva.ejemplo', 'Ayuntamiento de Villanueva del Río', 'Activa', 'Informativa', '8420', 'No consta', 'Sí', 'Lucía Ferrer Ortega y Marcos Ibáñez Ruiz']);
  });

  it('puts the annex in a landscape section of its own, with its running header and footer drawn to the wider page', () => {
    // The chapters' section, the timeline's (landscape) and the chapters' after it, then the annex, then the glossary.
    const [main, , , annex, glossary, ...more] = sections(documentXml);
    expect(more).toEqual([]);
    expect(glossary).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(main).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(main).toContain('<w:titlePg/>');
    expect(annex).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(annex).not.toContain('<w:titlePg/>');
    // The annex section's blocks all come after the paragraph that closes the portrait section before it.
    const annexHeading = blocks.findIndex((block) => block.kind === 'p' && block.text === 'Anexo I. Inventario de cuentas por unidad' && block.style === 'Heading1');
    const closing = blocks.findLastIndex((block, index) => index < annexHeading && block.xml.includes('<w:sectPr>'));
    expect(annexHeading).toBe(closing + 1);
    const headerId = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(annex!)?.[1];
    const rels = part(parts, 'word/_rels/document.xml.rels');
    const headerXml = part(parts, `word/${new RegExp(`Id="${headerId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1]}`);
    expect(headerXml).toContain(`<w:tab w:val="right" w:pos="${LANDSCAPE_TEXT_WIDTH}"/>`);
    expect(headerXml).toContain('<w:tab w:val="clear"');
    expect(visibleText(headerXml)).toContain('BORRADOR');
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/^Versión 0\.1 Página/);
  });
});
