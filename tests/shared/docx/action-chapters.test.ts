import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../shared/docx';
import { ACCOUNTS_SHOWN } from '../../../shared/docx/sections/action/strategy';
import { CANCELLED_FILL, RUNNING_FILL } from '../../../shared/docx/sections/action/timeline';
import { LANDSCAPE_TEXT_WIDTH } from '../../../shared/docx/styles';
import type { ActionPlan } from '../../../shared/model/action-plan';
import { engineWithActionPlan } from './action-plan-fixture';
import { part, readDocxParts, visibleText } from './docx-reader';
import { bodyBlocks, emptyHeadings, headingLevel, rowCells, sections, type BodyBlock } from './document-structure';
import { decodeEntities } from './docx-reader';
import { accountRecord, planData, testId } from './plan-data';
import { xmlProblem } from './xml-wellformed';

type Table = Extract<BodyBlock, { kind: 'tbl' }>;

/** The blocks after the heading whose text starts with `title`, up to the next heading of its level or above. */
function under(blocks: readonly BodyBlock[], title: string): BodyBlock[] {
  const start = blocks.findIndex((block) => headingLevel(block) !== null && block.kind === 'p' && block.text.startsWith(title));
  if (start < 0) throw new Error(`no heading ${title}`);
  const level = headingLevel(blocks[start]!)!;
  const end = blocks.findIndex((block, index) => index > start && (headingLevel(block) ?? 9) <= level);
  return blocks.slice(start + 1, end < 0 ? undefined : end);
}
const tablesOf = (blocks: readonly BodyBlock[]) => blocks.filter((block): block is Table => block.kind === 'tbl');
const textsOf = (blocks: readonly BodyBlock[]) => blocks.flatMap((block) => (block.kind === 'p' ? [block.text] : []));
const isHeader = (row: string) => row.includes('<w:tblHeader/>');
const bodyRows = (table: Table) => table.rows.filter((row) => !isHeader(row));
const cellsXml = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([cell]) => cell);
const fillOf = (cell: string) => /<w:shd [^>]*w:fill="([0-9A-Fa-f]{6})"/.exec(cell)?.[1] ?? null;
const paragraphTexts = (cell: string) => [...cell.matchAll(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g)].map(([p]) => visibleText(p));
const outline = (blocks: readonly BodyBlock[]) => blocks.flatMap((block) => (block.kind === 'p' && /^Heading\d$/.test(block.style ?? '') ? [block.text] : []));

const es = {
  hours: new Intl.NumberFormat('es-ES', { maximumFractionDigits: 1 }),
  fte: new Intl.NumberFormat('es-ES', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  money: new Intl.NumberFormat('es-ES', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }),
};

describe('the action-plan chapters of a real plan', () => {
  let plan: ActionPlan;
  let parts: Map<string, string>;
  let documentXml: string;
  let blocks: BodyBlock[];

  beforeAll(async () => {
    const { engine } = await engineWithActionPlan();
    plan = await engine.call('action.get');
    parts = await readDocxParts(await engine.call('document.export'));
    documentXml = part(parts, 'word/document.xml');
    blocks = bodyBlocks(documentXml);
  }, 60_000);

  it('is well-formed and puts the five chapters after the situation, numbered in order', () => {
    for (const [path, xml] of parts) expect(xmlProblem(xml), path).toBeNull();
    const headings = outline(blocks);
    expect(headings.slice(headings.indexOf('4. DAFO y estrategias CAME'), headings.indexOf('9. Gobernanza'))).toEqual([
      '4. DAFO y estrategias CAME',
      '4.1. Matriz DAFO',
      '4.2. Estrategias CAME',
      '4.2.1. Ofensiva (fortalezas × oportunidades)',
      '4.2.2. Reorientación (debilidades × oportunidades)',
      '4.2.3. Supervivencia (debilidades × amenazas)',
      '5. Objetivos e indicadores',
      // Cut at a word: the whole statement is in the objective's table.
      '5.1. Objetivo 1: Que cada cuenta corporativa tenga una persona responsable y una finalidad aprobada antes…',
      '5.2. Objetivo 2: Responder a la ciudadanía en redes en menos de 24 horas',
      '5.3. Objetivo 3: Proteger los datos personales en todas las publicaciones',
      '6. Estrategia y plan de acción',
      '6.1. Línea 1: Ordenar la presencia en redes',
      '6.2. Línea 2: Conversar con la ciudadanía',
      '6.3. Línea 3: Cultura de la protección de datos',
      '7. Cronograma',
      '8. Organización y recursos',
      '8.1. Esfuerzo y coste por línea estratégica',
      '8.2. Esfuerzo y coste por unidad',
      '8.3. Coste por hora de cada perfil',
    ]);
    expect(headings.slice(0, 2)).toEqual(['1. Presentación y resumen ejecutivo', '1.1. Propósito y alcance']);
    expect(emptyHeadings(blocks)).toEqual([]);
  });

  it('draws the SWOT as a 2×2 matrix under internal/external and helpful/harmful headers, weightiest items first', () => {
    const [matrix, ...others] = tablesOf(under(blocks, '4.1.'));
    expect(others).toEqual([]);
    expect(matrix!.rows).toHaveLength(3);
    expect(isHeader(matrix!.rows[0]!)).toBe(true);
    expect(rowCells(matrix!.rows[0]!)).toEqual(['', 'Aspectos positivos', 'Aspectos negativos']);
    const grid = matrix!.rows.slice(1).map(cellsXml);
    expect(grid.map((row) => row.length)).toEqual([3, 3]);
    expect(grid.map((row) => visibleText(row[0]!))).toEqual(['Origen interno', 'Origen externo']);
    const quadrant = (row: number, column: number) => paragraphTexts(grid[row]![column]!);
    expect(quadrant(0, 1)).toEqual([
      'Fortalezas',
      'F1 La Policía Local ya responde en redes las 24 horas (peso 5)',
      'Tiempo medio de respuesta de 2 horas en 2025.',
      'F2 Cercanía del personal con el vecindario (peso 3)',
    ]);
    expect(quadrant(0, 2)).toEqual([
      'Debilidades',
      'D1 No hay objetivos ni estrategia para las redes (peso 5)',
      'Ningún documento aprobado.',
      'D2 Cuentas abiertas sin coordinación (peso 4)',
      'D3 Sin criterios de accesibilidad en las publicaciones (peso 2)',
    ]);
    expect(quadrant(1, 1)).toEqual(['Oportunidades', 'O1 La gente joven se informa por redes (peso 4)']);
    expect(quadrant(1, 2)).toEqual([
      'Amenazas',
      'A1 Fugas de datos personales por descuido (peso 4)',
      'Dos incidencias notificadas en 2025.',
      'A2 Desconfianza y confusión con el Gobierno municipal (peso 3)',
    ]);
    // Every item of the plan is in the matrix once.
    const all = grid.flatMap((row) => row.slice(1).flatMap(paragraphTexts));
    for (const item of plan.swot) expect(all.filter((text) => text.includes(item.text)), item.text).toHaveLength(1);
  });

  it('lists the CAME options under their strategy, with the SWOT items they pair and the line they became', () => {
    const rowsUnder = (title: string) => tablesOf(under(blocks, title)).flatMap(bodyRows).map(rowCells);
    expect(rowsUnder('4.2.1.')).toEqual([
      [
        'Llevar la respuesta rápida de la Policía Local a todas las cuentas',
        'F1 · La Policía Local ya responde en redes las 24 horasO1 · La gente joven se informa por redes',
        'Línea 2: Conversar con la ciudadanía',
      ],
    ]);
    expect(rowsUnder('4.2.2.')).toEqual([
      ['Formar al personal en accesibilidad', 'D3 · Sin criterios de accesibilidad en las publicacionesO1 · La gente joven se informa por redes', 'Todavía no es una línea estratégica'],
    ]);
    const survival = tablesOf(under(blocks, '4.2.3.')).flatMap(bodyRows);
    expect(survival).toHaveLength(1);
    // One paragraph per item, in the matrix's order whatever the order they were linked in.
    expect(paragraphTexts(cellsXml(survival[0]!)[1]!)).toEqual([
      'D1 · No hay objetivos ni estrategia para las redes',
      'D2 · Cuentas abiertas sin coordinación',
      'A1 · Fugas de datos personales por descuido',
    ]);
    expect(textsOf(under(blocks, '4.2.1.'))).toContain('Mantener las fortalezas para explotar las oportunidades.');
  });

  it('gives each objective its fields and a KPI table with one row per KPI, numbers written the Spanish way', () => {
    plan.objectives.forEach((objective, index) => {
      const section = under(blocks, `5.${index + 1}.`);
      const kpis = plan.kpis.filter((kpi) => kpi.objectiveId === objective.id);
      const tables = tablesOf(section);
      expect(tables).toHaveLength(kpis.length > 0 ? 2 : 1);
      if (kpis.length > 0) expect(bodyRows(tables[1]!)).toHaveLength(kpis.length);
      else expect(textsOf(section)).toContain('Este objetivo todavía no tiene indicadores.');
    });
    const [fields, kpiTable] = tablesOf(under(blocks, '5.1.'));
    expect(bodyRows(fields!).map(rowCells)).toEqual([
      ['Enunciado', 'Que cada cuenta corporativa tenga una persona responsable y una finalidad aprobada antes de julio de 2026'],
      ['Plazo', '30 de junio de 2026'],
      ['Responsable', 'Ana García Ruiz'],
      ['Responde a (DAFO)', 'D1 · No hay objetivos ni estrategia para las redes D2 · Cuentas abiertas sin coordinación'],
    ]);
    expect(rowCells(kpiTable!.rows[0]!)).toEqual(['Indicador', 'Valor de partida', 'Meta', 'Plazo', 'Fuente', 'Frecuencia', 'Responsable']);
    expect(bodyRows(kpiTable!).map(rowCells)).toEqual([
      ['Cuentas con responsable', '40 %', '100 %', '30/06/2026', 'Inventario de cuentas', 'Trimestral', 'Ana García Ruiz'],
      ['Cuentas inactivas', '12 cuentas', '0 cuentas', '—', '—', 'Trimestral', '—'],
    ]);
    const [, custom] = tablesOf(under(blocks, '5.2.'));
    expect(bodyRows(custom!).map(rowCells)).toEqual([
      ['Tiempo medio de respuesta en horas', '30,5 horas', '12 horas', '31/12/2027', 'Herramienta de gestión de redes', 'Mensual', 'Luis Pérez Gil'],
    ]);
  });

  it('gives each strategy line a tactics table with one row per tactic, its hours and cost as the engine counts them', () => {
    plan.lines.forEach((line, index) => {
      const section = under(blocks, `6.${index + 1}.`);
      const tactics = plan.tactics.filter((tactic) => tactic.lineId === line.id);
      const tables = tablesOf(section);
      expect(bodyRows(tables[0]!).map((row) => rowCells(row)[0])).toEqual(['Objetivos a los que sirve', 'Opción CAME de la que procede']);
      if (tactics.length === 0) {
        expect(tables).toHaveLength(1);
        expect(textsOf(section)).toContain('Esta línea todavía no tiene acciones.');
        return;
      }
      const rows = bodyRows(tables[1]!).map(rowCells);
      expect(rows).toHaveLength(tactics.length);
      expect(rows.map((row) => row[0]!.startsWith(tactics[rows.indexOf(row)]!.title))).toEqual(tactics.map(() => true));
    });
    const [fields, tactics] = tablesOf(under(blocks, '6.1.'));
    expect(bodyRows(fields!).map(rowCells)).toEqual([
      ['Objetivos a los que sirve', 'Objetivo 1: Que cada cuenta corporativa tenga una persona responsable y una finalidad aprobada antes…'],
      ['Opción CAME de la que procede', 'Supervivencia (debilidades × amenazas): Ordenar las cuentas y fijar quién responde de cada una'],
    ]);
    expect(rowCells(tactics!.rows[0]!)).toEqual(['Acción', 'Unidad y responsable', 'Fechas', 'Horas', 'Coste', 'Estado']);
    const [review, guide, audit] = bodyRows(tactics!).map(cellsXml);
    // 40 h + 2 h a week over the 89 days of February–April: 65.43 h at 28 €/h.
    expect(paragraphTexts(review![0]!)).toEqual([
      `Revisar el inventario y cerrar las cuentas abandonadas Con cada unidad, cuenta por cuenta. 40 h puntuales + 2 h/semana · Técnico/a de comunicación: ${es.money.format(28)}/h Cuentas: Facebook villanueva (Activa) y X (Twitter) @policia_villanueva (Activa)`,
    ]);
    expect(review!.slice(1).map(visibleText)).toEqual(['Gabinete de Comunicación Ana García Ruiz', '01/02/2026 – 30/04/2026', '65,4 h', es.money.format(1832), 'Prevista']);
    expect(guide!.slice(1).map(visibleText)).toEqual(['Gabinete de Comunicación', '01/05/2026 – 30/06/2026', '30 h', es.money.format(1440), 'En marcha']);
    expect(audit!.slice(1).map(visibleText)).toEqual(['—', '01/03/2026 – 31/03/2026', '0 h', es.money.format(3000), 'Cancelada']);
    expect(es.money.format(1832)).toBe('1832,00\u00A0€');
  });

  it('sets the timeline on landscape pages of its own, the chapters around it in portrait, page numbers going on', () => {
    const ends = blocks.flatMap((block, index) => (block.kind === 'p' && block.xml.includes('<w:sectPr>') ? [index] : []));
    const sectionOf = (title: string) => {
      const at = blocks.findIndex((block) => block.kind === 'p' && headingLevel(block) === 1 && block.text === title);
      const end = ends.find((index) => index >= at);
      return end === undefined ? sections(documentXml).at(-1)! : /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(blocks[end]!.xml)![0];
    };
    const orientation = (sectPr: string) => (/<w:pgSz[^>]*w:orient="landscape"/.test(sectPr) ? 'landscape' : 'portrait');
    expect(orientation(sectionOf('6. Estrategia y plan de acción'))).toBe('portrait');
    expect(orientation(sectionOf('7. Cronograma'))).toBe('landscape');
    expect(orientation(sectionOf('8. Organización y recursos'))).toBe('portrait');
    expect(orientation(sectionOf('Anexo I. Inventario de cuentas por unidad'))).toBe('landscape');
    expect(orientation(sectionOf('Anexo II. Glosario'))).toBe('portrait');
    // The timeline's section holds that chapter alone.
    const at = (title: string) => blocks.findIndex((block) => block.kind === 'p' && block.text === title);
    expect(ends.find((index) => index >= at('6. Estrategia y plan de acción'))).toBeLessThan(at('7. Cronograma'));
    expect(ends.find((index) => index >= at('7. Cronograma'))).toBeLessThan(at('8. Organización y recursos'));
    expect(sections(documentXml)).toHaveLength(5);
    expect(documentXml).not.toContain('w:pgNumType w:start');
    // The running header is redrawn to the landscape width.
    const headerId = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(sectionOf('7. Cronograma'))![1];
    const target = new RegExp(`Id="${headerId}"[^>]*Target="([^"]+)"`).exec(part(parts, 'word/_rels/document.xml.rels'))![1];
    expect(part(parts, `word/${target}`)).toContain(`<w:tab w:val="right" w:pos="${LANDSCAPE_TEXT_WIDTH}"/>`);
  });

  it('draws the timeline month by month, shading exactly the months each tactic runs', () => {
    const [table, ...others] = tablesOf(under(blocks, '7. Cronograma'));
    expect(others).toEqual([]);
    const [years, months, ...rows] = table!.rows;
    expect(isHeader(years!) && isHeader(months!)).toBe(true);
    expect(rowCells(years!)).toEqual(['Línea y acción', '2026', '2027']);
    expect(years).toMatch(/<w:gridSpan w:val="12"\/>[\s\S]*<w:gridSpan w:val="12"\/>/);
    const names = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];
    expect(rowCells(months!)).toEqual(['', ...names, ...names]);
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);

    const groups = rows.filter((row) => row.includes('w:gridSpan w:val="25"'));
    const linesWithTactics = plan.lines.filter((line) => plan.tactics.some((tactic) => tactic.lineId === line.id));
    expect(groups.map(rowCells)).toEqual([['Línea 1: Ordenar la presencia en redes'], ['Línea 2: Conversar con la ciudadanía']]);
    expect(groups).toHaveLength(linesWithTactics.length);
    const tacticRows = rows.filter((row) => !groups.includes(row));
    expect(tacticRows).toHaveLength(plan.tactics.length);

    const start = 2026 * 12;
    const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 - start;
    const ordered = linesWithTactics.flatMap((line) => plan.tactics.filter((tactic) => tactic.lineId === line.id));
    ordered.forEach((tactic, index) => {
      const cells = cellsXml(tacticRows[index]!);
      expect(cells).toHaveLength(25);
      expect(visibleText(cells[0]!)).toContain(tactic.title);
      const expected = new Map<number, string>();
      if (tactic.startOn && tactic.endOn) {
        for (let month = Math.max(0, monthOf(tactic.startOn)); month <= Math.min(23, monthOf(tactic.endOn)); month++) {
          expected.set(month, tactic.status === 'cancelled' ? CANCELLED_FILL : RUNNING_FILL);
        }
      }
      const shaded = new Map(cells.slice(1).flatMap((cell, month) => (fillOf(cell) ? [[month, fillOf(cell)!] as const] : [])));
      expect(shaded, tactic.title).toEqual(expected);
    });
    const notes = tacticRows.map((row) => paragraphTexts(cellsXml(row)[0]!)[0]);
    expect(notes).toContain('Encargar una auditoría externa 01/03/2026 – 31/03/2026 · cancelada');
    expect(notes).toContain('Presentar el plan a los medios 01/11/2027 – 29/02/2028 (fuera del periodo del plan)');
    expect(notes).toContain('Encuesta de satisfacción Sin fechas: no figura en el calendario');
    expect(textsOf(under(blocks, '7. Cronograma')).some((text) => text.includes('Mes en que se desarrolla la acción') && text.includes('Acción cancelada'))).toBe(true);
  });

  it('totals hours, FTE and cost by line and by unit exactly as the engine does, and says it is not free', () => {
    const section = under(blocks, '8. Organización y recursos');
    const { all, byLine, byUnit } = plan.totals;
    const figures = (total: { tactics: number; hours: number; fte: number; cost: number }) => [
      String(total.tactics),
      es.hours.format(total.hours),
      es.fte.format(total.fte),
      es.money.format(total.cost),
    ];
    const pick = (row: string[]) => [row[1]!, row[4]!, row[5]!, row[6]!];
    const [lines, units, roles] = tablesOf(section);
    const lineRows = bodyRows(lines!).map(rowCells);
    expect(lineRows.map(pick)).toEqual([...plan.lines.map((line) => figures(byLine[line.id] ?? { tactics: 0, hours: 0, fte: 0, cost: 0 })), figures(all)]);
    expect(lineRows.at(-1)![0]).toBe('Total');
    // One-off and recurring hours add up to the total.
    for (const row of lineRows) expect(Number(row[2]!.replace(',', '.')) + Number(row[3]!.replace(',', '.'))).toBeCloseTo(Number(row[4]!.replace(',', '.')), 1);
    const unitRows = bodyRows(units!).map(rowCells);
    const unitIds = Object.keys(byUnit);
    expect(unitRows.map((row) => row[0])).toEqual(['Gabinete de Comunicación', 'Policía Local', 'Sin unidad asignada', 'Total']);
    expect(unitRows.slice(0, -1).map(pick).sort()).toEqual(unitIds.map((id) => figures(byUnit[id]!)).sort());
    expect(pick(unitRows.at(-1)!)).toEqual(figures(all));
    expect(bodyRows(roles!).map(rowCells)).toEqual([
      ['Técnico/a de comunicación', es.money.format(28)],
      ['Agente de policía', es.money.format(31.5)],
    ]);
    const texts = textsOf(section);
    expect(texts[0]).toBe(
      `Las redes sociales no son gratuitas: abrir una cuenta no cuesta dinero, pero mantenerla exige horas de trabajo de personas concretas. Las acciones del plan suman ${es.hours.format(all.hours)} horas de trabajo a lo largo del periodo, el equivalente a ${es.fte.format(all.fte)} personas a tiempo completo, con un coste estimado de ${es.money.format(all.cost)}.`,
    );
    expect(texts[1]).toContain('Un equivalente a jornada completa (EJC) son 1642 horas de trabajo al año, y el periodo del plan dura 2 años.');
  });
});

describe('the action-plan chapters of a plan without one', () => {
  it('say in one line that the SWOT, objectives, strategy, timeline and resources are still to come, all in portrait', async () => {
    const documentXml = part(await readDocxParts(await buildPlanDocument(planData(), { lang: 'es', estimatePageNumbers: false })), 'word/document.xml');
    const blocks = bodyBlocks(documentXml);
    expect(outline(blocks).filter((heading) => /^[4-8]\. /.test(heading))).toEqual([
      '4. DAFO y estrategias CAME',
      '5. Objetivos e indicadores',
      '6. Estrategia y plan de acción',
      '7. Cronograma',
      '8. Organización y recursos',
    ]);
    expect(textsOf(under(blocks, '4. DAFO'))).toEqual(['Todavía no se ha elaborado el DAFO.']);
    expect(textsOf(under(blocks, '5. Objetivos'))).toEqual(['Todavía no se han definido objetivos.']);
    expect(textsOf(under(blocks, '6. Estrategia'))).toEqual(['Todavía no se han definido líneas estratégicas.']);
    expect(textsOf(under(blocks, '7. Cronograma'))).toEqual(['Todavía no hay acciones que situar en el calendario del plan.']);
    expect(textsOf(under(blocks, '8. Organización'))).toEqual(['Todavía no hay acciones con las que calcular las horas de trabajo y el coste del plan.']);
    // A note needs no wide page: the timeline's is set in portrait like the rest.
    expect(sections(documentXml)).toHaveLength(1);
    expect(documentXml).not.toContain('w:orient="landscape"');
  });

  it('in English too', async () => {
    const documentXml = part(await readDocxParts(await buildPlanDocument(planData(), { lang: 'en', estimatePageNumbers: false })), 'word/document.xml');
    const blocks = bodyBlocks(documentXml);
    expect(outline(blocks).filter((heading) => /^[4-6]\. /.test(heading))).toEqual(['4. SWOT and CAME strategies', '5. Objectives and KPIs', '6. Strategy and tactics']);
    expect(textsOf(under(blocks, '4. SWOT'))).toEqual(['The SWOT analysis has not been drawn up yet.']);
  });
});

describe('a tactic concerning many accounts', () => {
  it('names the first few and says how many more, so that its row stays short', async () => {
    const accounts = Array.from({ length: ACCOUNTS_SHOWN + 2 }, (_, index) => accountRecord({ handle: `@cuenta_${index}` }));
    const line = testId();
    const data = planData({
      inventory: { accounts },
      action: {
        lines: [{ id: line, name: 'Línea', description: '', cameOptionId: null, position: 0, objectiveIds: [] }],
        tactics: [
          { id: testId(), lineId: line, title: 'Activar la verificación en dos pasos', description: '', unitId: null, ownerId: null, startOn: null, endOn: null, hoursOnce: 1, hoursPerWeek: 0, roleId: null, otherCost: 0, status: 'planned', position: 0, accountIds: accounts.map((account) => account.id).reverse() },
        ],
      },
    });
    const blocks = bodyBlocks(part(await readDocxParts(await buildPlanDocument(data, { lang: 'es', estimatePageNumbers: false })), 'word/document.xml'));
    const [, tactics] = tablesOf(under(blocks, '6.1.'));
    expect(rowCells(bodyRows(tactics!)[0]!)[0]).toBe(
      'Activar la verificación en dos pasos 1 h puntuales Cuentas: Facebook @cuenta_0 (Activa), Facebook @cuenta_1 (Activa), Facebook @cuenta_2 (Activa) y 2 más',
    );
  });
});

describe('the action-plan chapters of a plan in English', () => {
  it('use the English catalog and write numbers, dates and money the British way', async () => {
    const { engine } = await engineWithActionPlan();
    const blocks = bodyBlocks(part(await readDocxParts(await engine.call('document.export', { lang: 'en' })), 'word/document.xml'));
    const headings = outline(blocks);
    for (const title of ['4. SWOT and CAME strategies', '4.1. SWOT matrix', '5. Objectives and KPIs', '6. Strategy and tactics', '7. Timeline', '8. Organisation and resources']) {
      expect(headings).toContain(title);
    }
    const [, kpis] = tablesOf(under(blocks, '5.2.'));
    expect(bodyRows(kpis!).map(rowCells)).toEqual([['Tiempo medio de respuesta en horas', '30.5 horas', '12 horas', '31/12/2027', 'Herramienta de gestión de redes', 'Monthly', 'Luis Pérez Gil']]);
    const [matrix] = tablesOf(under(blocks, '4.1.'));
    expect(paragraphTexts(cellsXml(matrix!.rows[1]!)[2]!)[1]).toBe('W1 No hay objetivos ni estrategia para las redes (weight 5)');
    const [months] = tablesOf(under(blocks, '7. Timeline')).map((table) => rowCells(table.rows[1]!));
    expect(months!.slice(1, 4)).toEqual(['Jan', 'Feb', 'Mar']);
    const [, tactics] = tablesOf(under(blocks, '6.1.'));
    expect(rowCells(bodyRows(tactics!)[0]!).slice(3)).toEqual(['65.4 h', '€1,832.00', 'Planned']);
  }, 60_000);
});

describe('the action-plan chapters of a hostile file', () => {
  const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF\u202A-\u202E\u2066-\u2069]/u;
  const BREAKER = '</w:t></w:r></w:p><w:p>Ayto & "Cía" ]]>\u0001\u202Eexe\uD800';
  const MEGABYTE = 'Ω'.repeat(1_048_576);

  it('stay well-formed, drop what they cannot show, and keep huge texts in bounds', async () => {
    const [strength, unknown] = [testId(), testId()];
    const [objective, line, option] = [testId(), testId(), testId()];
    const data = planData({
      action: {
        swot: [
          { id: strength, quadrant: 'strength', text: BREAKER, weight: Number.NaN, evidence: MEGABYTE, source: 'manual', sourceRef: '', position: 0 },
          { id: unknown, quadrant: 'evil' as 'strength', text: 'Cuadrante desconocido', weight: 99, evidence: '', source: 'manual', sourceRef: '', position: 1 },
        ],
        came: [
          { id: option, strategy: 'offensive', text: BREAKER, position: 0, swotItemIds: [strength, unknown, testId()] },
          { id: testId(), strategy: 'evil' as 'offensive', text: 'Estrategia desconocida', position: 1, swotItemIds: [] },
        ],
        objectives: [{ id: objective, statement: MEGABYTE, deadline: '<no date>', ownerId: testId(), position: 0, swotItemIds: [strength] }],
        kpis: [
          { id: testId(), objectiveId: objective, metric: '<evil>', name: BREAKER, unit: BREAKER, baseline: Number.POSITIVE_INFINITY, target: -1e12, deadline: null, source: MEGABYTE, frequency: 'hourly' as 'weekly', ownerId: null, position: 0 },
        ],
        lines: [{ id: line, name: MEGABYTE, description: BREAKER, cameOptionId: option, position: 0, objectiveIds: [objective, testId()] }],
        tactics: [
          { id: testId(), lineId: line, title: MEGABYTE, description: MEGABYTE, unitId: testId(), ownerId: null, startOn: 'not a date', endOn: '2026-05-01', hoursOnce: 1e9, hoursPerWeek: 168, roleId: testId(), otherCost: Number.NaN, status: 'evil' as 'planned', position: 0, accountIds: [testId()] },
          { id: testId(), lineId: testId(), title: 'Línea que no existe', description: '', unitId: null, ownerId: null, startOn: null, endOn: null, hoursOnce: 1, hoursPerWeek: 0, roleId: null, otherCost: 0, status: 'planned', position: 0, accountIds: [] },
        ],
        roles: [{ id: testId(), name: BREAKER, hourlyCost: 1e9, position: 0 }],
        period: { start: '2026-01-01', end: '2025-01-01' },
      },
    });
    const parts = await readDocxParts(await buildPlanDocument(data, { lang: 'es', estimatePageNumbers: false }));
    for (const [path, xml] of parts) {
      expect(xmlProblem(xml), path).toBeNull();
      expect(FORBIDDEN.test(decodeEntities(xml)), path).toBe(false);
    }
    const documentXml = part(parts, 'word/document.xml');
    const text = visibleText(documentXml);
    expect(text).toContain('</w:t></w:r></w:p><w:p>Ayto & "Cía" ]]>exe');
    expect(text).not.toContain('Cuadrante desconocido');
    expect(text).not.toContain('Estrategia desconocida');
    expect(text).not.toContain('<evil>');
    // Megabytes of text come out as kilobytes: capped where they are read, never written whole.
    expect(documentXml.length).toBeLessThan(600_000);
    const blocks = bodyBlocks(documentXml);
    expect(emptyHeadings(blocks)).toEqual([]);
    // The period is not two dates in order: the timeline says it has nothing to draw, but the resources are still counted.
    expect(outline(blocks).filter((heading) => /^\d+\. /.test(heading))).toEqual([
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
    ]);
    expect(textsOf(under(blocks, '7. Cronograma'))).toEqual(['Todavía no hay acciones que situar en el calendario del plan.']);
  });
});
