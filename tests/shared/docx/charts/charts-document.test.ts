import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { rasterizeForNode } from '../../../../electron/node/rasterize';
import { buildPlanDocument, type PlanDocumentData, type SvgRasterizer } from '../../../../shared/docx';
import { chartFigure, planCharts, prepareCharts, RASTER_SCALE } from '../../../../shared/docx/charts';
import { createContext } from '../../../../shared/docx/context';
import { readImageInfo } from '../../../../shared/docx/image-size';
import { sanitizeDeep } from '../../../../shared/docx/sanitize';
import type { Kpi, StrategyLine, Tactic } from '../../../../shared/model/action';
import type { Platform } from '../../../../shared/model/accounts';
import type { OrgUnit } from '../../../../shared/model/units';
import { bodyBlocks, headingLevel, isCaptionOf } from '../document-structure';
import { decodeEntities, paragraphs, part, readDocxParts } from '../docx-reader';
import { engineWithPlan } from '../engine-plan';
import { accountRecord, planData, testId } from '../plan-data';
import { xmlProblem } from '../xml-wellformed';

const HOSTILE_UNIT = '</w:t><w:p>Ayto & "Cía" ]]>\u0001\u202Eexe';

function unit(name: string, position: number): OrgUnit {
  return { id: testId(), parentId: null, name, kind: 'administrative', position, responsibleId: null, contact: '' };
}

/** Six accounts on three networks under two units (one named by a hostile file), and an action plan with costs and KPIs. */
function chartData(): PlanDocumentData {
  const press = unit('Gabinete de Comunicación', 0);
  const hostile = unit(HOSTILE_UNIT, 1);
  const placed: [Platform, OrgUnit][] = [
    ['facebook', press],
    ['facebook', press],
    ['facebook', hostile],
    ['instagram', press],
    ['instagram', hostile],
    ['x', press],
  ];
  const accounts = placed.map(([platform, owner], index) => accountRecord({ platform, handle: `@cuenta${index}`, unitId: owner.id }));
  const objective = { id: testId(), statement: 'Responder antes', deadline: null, ownerId: null, position: 0, swotItemIds: [] };
  const kpi = (name: string, baseline: number | null, target: number | null, position: number): Kpi => ({
    id: testId(), objectiveId: objective.id, metric: 'custom', name, unit: '%', baseline, target, deadline: null, source: '', frequency: null, ownerId: null, position,
  });
  const line = (name: string, position: number): StrategyLine => ({ id: testId(), name, description: '', cameOptionId: null, position, objectiveIds: [] });
  const lines = [line('Ordenar las cuentas', 0), line('Atender a la ciudadanía', 1)];
  const tactic = (lineId: string, otherCost: number): Tactic => ({
    id: testId(), lineId, title: 'Acción', description: '', unitId: null, ownerId: null, startOn: null, endOn: null, hoursOnce: 0, hoursPerWeek: 0, roleId: null, otherCost, status: 'planned', position: 0, accountIds: [],
  });
  return planData({
    inventory: { units: [press, hostile], accounts },
    counts: { units: 2, accounts: accounts.length },
    action: {
      objectives: [objective],
      kpis: [kpi('Consultas respondidas', 72.5, 95, 0), kpi('Cuentas con doble factor', 50, 100, 1), kpi('Sin meta todavía', 10, null, 2)],
      lines,
      tactics: [tactic(lines[0]!.id, 1_500), tactic(lines[1]!.id, 4_500)],
    },
  });
}

/** The rasterizer as the hosts give it, counting the charts it is asked to draw. */
function countingRasterizer(): { rasterize: SvgRasterizer; calls: { svg: string; width: number }[] } {
  const calls: { svg: string; width: number }[] = [];
  return {
    calls,
    rasterize: (svg, width) => {
      calls.push({ svg, width });
      return rasterizeForNode(svg, width);
    },
  };
}

async function mediaOf(bytes: Uint8Array): Promise<Uint8Array[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Promise.all(Object.values(zip.files).filter((file) => file.name.startsWith('word/media/')).map((file) => file.async('uint8array')));
}

function docPrs(documentXml: string): Record<string, string>[] {
  return [...documentXml.matchAll(/<wp:docPr ([^>]*)\/>/g)].map(([, attributes]) =>
    Object.fromEntries([...attributes!.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, value]) => [name!, decodeEntities(value!)])),
  );
}

describe('charts in the exported document', () => {
  let bytes: Uint8Array;
  let documentXml: string;
  let calls: { svg: string; width: number }[];

  beforeAll(async () => {
    const counting = countingRasterizer();
    calls = counting.calls;
    bytes = await buildPlanDocument(chartData(), { lang: 'es', rasterize: counting.rasterize });
    documentXml = part(await readDocxParts(bytes), 'word/document.xml');
  });

  it('places the charts as PNG images twice as wide as drawn, with alternative text that sums up the data', async () => {
    expect(xmlProblem(documentXml)).toBeNull();
    const media = await mediaOf(bytes);
    expect(media).toHaveLength(4); // by network and by unit in the situation, KPI targets, cost by line
    for (const png of media) expect(readImageInfo(png)).toMatchObject({ kind: 'png', width: 600 * RASTER_SCALE });
    expect(calls.every((call) => call.width === 600 * RASTER_SCALE)).toBe(true);

    const [platforms, units] = docPrs(documentXml);
    expect(platforms).toMatchObject({ title: 'Número de cuentas corporativas en cada red social' });
    expect(platforms!.descr).toBe(
      'Gráfico de barras horizontales con el número de cuentas de cada red social, de más a menos: Facebook: 3, Instagram: 2 y X (Twitter): 1.',
    );
    // The hostile unit name reaches the alternative text cleaned and escaped, as everywhere else.
    expect(units!.descr).toBe(
      'Gráfico de barras horizontales con el número de cuentas propias de cada unidad, de más a menos: Gabinete de Comunicación: 4 y </w:t><w:p>Ayto & "Cía" ]]>exe: 2.',
    );
  });

  it('captions each chart "Figura N." with a SEQ field, in the Caption style, under the image and above its table', () => {
    const captions = bodyBlocks(documentXml).filter((block) => isCaptionOf(block, 'Figura'));
    expect(captions.map((caption) => caption.text)).toEqual([
      'Figura 1. Número de cuentas corporativas en cada red social',
      'Figura 2. Cuentas propias de cada unidad, de más a menos',
      'Figura 3. Valor de partida y meta de cada indicador',
      'Figura 4. Coste estimado de cada línea estratégica',
    ]);
    for (const caption of captions) expect(caption.xml).toContain('<w:instrText xml:space="preserve">SEQ Figura</w:instrText>');

    const blocks = bodyBlocks(documentXml);
    const at = blocks.findIndex((block) => isCaptionOf(block, 'Figura'));
    const image = blocks[at - 1]!;
    expect(image.xml).toContain('<wp:docPr');
    expect(image.xml).toContain('<w:keepNext/>');
    expect(headingLevel(blocks[at - 2]!)).toBe(3);
    // The table's own caption, then the table.
    expect(isCaptionOf(blocks[at + 1]!, 'Tabla')).toBe(true);
    expect(blocks[at + 2]!.kind).toBe('tbl');
    // The KPI chart follows the objectives chapter's introduction; the cost chart heads its section, above the table it draws.
    const captionAt = (number: number) => blocks.findIndex((block) => isCaptionOf(block, 'Figura') && block.text.startsWith(`Figura ${number}.`));
    const before = (index: number, count: number) => blocks.slice(index - count, index).map((block) => (block.kind === 'p' ? block.text : 'table'));
    expect(before(captionAt(3) - 1, 2)).toEqual(['5. Objetivos e indicadores', 'El plan se fija 1 objetivo. Se indica su plazo, quién responde de él, a qué puntos del DAFO responde y con qué indicadores se medirá.']);
    expect(before(captionAt(4) - 1, 1)).toEqual(['8.1. Esfuerzo y coste por línea estratégica']);
    expect(blocks[captionAt(4) + 2]!.kind).toBe('tbl');
  });

  it('numbers the figures from 1 in the order they appear, whatever chapters the export leaves out', async () => {
    const without = await buildPlanDocument(chartData(), { lang: 'es', rasterize: rasterizeForNode, excludedParts: ['situation'] });
    const captions = bodyBlocks(part(await readDocxParts(without), 'word/document.xml')).filter((block) => isCaptionOf(block, 'Figura'));
    expect(captions.map((caption) => caption.text)).toEqual(['Figura 1. Valor de partida y meta de cada indicador', 'Figura 2. Coste estimado de cada línea estratégica']);
  });

  it('draws the cost and KPI charts for their chapters, ready to place', async () => {
    const context = createContext(sanitizeDeep(chartData()), { lang: 'es' });
    const charts = planCharts(context);
    expect(charts.map((chart) => chart.id)).toEqual(['accountsByPlatform', 'accountsByUnit', 'kpiTargets', 'costByLine']);
    const [, , kpis, cost] = charts;
    expect(cost!.description).toBe(
      'Gráfico de barras horizontales con el coste estimado de cada línea estratégica: Línea 1: Ordenar las cuentas: 1500 € y Línea 2: Atender a la ciudadanía: 4500 €.',
    );
    // Only KPIs with both a baseline and a target.
    expect(kpis!.description).toContain('Obj. 1 · Consultas respondidas: de 72,5 % a 95 % y Obj. 1 · Cuentas con doble factor: de 50 % a 100 %.');
    expect(kpis!.description).not.toContain('Sin meta');

    context.charts = await prepareCharts(context, { rasterize: rasterizeForNode });
    const figure = [...chartFigure(context, 'costByLine'), ...chartFigure(context, 'kpiTargets')];
    const packed = await Packer.pack(new Document({ sections: [{ children: figure }] }), 'uint8array');
    const xml = part(await readDocxParts(packed), 'word/document.xml');
    expect(docPrs(xml).map((docPr) => docPr.title)).toEqual(['Coste estimado de cada línea estratégica', 'Valor de partida y meta de cada indicador']);
    expect(paragraphs(xml).filter((paragraph) => paragraph.style === 'Caption')).toHaveLength(2);
  });

  it('leaves out the charts of chapters the export leaves out, without drawing them', async () => {
    const counting = countingRasterizer();
    await buildPlanDocument(chartData(), { lang: 'es', rasterize: counting.rasterize, excludedParts: ['situation', 'resources'], estimatePageNumbers: false });
    expect(counting.calls).toHaveLength(1); // the KPI chart only
    expect(counting.calls[0]!.svg).toContain('Consultas respondidas');
  });

  it('writes the captions in the plan’s language', async () => {
    const english = await buildPlanDocument(chartData(), { lang: 'en', rasterize: rasterizeForNode, estimatePageNumbers: false });
    const captions = bodyBlocks(part(await readDocxParts(english), 'word/document.xml')).filter((block) => isCaptionOf(block, 'Figure'));
    expect(captions.map((caption) => caption.text)).toEqual(expect.arrayContaining([expect.stringMatching(/^Figure .*Number of corporate accounts on each social network$/)]));
    expect(captions[0]!.xml).toContain('SEQ Figure');
  });
});

describe('a document without charts', () => {
  it.each<[string, SvgRasterizer | undefined]>([
    ['no rasterizer (the data tables are enough)', undefined],
    ['a rasterizer that fails', () => Promise.reject(new Error('wasm missing'))],
    ['a rasterizer that returns something that is not a PNG', () => Promise.resolve(new TextEncoder().encode('<svg/>'))],
  ])('is still written, with no image, caption or error, given %s', async (_, rasterize) => {
    const bytes = await buildPlanDocument(chartData(), { lang: 'es', estimatePageNumbers: false, ...(rasterize ? { rasterize } : {}) });
    const documentXml = part(await readDocxParts(bytes), 'word/document.xml');
    expect(xmlProblem(documentXml)).toBeNull();
    expect(await mediaOf(bytes)).toHaveLength(0);
    expect(documentXml).not.toContain('<wp:docPr');
    expect(bodyBlocks(documentXml).some((block) => isCaptionOf(block, 'Figura'))).toBe(false);
    // The tables the charts would have stood beside are there.
    expect(documentXml).toContain('Instagram');
  });
});

describe('charts through the engine', () => {
  it('come out of document.export when the host gives the engine a rasterizer', async () => {
    const { engine } = await engineWithPlan({ rasterize: rasterizeForNode });
    for (const platform of ['facebook', 'facebook', 'x'] as const) await engine.call('account.create', { platform, handle: `@${platform}${Math.random()}` });
    const bytes = await engine.call('document.export');
    expect(await mediaOf(bytes)).toHaveLength(1); // by network; by unit needs units
    expect(docPrs(part(await readDocxParts(bytes), 'word/document.xml'))[0]!.descr).toContain('Facebook: 2 y X (Twitter): 1');
  });
});
