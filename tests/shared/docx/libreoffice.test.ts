import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../shared/docx';
import type { Inventory } from '../../../shared/model/inventory';
import { PlanEngine } from '../../../shared/engine/engine';
import { SAMPLE_ENGINE_SETTINGS, buildSamplePlan } from '../../../shared/sample';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';
import { makePng } from './images';
import { engineWithPlan } from './engine-plan';
import { accountRecord, planData } from './plan-data';

const run = promisify(execFile);
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasSoffice) console.warn('LibreOffice test skipped: `soffice` is not installed on this machine.');

/**
 * A second, independent reader: LibreOffice must open the exported documents and lay them out.
 * Its own private profile keeps parallel runs (and a LibreOffice someone has open) apart.
 */
describe.skipIf(!hasSoffice)('the exported document in LibreOffice', () => {
  let folder: string;
  let planText: string;
  let planPages: number;
  let hostileText: string;
  let planFonts: string;
  let sampleInventory: Inventory;
  let samplePages: string[];
  let sampleSizes: string[];
  let mediumPages: string[];

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rumbo-docx-lo-'));
    const { engine } = await engineWithPlan();
    await engine.call('institution.update', { logo: { mime: 'image/png', bytes: makePng(400, 160) } });
    await writeFile(join(folder, 'plan.docx'), await engine.call('document.export'));
    const hostile = planData({
      institution: { name: '</w:t><w:p>Ayto & "Cía" ]]>\u0001\u202Eexe\uD800\uFFFE', planTitle: 'Ω'.repeat(1_048_576), contact: 'javascript:alert(1)' },
    });
    await writeFile(join(folder, 'hostile.docx'), await buildPlanDocument(hostile, { lang: 'es' }));
    const sample = new PlanEngine({ SQL: await loadSqlJsForNode(), ...SAMPLE_ENGINE_SETTINGS });
    await buildSamplePlan(sample, makePng(48, 48));
    sampleInventory = await sample.call('inventory.get');
    await writeFile(join(folder, 'sample.docx'), await sample.call('document.export'));
    // Long enough that only the part before the annex is laid out to number the contents.
    const accounts = Array.from({ length: 40 }, (_, index) => accountRecord({ handle: `@cuenta_${index}`, displayName: `Cuenta número ${index} de la diputación` }));
    await writeFile(join(folder, 'medium.docx'), await buildPlanDocument(planData({ inventory: { accounts }, counts: { units: 0, accounts: 40 } }), { lang: 'es' }));

    const profile = pathToFileURL(join(folder, 'profile')).href;
    const documents = ['plan', 'hostile', 'sample', 'medium'].map((name) => join(folder, `${name}.docx`));
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...documents], {
      timeout: 240_000,
    });
    planText = (await run('pdftotext', ['-layout', join(folder, 'plan.pdf'), '-'])).stdout;
    planPages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [join(folder, 'plan.pdf')])).stdout)?.[1]);
    hostileText = (await run('pdftotext', [join(folder, 'hostile.pdf'), '-'])).stdout;
    planFonts = (await run('pdffonts', [join(folder, 'plan.pdf')])).stdout;
    samplePages = (await run('pdftotext', [join(folder, 'sample.pdf'), '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout.split('\f');
    sampleSizes = [...(await run('pdfinfo', ['-f', '1', '-l', '999', join(folder, 'sample.pdf')])).stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+ x [\d.]+)/gm)].map((m) => m[1]!);
    mediumPages = (await run('pdftotext', ['-layout', join(folder, 'medium.pdf'), '-'])).stdout.split('\f');
  }, 300_000);

  afterAll(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('lays out the plan with its cover, document control, contents and chapter', () => {
    expect(planText).toContain('Ayuntamiento de Villanueva');
    expect(planText).toContain('Ficha del documento');
    expect(planText).toContain('Índice');
    expect(planText).toContain('1. Institución');
    expect(planText).toContain('BORRADOR');
    expect(planText).toMatch(/Página 2 de 4/);
  });

  it('agrees with the page numbers the document was written with', () => {
    expect(planPages).toBe(4);
    expect(planText).toMatch(/1\. Institución\.{5,}\s*4/);
  });

  it('draws Arial with its metric-compatible stand-in, not with a fallback font', () => {
    const fonts = planFonts.split('\n').slice(2).filter((line) => line.trim() !== '').map((line) => line.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.startsWith('LiberationSans') || font.startsWith('Arial'))).toBe(true);
  });

  it('lays out the sample plan with the situation chapter, its sections and the annex', () => {
    const text = samplePages.join('\n');
    for (const title of ['2. Análisis de la situación', '2.1. Inventario de cuentas', '2.1.1. Cuentas por red social', '2.1.2. Cuentas por unidad', '2.2. Mapa de cuentas', '2.3. Hallazgos de la auditoría', 'Anexo: inventario de cuentas']) {
      expect(text).toContain(title);
    }
    // Every account of the inventory is in the annex. Long handles wrap inside their cells, and
    // pdftotext joins a line that ends in a hyphen without it: compared without either.
    const squeeze = (text: string) => text.replace(/[\s-]+/g, '');
    const annex = squeeze(samplePages.slice(samplePages.findIndex((page) => /^Anexo: inventario de cuentas$/m.test(page))).join(''));
    for (const account of sampleInventory.accounts) expect(annex, account.handle).toContain(squeeze(account.handle));
  });

  it('prints the chapters on portrait pages and the annex on landscape pages', () => {
    const annexStart = samplePages.findIndex((page) => /^Anexo: inventario de cuentas$/m.test(page));
    expect(annexStart).toBeGreaterThan(4);
    expect(sampleSizes.length).toBe(samplePages.filter((page) => page.trim() !== '').length);
    const [portrait, landscape] = [sampleSizes.slice(0, annexStart), sampleSizes.slice(annexStart)];
    expect(new Set(portrait)).toEqual(new Set(['595.304 x 841.89']));
    expect(new Set(landscape)).toEqual(new Set(['841.89 x 595.304']));
    expect(landscape.length).toBeGreaterThan(1);
  });

  it('agrees with the page numbers written for the contents when only the chapters were laid out', () => {
    const pageOf = (heading: RegExp) => mediumPages.findIndex((page, index) => index > 2 && heading.test(page)) + 1;
    const contents = mediumPages.find((page) => /Índice/.test(page))!;
    const listed = (title: string) => Number(new RegExp(`${title.replace(/\./g, '\\.')}\\.{5,}\\s*(\\d+)`).exec(contents)?.[1]);
    expect(listed('Anexo: inventario de cuentas')).toBe(pageOf(/^\s*Anexo: inventario de cuentas\s*$/m));
    expect(listed('2.3. Hallazgos de la auditoría')).toBe(pageOf(/^\s*2\.3\. Hallazgos de la auditoría\s*$/m));
    expect(listed('2. Análisis de la situación')).toBe(pageOf(/^\s*2\. Análisis de la situación\s*$/m));
  });

  it('opens the document made from hostile text, showing that text escaped, not executed', () => {
    expect(hostileText).toContain('Ayto & "Cía" ]]>');
    expect(hostileText).toContain('javascript:alert(1)');
    expect(hostileText).toContain('Ficha del documento');
  });
});
