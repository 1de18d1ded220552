import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../../shared/docx';
import { makePng } from './images';
import { engineWithPlan } from './engine-plan';
import { planData } from './plan-data';

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

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'rumbo-docx-lo-'));
    const { engine } = await engineWithPlan();
    await engine.call('institution.update', { logo: { mime: 'image/png', bytes: makePng(400, 160) } });
    await writeFile(join(folder, 'plan.docx'), await engine.call('document.export'));
    const hostile = planData({
      institution: { name: '</w:t><w:p>Ayto & "Cía" ]]>\u0001\u202Eexe\uD800\uFFFE', planTitle: 'Ω'.repeat(1_048_576), contact: 'javascript:alert(1)' },
    });
    await writeFile(join(folder, 'hostile.docx'), await buildPlanDocument(hostile, { lang: 'es' }));

    const profile = pathToFileURL(join(folder, 'profile')).href;
    await run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, join(folder, 'plan.docx'), join(folder, 'hostile.docx')], {
      timeout: 120_000,
    });
    planText = (await run('pdftotext', ['-layout', join(folder, 'plan.pdf'), '-'])).stdout;
    planPages = Number(/Pages:\s+(\d+)/.exec((await run('pdfinfo', [join(folder, 'plan.pdf')])).stdout)?.[1]);
    hostileText = (await run('pdftotext', [join(folder, 'hostile.pdf'), '-'])).stdout;
    planFonts = (await run('pdffonts', [join(folder, 'plan.pdf')])).stdout;
  }, 150_000);

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

  it('opens the document made from hostile text, showing that text escaped, not executed', () => {
    expect(hostileText).toContain('Ayto & "Cía" ]]>');
    expect(hostileText).toContain('javascript:alert(1)');
    expect(hostileText).toContain('Ficha del documento');
  });
});
