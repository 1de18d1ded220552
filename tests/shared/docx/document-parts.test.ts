import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument, previewPlanDocument, type DocumentOptions, type PlanDocumentData } from '../../../shared/docx';
import { GLOSSARY_TERMS } from '../../../shared/docx/sections/glossary';
import { MANAGERS_SHOWN } from '../../../shared/docx/sections/governance';
import { nextMeasurement } from '../../../shared/docx/sections/measurement';
import type { PlanEngine } from '../../../shared/engine/engine';
import { DOCUMENT_PARTS, type DocumentPart } from '../../../shared/model/document';
import { engineWithActionPlan } from './action-plan-fixture';
import { bodyBlocks, emptyHeadings, headingLevel, rowCells, sections, type BodyBlock } from './document-structure';
import { pageFramePart, part, partsMatching, readDocxParts, visibleText } from './docx-reader';
import { withStatus } from './engine-plan';
import { accountRecord, planData, testId } from './plan-data';
import { xmlProblem } from './xml-wellformed';

type Table = Extract<BodyBlock, { kind: 'tbl' }>;

/** The blocks after the heading whose text starts with `title`, up to the next heading of its level or above. */
function under(blocks: readonly BodyBlock[], title: string): BodyBlock[] {
  const start = blocks.findIndex((block) => block.kind === 'p' && headingLevel(block) !== null && block.style !== 'AnnexGroup' && block.text.startsWith(title));
  if (start < 0) throw new Error(`no heading ${title}`);
  const level = headingLevel(blocks[start]!)!;
  const end = blocks.findIndex((block, index) => index > start && block.kind === 'p' && block.style !== 'AnnexGroup' && (headingLevel(block) ?? 9) <= level);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}
const tablesOf = (blocks: readonly BodyBlock[]) => blocks.filter((block): block is Table => block.kind === 'tbl');
const textsOf = (blocks: readonly BodyBlock[]) => blocks.flatMap((block) => (block.kind === 'p' ? [block.text] : []));
const bodyRows = (table: Table) => table.rows.filter((row) => !row.includes('<w:tblHeader/>'));
const headings = (blocks: readonly BodyBlock[]) => blocks.flatMap((block) => (block.kind === 'p' && /^Heading[123]$/.test(block.style ?? '') ? [block.text] : []));
const chapterTitles = (blocks: readonly BodyBlock[]) => blocks.flatMap((block) => (block.kind === 'p' && block.style === 'Heading1' ? [block.text] : []));
/** Paragraphs that are items of a Word list (numbering properties, not typed bullets). */
const listItems = (blocks: readonly BodyBlock[]) => blocks.flatMap((block) => (block.kind === 'p' && block.xml.includes('<w:numPr>') ? [block.text] : []));
const cellParagraphs = (row: string, cell: number) =>
  [...[...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)][cell]![0].matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(([p]) => visibleText(p));

const PRESENTATION = [
  'El plan ordena la presencia de **Villanueva** en las redes, *con la ciudadanía en el centro*.',
  '',
  '- Coordinar las cuentas',
  '- Medir lo que se hace',
  '',
  'Más información en [la web municipal](https://www.villanueva.es/plan).',
].join('\n');

/** The action-plan fixture with everything this issue adds: control, versions, every text, custody and 2FA. */
async function completePlan(): Promise<PlanEngine> {
  const { engine } = await engineWithActionPlan();
  const { units, people, accounts } = await engine.call('inventory.get');
  const press = units.find((unit) => unit.name === 'Gabinete de Comunicación')!;
  const [ana, luis] = people;
  await engine.call('unit.update', { id: press.id, responsibleId: ana!.id });
  await engine.call('account.update', { id: accounts[0]!.id, credentialsHolderId: ana!.id, twoFactor: true, recoveryEmailCorporate: true, peopleIds: [ana!.id, luis!.id] });
  await engine.call('account.update', { id: accounts[1]!.id, twoFactor: false, peopleIds: [luis!.id] });
  await engine.call('account.create', { platform: 'instagram', handle: '@cerrada', status: 'closed', unitId: press.id });
  await engine.call('document.update', {
    documentType: 'Plan director de redes sociales',
    owningUnitId: press.id,
    approvedBy: 'Junta de Gobierno Local',
    relatedDocuments: 'Guía de estilo de redes sociales\n\n  Plan de comunicación 2026  ',
    legislation: 'Ley 19/2013, de transparencia\nLey Orgánica 3/2018, de protección de datos\nReal Decreto 1112/2018, de accesibilidad',
    nextReviewOn: '2027-01-15',
  });
  await engine.call('documentVersion.create', { version: '0.2', issuedOn: '2026-03-01', author: 'Luis Pérez', changes: 'Objetivos revisados.' });
  await engine.call('documentVersion.create', { version: '0.1', issuedOn: '2026-02-01', author: 'Ana García', changes: 'Primera versión del plan.' });
  await engine.call('planText.update', { key: 'presentation', body: PRESENTATION });
  await engine.call('planText.update', { key: 'framework', body: 'El plan desarrolla el **eje 3** del plan estratégico municipal.' });
  await engine.call('planText.update', { key: 'governance', body: 'El Gabinete de Comunicación autoriza la apertura y el cierre de cuentas.' });
  await engine.call('planText.update', { key: 'crisis', body: '1. Detectar\n2. Avisar al Gabinete\n3. Responder en menos de una hora' });
  await engine.call('planText.update', { key: 'measurement', body: 'Los datos se recogen cada mes y se informa cada trimestre.' });
  await engine.call('planText.update', { key: 'closing', body: 'El plan entra en vigor al día siguiente de su aprobación.' });
  return engine;
}

describe('the parts of a complete plan', () => {
  let engine: PlanEngine;
  let parts: Map<string, string>;
  let documentXml: string;
  let blocks: BodyBlock[];

  beforeAll(async () => {
    engine = await completePlan();
    parts = await readDocxParts(await engine.call('document.export', { lang: 'es' }));
    documentXml = part(parts, 'word/document.xml');
    blocks = bodyBlocks(documentXml);
  }, 60_000);

  it('is well-formed, has every chapter and annex in order, and no heading without content', () => {
    for (const [path, xml] of parts) expect(xmlProblem(xml), path).toBeNull();
    expect(chapterTitles(blocks)).toEqual([
      '1. Presentación y resumen ejecutivo',
      '2. Marco estratégico y normativo',
      '3. Análisis de la situación',
      '4. DAFO y estrategias CAME',
      '5. Objetivos e indicadores',
      '6. Estrategia y plan de acción',
      '7. Cronograma',
      '8. Organización y recursos',
      '9. Gobernanza',
      '10. Protocolo de crisis',
      '11. Medición y evaluación',
      '12. Consideraciones finales',
      'Anexo I. Inventario de cuentas por unidad',
      'Anexo II. Glosario',
    ]);
    expect(emptyHeadings(blocks)).toEqual([]);
  });

  it('fills the document control from the plan, the one-per-line fields as one paragraph per item', () => {
    const control = tablesOf(blocks)[0]!;
    const rows = bodyRows(control);
    expect(rows.map(rowCells)).toEqual([
      ['Tipo de documento', 'Plan director de redes sociales'],
      ['Institución', 'Ayuntamiento de Villanueva'],
      ['Título del plan', 'Plan de presencia en redes sociales'],
      ['Estado', 'Borrador'],
      ['Versión', '0.1'],
      ['Unidad responsable', 'Gabinete de Comunicación'],
      ['Autoría', 'Ana García, Luis Pérez y Marta Ruiz'],
      ['Aprobado por', 'Junta de Gobierno Local'],
      ['Fecha de aprobación', 'Pendiente de aprobación'],
      ['Referencia de la aprobación', 'Pendiente de aprobación'],
      ['Próxima revisión', '15 de enero de 2027'],
      ['Documentos relacionados', 'Guía de estilo de redes socialesPlan de comunicación 2026'],
      ['Normativa aplicable', 'Ley 19/2013, de transparenciaLey Orgánica 3/2018, de protección de datosReal Decreto 1112/2018, de accesibilidad'],
    ]);
    expect(cellParagraphs(rows[11]!, 1)).toEqual(['Guía de estilo de redes sociales', 'Plan de comunicación 2026']);
    expect(cellParagraphs(rows[12]!, 1)).toHaveLength(3);
  });

  it('follows the document control with the version history, one row per version in the planner’s order', async () => {
    const { versions } = await engine.call('document.get');
    const history = tablesOf(blocks)[1]!;
    expect(blocks[blocks.indexOf(history) - 2]).toMatchObject({ kind: 'p', style: 'FrontSubheading', text: 'Historial de versiones' });
    expect(blocks[blocks.indexOf(history) - 1]).toMatchObject({ kind: 'p', style: 'Caption', text: 'Tabla 2. Historial de versiones del documento' });
    expect(rowCells(history.rows[0]!)).toEqual(['Versión', 'Fecha', 'Autoría', 'Cambios']);
    expect(bodyRows(history)).toHaveLength(versions.length);
    expect(bodyRows(history).map(rowCells)).toEqual([
      ['0.2', '01/03/2026', 'Luis Pérez', 'Objetivos revisados.'],
      ['0.1', '01/02/2026', 'Ana García', 'Primera versión del plan.'],
    ]);
  });

  it('presents the plan in the planner’s words, with real Word lists and links, and the key figures from the data', async () => {
    const plan = await engine.call('action.get');
    const { accounts, units } = await engine.call('inventory.get');
    const purpose = under(blocks, '1.1.');
    expect(textsOf(purpose)).toEqual([
      'El plan ordena la presencia de Villanueva en las redes, con la ciudadanía en el centro.',
      'Coordinar las cuentas',
      'Medir lo que se hace',
      'Más información en la web municipal.',
    ]);
    expect(listItems(purpose)).toEqual(['Coordinar las cuentas', 'Medir lo que se hace']);
    expect(purpose[0]!.xml).toMatch(/<w:b\/>[\s\S]*Villanueva/);
    expect(part(parts, 'word/_rels/document.xml.rels')).toContain('Target="https://www.villanueva.es/plan" TargetMode="External"');
    // The lists' definitions are declared in the document's numbering.
    expect(part(parts, 'word/numbering.xml')).toContain('<w:lvlText w:val="•"/>');

    const [figures] = tablesOf(under(blocks, '1.2.'));
    const money = new Intl.NumberFormat('es-ES', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 });
    expect(bodyRows(figures!).map(rowCells)).toEqual([
      ['Unidades organizativas', String(units.length)],
      ['Cuentas corporativas', `${accounts.length} (${accounts.filter((account) => account.status === 'active').length} activas)`],
      ['Redes sociales en las que está presente', '3'],
      ['Objetivos', String(plan.objectives.length)],
      ['Indicadores (KPI)', String(plan.kpis.length)],
      ['Líneas estratégicas', String(plan.lines.length)],
      ['Acciones', String(plan.tactics.length)],
      ['Horas de trabajo estimadas', `${new Intl.NumberFormat('es-ES', { maximumFractionDigits: 1 }).format(plan.totals.all.hours)} h`],
      ['Equivalente a jornada completa (EJC)', new Intl.NumberFormat('es-ES', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(plan.totals.all.fte)],
      ['Coste estimado', money.format(plan.totals.all.cost)],
    ]);
  });

  it('sets out the framework in the planner’s words and the legislation as a list', () => {
    const chapter = under(blocks, '2. Marco');
    expect(textsOf(chapter)[0]).toBe('El plan desarrolla el eje 3 del plan estratégico municipal.');
    expect(headings(chapter)).toEqual(['2.1. Normativa aplicable']);
    expect(listItems(chapter)).toEqual(['Ley 19/2013, de transparencia', 'Ley Orgánica 3/2018, de protección de datos', 'Real Decreto 1112/2018, de accesibilidad']);
  });

  it('shows in the governance chapter who runs the accounts of each unit and how their access is kept, without a secret', async () => {
    const { accounts } = await engine.call('inventory.get');
    const chapter = under(blocks, '9. Gobernanza');
    expect(textsOf(chapter)[0]).toBe('El Gabinete de Comunicación autoriza la apertura y el cierre de cuentas.');
    expect(headings(chapter)).toEqual(['9.1. Quién gestiona las cuentas', '9.2. Custodia de credenciales y verificación en dos pasos']);
    const [managers, credentials, holders] = tablesOf(chapter);
    expect(bodyRows(managers!).map(rowCells)).toEqual([
      ['Gabinete de Comunicación', 'Ana García Ruiz', 'Ana García RuizLuis Pérez Gil', '2'],
      ['Policía Local', 'Sin especificar', 'Luis Pérez Gil', '1'],
    ]);
    const open = accounts.filter((account) => account.status !== 'closed');
    expect(open).toHaveLength(2);
    expect(bodyRows(credentials!).map(rowCells)).toEqual([
      ['Tiene una persona designada para custodiar sus credenciales', '1', '1', '0'],
      ['Tiene activada la verificación en dos pasos', '1', '1', '0'],
      ['Su correo de recuperación es corporativo', '1', '0', '1'],
    ]);
    expect(bodyRows(holders!).map(rowCells)).toEqual([['Ana García Ruiz', '1']]);
    expect(textsOf(chapter)).toContain(
      'Situación de las 2 cuentas que no están cerradas. El plan no guarda contraseñas: solo quién custodia las credenciales de cada cuenta y cómo está protegido el acceso.',
    );
  });

  it('gives the crisis protocol and the closing remarks as written, a numbered list a real list', () => {
    const crisis = under(blocks, '10. Protocolo');
    expect(listItems(crisis)).toEqual(['Detectar', 'Avisar al Gabinete', 'Responder en menos de una hora']);
    expect(textsOf(under(blocks, '12. Consideraciones'))).toEqual(['El plan entra en vigor al día siguiente de su aprobación.']);
  });

  it('plans the measurement of every KPI: source, frequency, owner and when it is next due', async () => {
    const plan = await engine.call('action.get');
    const chapter = under(blocks, '11. Medición');
    expect(textsOf(chapter)[0]).toBe('Los datos se recogen cada mes y se informa cada trimestre.');
    const [table] = tablesOf(chapter);
    expect(rowCells(table!.rows[0]!)).toEqual(['Indicador', 'Fuente', 'Frecuencia', 'Responsable', 'Próxima medición']);
    expect(bodyRows(table!)).toHaveLength(plan.kpis.length);
    // The document is dated 15 March 2026, within the plan period.
    expect(bodyRows(table!).map(rowCells)).toEqual([
      ['Cuentas con responsable Objetivo 1', 'Inventario de cuentas', 'Trimestral', 'Ana García Ruiz', '31/03/2026'],
      ['Cuentas inactivas Objetivo 1', '—', 'Trimestral', '—', '31/03/2026'],
      ['Tiempo medio de respuesta en horas Objetivo 2', 'Herramienta de gestión de redes', 'Mensual', 'Luis Pérez Gil', '31/03/2026'],
    ]);
  });

  it('closes with a glossary of every term, in alphabetical order', () => {
    const [glossary] = tablesOf(under(blocks, 'Anexo II. Glosario'));
    const terms = bodyRows(glossary!).map((row) => rowCells(row)[0]!);
    expect(terms).toHaveLength(GLOSSARY_TERMS.length);
    expect(terms).toEqual([...terms].sort(new Intl.Collator('es-ES', { sensitivity: 'base' }).compare));
    expect(terms).toEqual(expect.arrayContaining(['DAFO (en inglés, SWOT)', 'CAME', 'Indicador clave (KPI)', 'Línea estratégica', 'Acción (táctica)', 'EJC o ETC (en inglés, FTE)', 'Verificación en dos pasos (2FA)', 'Community manager (gestor de comunidad)']));
    expect(sections(documentXml).at(-1)).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it('runs its header and footer on every section, the draft marking in each header', () => {
    const headers = partsMatching(parts, /^word\/header\d+\.xml$/);
    const footers = partsMatching(parts, /^word\/footer\d+\.xml$/);
    const sectionProperties = sections(documentXml);
    expect(sectionProperties).toHaveLength(5);
    for (const sectPr of sectionProperties) {
      expect(sectPr).toContain('<w:headerReference w:type="default"');
      expect(sectPr).toContain('<w:footerReference w:type="default"');
    }
    for (const header of headers) expect(visibleText(header)).toContain('BORRADOR');
    for (const footer of footers.filter((xml) => xml.includes('NUMPAGES'))) expect(visibleText(footer)).toMatch(/^Versión 0\.1 Página/);
  });

  it('is previewed with the same parts and the same numbered headings, without building the document', async () => {
    const preview = await engine.call('document.preview', { lang: 'es' });
    expect(preview.headings.map((heading) => heading.text)).toEqual(headings(blocks));
    expect(preview.headings.map((heading) => `H${heading.level}`)).toEqual(
      blocks.flatMap((block) => (block.kind === 'p' && /^Heading[123]$/.test(block.style ?? '') ? [`H${block.style!.slice(-1)}`] : [])),
    );
    expect(preview.parts.map((entry) => entry.part)).toEqual([...DOCUMENT_PARTS]);
    expect(preview.parts.every((entry) => entry.included && entry.hasData)).toBe(true);
    expect(preview.parts[0]).toEqual({ part: 'presentation', title: 'Presentación y resumen ejecutivo', included: true, hasData: true });
    expect(preview.fileName).toBe('Ayuntamiento de Villanueva - Plan de presencia en redes sociales - v0.1.docx');
    expect(preview.draft).toBe(true);
  });
});

describe('the approval fields and the draft marking', () => {
  it('read "Sin especificar" for what an approved plan left empty, and follow the export’s choice of marking', async () => {
    const { engine, SQL } = await import('./engine-plan').then((module) => module.engineWithPlan());
    await engine.call('document.update', { approvedBy: 'Pleno', approvedOn: '2026-04-30' });
    const approved = await withStatus(engine, SQL, 'approved');
    const parts = await readDocxParts(await approved.call('document.export'));
    const control = tablesOf(bodyBlocks(part(parts, 'word/document.xml')))[0]!;
    expect(bodyRows(control).map(rowCells).slice(7, 10)).toEqual([
      ['Aprobado por', 'Pleno'],
      ['Fecha de aprobación', '30 de abril de 2026'],
      ['Referencia de la aprobación', 'Sin especificar'],
    ]);
    for (const [path, xml] of parts) expect(xml, path).not.toContain('BORRADOR');

    const forced = await readDocxParts(await approved.call('document.export', { draftMarking: 'always' }));
    expect(visibleText(pageFramePart(forced, 'header', 'default'))).toContain('BORRADOR');
    expect(part(forced, 'word/document.xml')).toContain('BORRADOR'); // on the cover
    const unmarked = await readDocxParts(await engine.call('document.export', { draftMarking: 'never' }));
    for (const [path, xml] of unmarked) expect(xml, path).not.toContain('BORRADOR');
    expect(tablesOf(bodyBlocks(part(unmarked, 'word/document.xml')))[0]!.rows.map(rowCells)).toContainEqual(['Estado', 'Borrador']); // the status is still said
  }, 60_000);
});

describe('leaving parts out', () => {
  let data: PlanDocumentData;

  beforeAll(async () => {
    const engine = await completePlan();
    const [inventory, action, document, institution, state] = await Promise.all([
      engine.call('inventory.get'),
      engine.call('action.get'),
      engine.call('document.get'),
      engine.call('institution.get'),
      engine.call('plan.state'),
    ]);
    data = planData({ meta: state.meta, institution, inventory, action, document });
  }, 60_000);

  const chaptersOf = async (options: Partial<DocumentOptions>) => {
    const bytes = await buildPlanDocument(data, { lang: 'es', estimatePageNumbers: false, ...options });
    return chapterTitles(bodyBlocks(part(await readDocxParts(bytes), 'word/document.xml')));
  };

  it.each(DOCUMENT_PARTS.map((key) => [key]))('leaves out %s alone, and the numbers close up', async (key: DocumentPart) => {
    const all = await chaptersOf({});
    const without = await chaptersOf({ excludedParts: [key] });
    expect(without).toHaveLength(all.length - 1);
    const title = previewPlanDocument(data, { lang: 'es' }).parts.find((entry) => entry.part === key)!.title;
    expect(without.some((heading) => heading.endsWith(title))).toBe(false);
    const numbers = without.flatMap((heading) => /^(\d+)\. /.exec(heading)?.[1] ?? []).map(Number);
    expect(numbers).toEqual(numbers.map((_, index) => index + 1));
  });

  it('does not point the reader to a chapter the export leaves out', async () => {
    const textsWithout = async (excludedParts: DocumentPart[]) =>
      textsOf(bodyBlocks(part(await readDocxParts(await buildPlanDocument(data, { lang: 'es', estimatePageNumbers: false, excludedParts })), 'word/document.xml')));
    const findings = data.inventory.findings.length;
    const all = await textsWithout([]);
    expect(all).toContain(`La auditoría del inventario señala ${findings} tipos de problema, que se detallan en el análisis de la situación.`);
    expect(all.some((text) => text.includes('«Organización y recursos»'))).toBe(true);
    const without = await textsWithout(['situation', 'resources']);
    expect(without).toContain(`La auditoría del inventario señala ${findings} tipos de problema.`);
    expect(without).toContain('Las horas, el EJC y el coste suman las acciones del plan, salvo las canceladas.');
    expect(without.some((text) => text.includes('análisis de la situación') || text.includes('«Organización y recursos»'))).toBe(false);
  });

  it('keeps only the front matter when every part is left out', async () => {
    const bytes = await buildPlanDocument(data, { lang: 'es', estimatePageNumbers: false, excludedParts: [...DOCUMENT_PARTS] });
    const blocks = bodyBlocks(part(await readDocxParts(bytes), 'word/document.xml'));
    expect(chapterTitles(blocks)).toEqual([]);
    expect(blocks.filter((block) => block.kind === 'p' && block.style === 'TOCHeading').map((block) => (block.kind === 'p' ? block.text : ''))).toEqual(['Ficha del documento', 'Índice']);
  });
});

describe('parts without data', () => {
  const empty = planData({ counts: { units: 0, accounts: 0, people: 0, findings: 0 } });

  it('say so in one line each when the export keeps them, and are left out when it omits them', async () => {
    const withNotes = bodyBlocks(part(await readDocxParts(await buildPlanDocument(empty, { lang: 'es', estimatePageNumbers: false })), 'word/document.xml'));
    expect(textsOf(under(withNotes, '9. Gobernanza'))).toEqual(['Todavía no se han fijado las reglas de gobierno de las cuentas, y el inventario no recoge ninguna cuenta.']);
    expect(textsOf(under(withNotes, '10. Protocolo de crisis'))).toEqual(['Todavía no se ha redactado el protocolo de crisis.']);
    expect(textsOf(under(withNotes, '11. Medición'))).toEqual(['Todavía no se han definido los indicadores ni el modo de medirlos.']);
    // The framework names what it is to cover, as a list, rather than stand empty.
    const framework = under(withNotes, '2. Marco');
    expect(textsOf(framework)[0]).toMatch(/^Este capítulo ha de explicar cómo encaja el plan/);
    expect(listItems(framework)).toHaveLength(6);
    expect(chapterTitles(withNotes).some((title) => title.includes('Consideraciones finales'))).toBe(false);
    expect(emptyHeadings(withNotes)).toEqual([]);

    const omitted = bodyBlocks(part(await readDocxParts(await buildPlanDocument(empty, { lang: 'es', estimatePageNumbers: false, emptyParts: 'omit' })), 'word/document.xml'));
    expect(chapterTitles(omitted)).toEqual(['1. Presentación y resumen ejecutivo', 'Anexo I. Glosario']);
    expect(previewPlanDocument(empty, { lang: 'es', emptyParts: 'omit' }).parts.filter((entry) => entry.included).map((entry) => entry.part)).toEqual(['presentation', 'glossary']);
  });

  it('are told apart in the preview: no data, still included with a note', () => {
    const preview = previewPlanDocument(empty, { lang: 'es', excludedParts: ['crisis'] });
    const byPart = new Map(preview.parts.map((entry) => [entry.part, entry]));
    expect(byPart.get('situation')).toEqual({ part: 'situation', title: 'Análisis de la situación', included: true, hasData: false });
    expect(byPart.get('crisis')).toMatchObject({ included: false, hasData: false });
    expect(byPart.get('closing')).toMatchObject({ included: false, hasData: false });
    expect(byPart.get('glossary')).toMatchObject({ included: true, hasData: true });
    // The crisis protocol left out, the measurement closes up to 10.
    expect(preview.headings.filter((heading) => heading.level === 1).map((heading) => heading.text).slice(-4)).toEqual([
      '9. Gobernanza',
      '10. Medición y evaluación',
      'Anexo I. Inventario de cuentas por unidad',
      'Anexo II. Glosario',
    ]);
  });
});

describe('the governance chapter of a unit with many people', () => {
  it('names the first few who run its accounts and says how many more', async () => {
    const service = { id: testId(), parentId: null, name: 'Servicio de Cultura', kind: 'administrative' as const, position: 0, responsibleId: null, contact: '' };
    const people = Array.from({ length: MANAGERS_SHOWN + 3 }, (_, index) => ({ id: testId(), name: `Persona ${index}`, role: '', unitId: null, email: '', phone: '' }));
    const accounts = [accountRecord({ unitId: service.id, peopleIds: people.map((person) => person.id) })];
    const bytes = await buildPlanDocument(planData({ inventory: { units: [service], people, accounts } }), { lang: 'es', estimatePageNumbers: false });
    const [managers] = tablesOf(under(bodyBlocks(part(await readDocxParts(bytes), 'word/document.xml')), '9.1.'));
    const items = cellParagraphs(bodyRows(managers!)[0]!, 2);
    expect(items).toHaveLength(MANAGERS_SHOWN + 1);
    expect(items.at(-1)).toBe('… y 3 personas más');
  });
});

describe('the next measurement of a KPI', () => {
  it('is the close of the period under way, or the deadline when it comes first', () => {
    expect(nextMeasurement('weekly', '2026-03-15', null)).toBe('2026-03-15'); // a Sunday
    expect(nextMeasurement('weekly', '2026-03-16', null)).toBe('2026-03-22');
    expect(nextMeasurement('monthly', '2026-02-10', null)).toBe('2026-02-28');
    expect(nextMeasurement('monthly', '2028-02-10', null)).toBe('2028-02-29');
    expect(nextMeasurement('quarterly', '2026-04-01', null)).toBe('2026-06-30');
    expect(nextMeasurement('half_yearly', '2026-07-01', null)).toBe('2026-12-31');
    expect(nextMeasurement('yearly', '2026-03-15', null)).toBe('2026-12-31');
    expect(nextMeasurement('yearly', '2026-03-15', '2026-06-30')).toBe('2026-06-30');
    expect(nextMeasurement('monthly', '2026-03-15', '2026-01-31')).toBe('2026-03-31'); // a deadline already past is not next
    expect(nextMeasurement(null, '2026-03-15', '2026-09-30')).toBe('2026-09-30');
    expect(nextMeasurement(null, '2026-03-15', null)).toBeNull();
    expect(nextMeasurement('monthly', '2026-03-15', '<no date>')).toBe('2026-03-31');
  });
});

describe('the parts in English', () => {
  it('use the English catalog, its alphabetical order and British dates', async () => {
    const engine = await completePlan();
    const parts = await readDocxParts(await engine.call('document.export', { lang: 'en' }));
    const blocks = bodyBlocks(part(parts, 'word/document.xml'));
    expect(chapterTitles(blocks)).toEqual([
      '1. Presentation and executive summary',
      '2. Strategic and legal framework',
      '3. Situation analysis',
      '4. SWOT and CAME strategies',
      '5. Objectives and KPIs',
      '6. Strategy and tactics',
      '7. Timeline',
      '8. Organisation and resources',
      '9. Governance',
      '10. Crisis protocol',
      '11. Measurement and evaluation',
      '12. Final remarks',
      'Annex I. Account inventory by unit',
      'Annex II. Glossary',
    ]);
    const [control, history] = tablesOf(blocks);
    expect(bodyRows(control!).map(rowCells)).toContainEqual(['Next review', '15 January 2027']);
    expect(bodyRows(history!).map(rowCells)[0]).toEqual(['0.2', '01/03/2026', 'Luis Pérez', 'Objetivos revisados.']);
    const [glossary] = tablesOf(under(blocks, 'Annex II. Glossary'));
    const terms = bodyRows(glossary!).map((row) => rowCells(row)[0]!);
    expect(terms.slice(0, 3)).toEqual(['Audit finding', 'Baseline', 'CAME']);
    const [measurement] = tablesOf(under(blocks, '11.1.'));
    expect(rowCells(measurement!.rows[0]!)).toEqual(['Indicator', 'Source', 'Frequency', 'Owner', 'Next measurement']);
  }, 60_000);
});
