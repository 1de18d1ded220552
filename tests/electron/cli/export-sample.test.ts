import fs from 'node:fs/promises';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { translate, type Lang } from '../../../shared/i18n';
import { SAMPLE_PROFILE } from '../../../shared/sample';
import { failureLine, listFolder, planBytes, rumbo, useTempDir } from './helpers';

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const part = zip.file('word/document.xml');
  if (!part) throw new Error('no word/document.xml');
  return part.async('string');
}

describe('rumbo export', () => {
  const temp = useTempDir();

  it.each<[string[], Lang]>([
    [[], 'es'],
    [['--lang', 'en'], 'en'],
  ])('writes the Word document of the plan (options %j → %s document)', async (options, lang) => {
    const plan = temp.path('plan.rumbo');
    const out = temp.path('plan.docx');
    await fs.writeFile(plan, await planBytes('Ayuntamiento de Pruebas'));
    const run = await rumbo(['export', plan, out, ...options]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { size } = await fs.stat(out);
    expect(run.stdout).toMatch(lang === 'en' ? /^Document written: .*plan\.docx \(\d+ KB\)\.\n$/ : /^Documento escrito: .*plan\.docx \(\d+ KB\)\.\n$/);
    expect(size).toBeGreaterThan(1000);
    const xml = await documentXml(out);
    expect(xml).toContain('Ayuntamiento de Pruebas');
    expect(xml).toContain(translate(lang, 'document.documentType'));
    // Read-only use of the plan: nothing but the document was added to the folder.
    expect(await listFolder(temp.dir())).toEqual(['plan.docx', 'plan.rumbo']);
  });

  it('replaces an existing document', async () => {
    const plan = temp.path('plan.rumbo');
    const out = temp.path('out.docx');
    await fs.writeFile(plan, await planBytes());
    await fs.writeFile(out, 'old document');
    expect((await rumbo(['export', plan, out])).code).toBe(0);
    expect(await documentXml(out)).toContain('Ayuntamiento de Pruebas');
  });

  it('fails with the plan error and writes no document when the plan is damaged', async () => {
    const plan = temp.path('plan.rumbo');
    await fs.writeFile(plan, new Uint8Array(0));
    expect(failureLine(await rumbo(['export', plan, temp.path('out.docx')])).code).toBe('FILE_EMPTY');
    expect(failureLine(await rumbo(['export', temp.path('missing.rumbo'), temp.path('out.docx')])).code).toBe('FILE_NOT_FOUND');
    expect(await listFolder(temp.dir())).toEqual(['plan.rumbo']);
  });

  it('reports a document that cannot be written as one line, leaving no temp files', async () => {
    const plan = temp.path('plan.rumbo');
    await fs.writeFile(plan, await planBytes());
    expect(failureLine(await rumbo(['export', plan, temp.path('no/such/folder/out.docx')])).code).toMatch(/^SAVE_/);
    expect(await listFolder(temp.dir())).toEqual(['plan.rumbo']);
  });

  it('refuses to write the document over the plan itself (exit 2)', async () => {
    const plan = temp.path('plan.docx');
    await fs.writeFile(plan, await planBytes());
    const run = await rumbo(['export', plan, plan]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('El documento no puede escribirse encima del propio plan.');
    expect((await fs.readFile(plan)).subarray(0, 15).toString()).toBe('SQLite format 3');
  });
});

describe('rumbo sample', () => {
  const temp = useTempDir();

  it('writes the bundled sample, which then checks sound and has the sample profile', async () => {
    const file = temp.path('ejemplo.rumbo');
    const written = await rumbo(['sample', file]);
    expect(written).toEqual({ code: 0, stdout: `Plan de ejemplo escrito: ${file} (${SAMPLE_PROFILE.name}).\n`, stderr: '' });
    expect((await rumbo(['check', file])).code).toBe(0);
    const info = JSON.parse((await rumbo(['info', file, '--json'])).stdout);
    expect(info.institution).toEqual({ name: SAMPLE_PROFILE.name, type: SAMPLE_PROFILE.type });
    expect(info.plan).toMatchObject({
      title: SAMPLE_PROFILE.planTitle,
      period: `${SAMPLE_PROFILE.periodStart}/${SAMPLE_PROFILE.periodEnd}`,
      language: 'es',
      status: 'draft',
    });
    expect(await listFolder(temp.dir())).toEqual(['ejemplo.rumbo']);
  });

  it('refuses to overwrite an existing file', async () => {
    const file = temp.path('ejemplo.rumbo');
    await fs.writeFile(file, await planBytes('Mi plan'));
    expect(failureLine(await rumbo(['sample', file, '--lang', 'en'])).code).toBe('FILE_EXISTS');
    expect(JSON.parse((await rumbo(['info', file, '--json'])).stdout).institution.name).toBe('Mi plan');
  });
});
