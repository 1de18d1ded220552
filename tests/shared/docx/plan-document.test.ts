import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../shared/docx';
import { readDocxParts, pageFramePart, paragraphs, part, tableRowsXml, tables, visibleText } from './docx-reader';
import { jpegHeader, makePng } from './images';
import { engineWithPlan, withStatus } from './engine-plan';
import { planData } from './plan-data';
import { xmlProblem } from './xml-wellformed';

type Parts = Map<string, string>;

function expectWellFormed(parts: Parts): void {
  for (const [path, xml] of parts) expect(xmlProblem(xml), path).toBeNull();
}

/** Paragraphs of the body with a heading-like style, in order, as "Style: text". */
function outline(parts: Parts): string[] {
  return paragraphs(part(parts, 'word/document.xml'))
    .filter((p) => p.style !== null && /^(Title|Heading\d|TOCHeading)$/.test(p.style))
    .map((p) => `${p.style}: ${p.text}`);
}

function allText(parts: Parts): string {
  return [...parts.values()].map(visibleText).join('\n');
}

describe('plan document from a real plan (Spanish)', () => {
  let parts: Parts;

  beforeAll(async () => {
    const { engine } = await engineWithPlan();
    await engine.call('institution.update', { logo: { mime: 'image/png', bytes: makePng(400, 160) } });
    // The engine builds the document the way the application asks for it.
    parts = await readDocxParts(await engine.call('document.export'));
  });

  it('is made only of well-formed XML parts', () => {
    expect(parts.size).toBeGreaterThan(10);
    expectWellFormed(parts);
  });

  it('has the cover title, the front matter, every chapter numbered and the annexes, in this order', () => {
    expect(outline(parts)).toEqual([
      'Title: Plan de presencia en redes sociales',
      'TOCHeading: Ficha del documento',
      'TOCHeading: Índice',
      'Heading1: 1. Presentación y resumen ejecutivo',
      'Heading2: 1.1. Propósito y alcance',
      'Heading2: 1.2. Cifras clave',
      'Heading2: 1.3. Perfil de la institución',
      // The plan is still to be written: each chapter says so in a line (the closing remarks are left out).
      'Heading1: 2. Marco estratégico y normativo',
      'Heading1: 3. Análisis de la situación',
      'Heading1: 4. DAFO y estrategias CAME',
      'Heading1: 5. Objetivos e indicadores',
      'Heading1: 6. Estrategia y plan de acción',
      'Heading1: 7. Cronograma',
      'Heading1: 8. Organización y recursos',
      'Heading1: 9. Gobernanza',
      'Heading1: 10. Protocolo de crisis',
      'Heading1: 11. Medición y evaluación',
      'Heading1: Anexo I. Inventario de cuentas por unidad',
      'Heading1: Anexo II. Glosario',
    ]);
  });

  it('defines real Title and Heading 1–3 styles with outline levels', () => {
    const styles = part(parts, 'word/styles.xml');
    for (const [id, level] of [
      ['Heading1', 0],
      ['Heading2', 1],
      ['Heading3', 2],
    ] as const) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
    }
    expect(styles).toContain('w:styleId="Title"');
    const ids = [...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length); // Word reports a duplicate style id as damage
    expect(styles).toMatch(/<w:style w:type="table" w:styleId="RumboTable">/);
  });

  it('has a hyperlinked table of contents over levels 1–3 that Word refreshes on opening', () => {
    const document = part(parts, 'word/document.xml');
    expect(document).toContain('<w:docPartGallery w:val="Table of Contents"/>');
    expect(document).toMatch(/<w:instrText xml:space="preserve">TOC \\h \\o &quot;1-3&quot;<\/w:instrText>/);
    const anchors = [...document.matchAll(/<w:hyperlink w:history="1" w:anchor="([^"]+)">/g)].map((m) => m[1]);
    expect(anchors).toHaveLength(16);
    for (const anchor of anchors) expect(document).toContain(`<w:bookmarkStart w:name="${anchor}"`);
    expect(part(parts, 'word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('writes the page numbers of the contents and the page count, for readers that do not refresh fields', () => {
    const document = part(parts, 'word/document.xml');
    const pageRefs = [...document.matchAll(/PAGEREF (_Toc\d+) \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)<\/w:t>/g)];
    // cover, document control, contents, then chapter 1 on page 4 (with its three sections), and a page for each other chapter and annex
    expect(pageRefs.map((m) => m[2])).toEqual(['4', '4', '4', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16']);
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/Página \s*de 17$/); // the glossary takes two pages
  });

  it('fills the document-control table from the plan, with a repeating header row and rows that do not split', () => {
    const [control] = tables(part(parts, 'word/document.xml'));
    expect(control).toEqual([
      ['Dato', 'Contenido'],
      ['Tipo de documento', 'Plan de presencia corporativa en redes sociales'],
      ['Institución', 'Ayuntamiento de Villanueva'],
      ['Título del plan', 'Plan de presencia en redes sociales'],
      ['Estado', 'Borrador'],
      ['Versión', '0.1'],
      ['Unidad responsable', 'Sin especificar'],
      ['Autoría', 'Ana García, Luis Pérez y Marta Ruiz'],
      ['Aprobado por', 'Pendiente de aprobación'],
      ['Fecha de aprobación', 'Pendiente de aprobación'],
      ['Referencia de la aprobación', 'Pendiente de aprobación'],
      ['Próxima revisión', 'Sin especificar'],
      ['Documentos relacionados', 'Sin especificar'],
      ['Normativa aplicable', 'Sin especificar'],
    ]);
    const rows = tableRowsXml(part(parts, 'word/document.xml'));
    const tableCount = tables(part(parts, 'word/document.xml')).length;
    expect(rows.filter((row) => row.includes('<w:tblHeader/>'))).toHaveLength(tableCount); // one per table
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
  });

  it('links the e-mail and web addresses of the contact', () => {
    const rels = part(parts, 'word/_rels/document.xml.rels');
    expect(rels).toContain('Target="mailto:comunicacion@villanueva.es" TargetMode="External"');
    expect(rels).toContain('Target="https://www.villanueva.es/prensa" TargetMode="External"');
  });

  it('presents the plan in chapter 1: its purpose, its key figures and the institution, its type from the catalog', () => {
    const [, figures, profile] = tables(part(parts, 'word/document.xml'));
    expect(figures![0]).toEqual(['Concepto', 'Cifra']);
    expect(figures!.map((row) => row[0])).toEqual([
      'Concepto',
      'Unidades organizativas',
      'Cuentas corporativas',
      'Redes sociales en las que está presente',
      'Objetivos',
      'Indicadores (KPI)',
      'Líneas estratégicas',
      'Acciones',
      'Horas de trabajo estimadas',
      'Equivalente a jornada completa (EJC)',
      'Coste estimado',
    ]);
    expect(figures!.slice(1).map((row) => row[1])).toEqual(['0', '0', '0', '0', '0', '0', '0', '0 h', '0,00', '0,00\u00A0€']);
    expect(profile).toEqual([
      ['Dato', 'Contenido'],
      ['Nombre', 'Ayuntamiento de Villanueva'],
      ['Tipo de institución', 'Ayuntamiento'],
      ['Contacto', 'Gabinete de Comunicación, comunicacion@villanueva.es, https://www.villanueva.es/prensa'],
    ]);
    const texts = paragraphs(part(parts, 'word/document.xml')).map((p) => p.text);
    // The planner has not written the purpose yet: a neutral one stands in for it.
    expect(texts).toContain(
      'Este plan ordena la presencia corporativa de Ayuntamiento de Villanueva en las redes sociales durante el periodo 1 de enero de 2026 – 31 de diciembre de 2027. Recoge qué cuentas tiene la institución y quién las gestiona, qué problemas presentan, qué objetivos se fija, con qué estrategia, acciones y recursos piensa alcanzarlos, y cómo se gobernarán, se medirán y se revisarán.',
    );
    expect(texts).toContain('El plan abarca el periodo 1 de enero de 2026 – 31 de diciembre de 2027. Sus cifras principales, según los datos a 15 de marzo de 2026, son estas:');
    expect(texts).toContain('El plan todavía no recoge unidades organizativas ni cuentas corporativas.');
  });

  it('shows the logo with its proportions and alt text', () => {
    expect(parts.has('word/_rels/document.xml.rels')).toBe(true);
    const document = part(parts, 'word/document.xml');
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(document);
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(400 / 160, 1);
    expect(document).toContain('descr="Logotipo de Ayuntamiento de Villanueva"');
    expect(part(parts, 'word/_rels/document.xml.rels')).toMatch(/Target="media\/[^"]+\.png"/);
  });

  it('has a running header with the institution, the title and the draft marking, and none of that on the cover but the marking', () => {
    const running = visibleText(pageFramePart(parts, 'header', 'default'));
    expect(running).toContain('Ayuntamiento de Villanueva · Plan de presencia en redes sociales');
    expect(running).toContain('BORRADOR');
    expect(visibleText(pageFramePart(parts, 'header', 'first')).trim()).toBe('BORRADOR');
    expect(pageFramePart(parts, 'header', 'default')).toContain('string="BORRADOR"'); // the watermark
  });

  it('has a footer with the version and "Página X de Y" as PAGE and NUMPAGES fields', () => {
    const footer = pageFramePart(parts, 'footer', 'default');
    expect(visibleText(footer)).toMatch(/^Versión 0\.1 Página \s*de /);
    const fields = [...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]!.trim());
    expect(fields).toEqual(['PAGE', 'NUMPAGES']);
  });

  it('keeps version, date and status at the foot of the cover, in its own footer', () => {
    expect(paragraphs(pageFramePart(parts, 'footer', 'first')).map((p) => p.text)).toEqual(['Versión 0.1', 'Fecha: 15 de marzo de 2026', 'Estado: Borrador']);
  });

  it('is A4 with a different first page', () => {
    const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(part(parts, 'word/document.xml'))?.[0] ?? '';
    expect(sectPr).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sectPr).toContain('<w:titlePg/>');
  });

  it('sets the document properties and tags the text as Spanish (Spain)', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:language>es-ES</dc:language>');
    expect(core).toContain('<cp:category>Plan de presencia corporativa en redes sociales</cp:category>');
    expect(core).toContain('<cp:contentStatus>Borrador</cp:contentStatus>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-15T10:30:00Z</dcterms:created>');
    expect(core).toContain('<dc:title>Plan de presencia en redes sociales</dc:title>');
    expect(core).toContain('<dc:subject>Plan de presencia corporativa en redes sociales de Ayuntamiento de Villanueva</dc:subject>');
    expect(core).toContain('<dc:creator>Ana García; Luis Pérez; Marta Ruiz</dc:creator>');
    expect(core).toMatch(/<dc:description>Plan de presencia en redes sociales\. Ayuntamiento de Villanueva\. Periodo: 1 de enero de 2026 – 31 de diciembre de 2027\. Versión 0\.1 \(Borrador\)\.<\/dc:description>/);
    expect(core).toMatch(/<cp:keywords>[^<]*Ayuntamiento de Villanueva<\/cp:keywords>/);
    expect(part(parts, 'word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:lang w:val="es-ES"\/>[\s\S]*?<\/w:rPr><\/w:rPrDefault>/);
  });

  it('never writes an empty heading', () => {
    const headings = paragraphs(part(parts, 'word/document.xml')).filter((p) => p.style && /^(Heading\d|TOCHeading|Title)$/.test(p.style));
    expect(headings.every((p) => p.text.trim() !== '')).toBe(true);
  });
});

describe('plan document in English', () => {
  let parts: Parts;

  beforeAll(async () => {
    const { engine } = await engineWithPlan();
    parts = await readDocxParts(await engine.call('document.export', { lang: 'en' }));
  });

  it('uses the English catalog for every fixed text', () => {
    expectWellFormed(parts);
    expect(outline(parts)).toEqual([
      'Title: Plan de presencia en redes sociales', // the plan's own title stays as its authors wrote it
      'TOCHeading: Document control',
      'TOCHeading: Contents',
      'Heading1: 1. Presentation and executive summary',
      'Heading2: 1.1. Purpose and scope',
      'Heading2: 1.2. Key figures',
      'Heading2: 1.3. Institution profile',
      'Heading1: 2. Strategic and legal framework',
      'Heading1: 3. Situation analysis',
      'Heading1: 4. SWOT and CAME strategies',
      'Heading1: 5. Objectives and KPIs',
      'Heading1: 6. Strategy and tactics',
      'Heading1: 7. Timeline',
      'Heading1: 8. Organisation and resources',
      'Heading1: 9. Governance',
      'Heading1: 10. Crisis protocol',
      'Heading1: 11. Measurement and evaluation',
      'Heading1: Annex I. Account inventory by unit',
      'Heading1: Annex II. Glossary',
    ]);
    const [control, figures] = tables(part(parts, 'word/document.xml'));
    expect(control?.[0]).toEqual(['Item', 'Details']);
    expect(control).toContainEqual(['Status', 'Draft']);
    expect(control).toContainEqual(['Approved by', 'Pending approval']);
    expect(control).toContainEqual(['Authors', 'Ana García, Luis Pérez and Marta Ruiz']);
    expect(figures).toContainEqual(['Estimated cost', '€0.00']);
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/^Version 0\.1 Page \s*of /);
    expect(visibleText(pageFramePart(parts, 'header', 'default'))).toContain('DRAFT');
  });

  it('leaks no Spanish fixed text', () => {
    const text = allText(parts);
    for (const spanish of ['BORRADOR', 'Página', 'Ficha', 'Índice', 'Versión', 'Institución', 'Borrador', 'Anexo', 'Glosario', 'Pendiente', 'Sin especificar', 'Todavía']) {
      expect(text).not.toContain(spanish);
    }
  });

  it('tags the text and the document as English (United Kingdom)', () => {
    expect(part(parts, 'word/styles.xml')).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*?<w:lang w:val="en-GB"\/>/);
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:subject>Corporate social media presence plan of Ayuntamiento de Villanueva</dc:subject>');
  });
});

describe('draft marking', () => {
  it('disappears entirely once the plan is approved', async () => {
    const { engine, SQL } = await engineWithPlan();
    const approved = await withStatus(engine, SQL, 'approved');
    const parts = await readDocxParts(await approved.call('document.export'));
    expectWellFormed(parts);
    for (const [path, xml] of parts) {
      expect(xml, path).not.toContain('BORRADOR');
      expect(xml, path).not.toContain('PowerPlusWaterMarkObject');
    }
    expect(tables(part(parts, 'word/document.xml'))[0]).toContainEqual(['Estado', 'Aprobado']);
  });

  it('stays while the plan is in review', async () => {
    const { engine, SQL } = await engineWithPlan();
    const inReview = await withStatus(engine, SQL, 'in_review');
    const parts = await readDocxParts(await inReview.call('document.export'));
    expect(visibleText(pageFramePart(parts, 'header', 'default'))).toContain('BORRADOR');
    expect(tables(part(parts, 'word/document.xml'))[0]).toContainEqual(['Estado', 'En revisión']);
    const cover = paragraphs(part(parts, 'word/document.xml')).map((p) => `${p.style}: ${p.text}`);
    expect(cover).toContain('DraftMark: BORRADOR');
  });
});

describe('plan document from hand-made data', () => {
  it('says "Sin especificar" for missing authors and contact, and falls back to the default title', async () => {
    const parts = await readDocxParts(await buildPlanDocument(planData({ institution: { authors: [], contact: '', planTitle: '  ' } }), { lang: 'es', estimatePageNumbers: false }));
    const [control, , profile] = tables(part(parts, 'word/document.xml'));
    expect(control).toContainEqual(['Autoría', 'Sin especificar']);
    expect(profile).toContainEqual(['Contacto', 'Sin especificar']);
    expect(control).toContainEqual(['Título del plan', 'Plan de presencia en redes sociales']);
    expect(part(parts, 'docProps/core.xml')).toContain('<dc:creator>Rumbo</dc:creator>');
  });

  it('keeps the proportions of a tall JPEG logo', async () => {
    const logo = { mime: 'image/jpeg' as const, bytes: jpegHeader(300, 900) };
    const parts = await readDocxParts(await buildPlanDocument(planData({ institution: { logo } }), { lang: 'es' }));
    const extent = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(part(parts, 'word/document.xml'));
    expect(Number(extent?.[1]) / Number(extent?.[2])).toBeCloseTo(300 / 900, 2);
    expect(part(parts, 'word/_rels/document.xml.rels')).toMatch(/Target="media\/[^"]+\.jpe?g"/);
  });

  it('leaves out a logo whose bytes are not a readable image, whatever its declared type', async () => {
    const logo = { mime: 'image/png' as const, bytes: new TextEncoder().encode('<svg onload="alert(1)"/>') };
    const parts = await readDocxParts(await buildPlanDocument(planData({ institution: { logo } }), { lang: 'es' }));
    expectWellFormed(parts);
    expect(part(parts, 'word/document.xml')).not.toContain('<w:drawing>');
  });

  it('leaves the page numbers to Word when asked not to estimate them', async () => {
    const parts = await readDocxParts(await buildPlanDocument(planData(), { lang: 'es', estimatePageNumbers: false }));
    const document = part(parts, 'word/document.xml');
    expect(document).toMatch(/PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:fldChar w:fldCharType="end"\/>/);
    expect(visibleText(pageFramePart(parts, 'footer', 'default'))).toMatch(/de $/);
  });

  it('returns a plain Uint8Array, never a Node Buffer', async () => {
    const bytes = await buildPlanDocument(planData(), { lang: 'es' });
    expect(Object.getPrototypeOf(bytes)).toBe(Uint8Array.prototype);
    expect([...bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); // "PK": a zip package
  });
});
