import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { collectPageErrors, editField, expectSaved, fixtureEngine, openPlanFile } from './helpers';

/**
 * The Word document's screens in Chromium: the document control with its version history, the
 * plan texts, and the export with its choices and preview. Each test opens a plan made in Node
 * with the real engine (a council with a press office, a couple of accounts and a SWOT item).
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/docui');
const INSTITUTION = 'Ayuntamiento de Villaficha';
const FIXTURE = 'villaficha.rumbo';

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/');
});

/** `documentReady`: the document control already filled in, as a colleague would send it. */
async function planFile(options: { documentReady?: boolean } = {}): Promise<Buffer> {
  const engine = await fixtureEngine(INSTITUTION, { start: '2026-01-01', end: '2027-12-31' });
  const press = await engine.call('unit.create', { name: 'Gabinete de Comunicación', kind: 'administrative' });
  await engine.call('unit.create', { name: 'Servicio de Juventud', kind: 'administrative' });
  await engine.call('account.create', { platform: 'x', handle: '@aytovillaficha', unitId: press.id });
  await engine.call('account.create', { platform: 'instagram', handle: '@juventud_villaficha' });
  await engine.call('swot.create', { quadrant: 'weakness', text: 'Nadie tiene horas asignadas para las cuentas.' });
  if (options.documentReady) {
    await engine.call('document.update', {
      owningUnitId: press.id,
      approvedBy: 'Junta de Gobierno Local',
      approvalReference: 'Decreto 2026/0451',
      nextReviewOn: '2027-03-01',
      legislation: 'Ley 19/2013, de transparencia\nLey Orgánica 3/2018, de protección de datos',
    });
    await engine.call('documentVersion.create', { version: '0.1', issuedOn: '2026-02-10', author: 'Gabinete de Comunicación', changes: 'Borrador para la Junta de Gobierno' });
  }
  return Buffer.from((await engine.call('plan.export')).bytes);
}

async function goTo(page: Page, name: 'Ficha del documento' | 'Textos del plan' | 'Documento Word') {
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function reopen(page: Page) {
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /villaficha/i }).first().click();
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
}

const versionRows = (page: Page) => page.getByRole('table', { name: 'Historial de versiones del documento' }).locator('tbody tr');

test('document control: every field and a version row are kept, undone and redone', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openPlanFile(page, FIXTURE, await planFile());
  await goTo(page, 'Ficha del documento');
  await expect(page.getByText('Estado del plan: Borrador · Versión 0.1')).toBeVisible();

  await editField(page, 'Órgano que lo aprueba', 'Junta de Gobierno Local');
  await page.getByLabel('Unidad responsable del documento').selectOption({ label: 'Gabinete de Comunicación' });
  await page.getByLabel('Fecha de aprobación').fill('2026-03-02');
  await editField(page, 'Referencia de la aprobación', 'Decreto 2026/0451');
  await page.getByLabel('Próxima revisión').fill('2027-03-01');
  await editField(page, 'Documentos relacionados', '  Guía de estilo y uso de las redes sociales \n\n Plan de comunicación 2026  ');
  // Once left, the list shows what the document will list: one clean item per line.
  await expect(page.getByLabel('Documentos relacionados')).toHaveValue('Guía de estilo y uso de las redes sociales\nPlan de comunicación 2026');
  await editField(page, 'Normativa aplicable', 'Ley 19/2013, de transparencia\nLey Orgánica 3/2018, de protección de datos');
  await expectSaved(page);

  // A new row takes the focus on its number, filled with the plan's version and today's date.
  await page.getByRole('button', { name: 'Añadir versión' }).click();
  await expect(versionRows(page)).toHaveCount(1);
  await expect(page.getByLabel('Número de la versión 0.1')).toBeFocused();
  await expect(page.getByLabel('Cambios de la versión 0.1')).toHaveValue('Primera versión del plan.');
  await editField(page, 'Fecha de la versión 0.1', '2026-02-10');
  await editField(page, 'Autoría de la versión 0.1', 'Gabinete de Comunicación');
  await editField(page, 'Cambios de la versión 0.1', 'Borrador para la Junta de Gobierno');
  await page.getByRole('button', { name: 'Añadir versión' }).click();
  await expect(page.getByLabel('Número de la versión 0.2')).toBeFocused();
  // An empty number is refused with a message and changes nothing.
  await editField(page, 'Número de la versión 0.2', '  ');
  await expect(page.getByRole('alert').filter({ hasText: 'Escriba el número de la versión' })).toBeVisible();
  await expectSaved(page);
  await page.screenshot({ path: path.join(SHOTS, 'document-control.png'), fullPage: true });

  // Removing asks first; the safe answer has the focus; Undo brings the row back.
  await page.getByRole('button', { name: 'Quitar la versión 0.2' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Quitar la versión 0.2 del historial?' });
  await expect(dialog.getByRole('button', { name: 'Cancelar' })).toBeFocused();
  await page.screenshot({ path: path.join(SHOTS, 'version-remove-dialog.png') });
  await dialog.getByRole('button', { name: 'Quitar la versión' }).click();
  await expect(versionRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: /^Deshacer/ }).click();
  await expect(versionRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: /^Rehacer/ }).click();
  await expect(versionRows(page)).toHaveCount(1);

  // Each field is its own undo step: undoing the history edits leaves the fields alone.
  await page.getByRole('heading', { name: 'Ficha del documento', level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(versionRows(page)).toHaveCount(2);
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Número de la versión 0.2')).toHaveCount(0);
  await expect(versionRows(page)).toHaveCount(1);
  await expect(page.getByLabel('Normativa aplicable')).toHaveValue('Ley 19/2013, de transparencia\nLey Orgánica 3/2018, de protección de datos');
  await page.keyboard.press('Control+y');
  await expect(versionRows(page)).toHaveCount(2);
  await page.keyboard.press('Control+y');
  await expect(versionRows(page)).toHaveCount(1);

  await reopen(page);
  await goTo(page, 'Ficha del documento');
  await expect(page.getByLabel('Órgano que lo aprueba')).toHaveValue('Junta de Gobierno Local');
  await expect(page.getByLabel('Unidad responsable del documento').locator('option:checked')).toHaveText('Gabinete de Comunicación');
  await expect(page.getByLabel('Fecha de aprobación')).toHaveValue('2026-03-02');
  await expect(page.getByLabel('Referencia de la aprobación')).toHaveValue('Decreto 2026/0451');
  await expect(page.getByLabel('Próxima revisión')).toHaveValue('2027-03-01');
  // One clean item per line, as the document will list them.
  await expect(page.getByLabel('Documentos relacionados')).toHaveValue('Guía de estilo y uso de las redes sociales\nPlan de comunicación 2026');
  await expect(versionRows(page)).toHaveCount(1);
  await expect(page.getByLabel('Número de la versión 0.1')).toHaveValue('0.1');
  await expect(page.getByLabel('Fecha de la versión 0.1')).toHaveValue('2026-02-10');
  await expect(page.getByLabel('Autoría de la versión 0.1')).toHaveValue('Gabinete de Comunicación');
  await expect(page.getByLabel('Cambios de la versión 0.1')).toHaveValue('Borrador para la Junta de Gobierno');

  // Clearing a date is allowed (it becomes "not specified"), and undone in one step.
  await page.getByLabel('Fecha de aprobación').fill('');
  await expectSaved(page);
  await page.getByRole('button', { name: /^Deshacer/ }).click();
  await expect(page.getByLabel('Fecha de aprobación')).toHaveValue('2026-03-02');
  expect(errors).toEqual([]);
});

test('export: the choices change the preview, travel with the plan and shape the .docx', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openPlanFile(page, FIXTURE, await planFile({ documentReady: true }));
  await goTo(page, 'Documento Word');
  const outline = page.getByRole('region', { name: 'Vista previa' }).locator('.export-outline');
  const cover = page.getByTestId('cover-preview');
  const control = page.getByTestId('control-preview');
  const expectedName = `${INSTITUTION} - Plan de presencia en redes sociales - v0.1.docx`;

  // The key pages come from the plan's data, in the document's language.
  await expect(cover).toContainText(INSTITUTION);
  await expect(cover).toContainText('BORRADOR');
  await expect(control).toContainText('Junta de Gobierno Local');
  await expect(control).toContainText('Gabinete de Comunicación');
  await expect(control).toContainText('Ley Orgánica 3/2018, de protección de datos');
  await expect(control).toContainText('Borrador para la Junta de Gobierno');
  await expect(page.getByTestId('export-file-name')).toHaveText(expectedName);
  await expect(page.getByRole('checkbox', { name: /Análisis de la situación/ })).toBeChecked();
  await page.screenshot({ path: path.join(SHOTS, 'export-initial.png'), fullPage: true });

  // Leave out a chapter and the DRAFT marking: the preview follows, the plan keeps the choice.
  await expect(outline).toContainText('Análisis de la situación');
  await page.getByRole('checkbox', { name: /Análisis de la situación/ }).uncheck();
  await expect(page.getByRole('checkbox', { name: /Análisis de la situación/ })).not.toBeChecked();
  await expect(outline).not.toContainText('Análisis de la situación');
  await page.getByRole('radio', { name: 'Nunca' }).check();
  await expect(page.getByText('El documento saldrá sin la marca BORRADOR.')).toBeVisible();
  await expect(cover).not.toContainText('BORRADOR');
  await expectSaved(page);
  await page.screenshot({ path: path.join(SHOTS, 'export-choices.png'), fullPage: true });

  // Each choice is an undo step.
  await page.getByRole('button', { name: /^Deshacer/ }).click();
  await expect(page.getByRole('radio', { name: 'Según el estado del plan' })).toBeChecked();
  await expect(cover).toContainText('BORRADOR');
  await page.getByRole('button', { name: /^Rehacer/ }).click();
  await expect(page.getByRole('radio', { name: 'Nunca' })).toBeChecked();

  await reopen(page);
  await goTo(page, 'Documento Word');
  await expect(page.getByRole('checkbox', { name: /Análisis de la situación/ })).not.toBeChecked();
  await expect(page.getByRole('radio', { name: 'Nunca' })).toBeChecked();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar a Word…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(expectedName);
  await expect(page.getByRole('status').filter({ hasText: `Documento guardado: ${expectedName}` })).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const body = await zip.file('word/document.xml')!.async('string');
  const everything = (await Promise.all(Object.keys(zip.files).filter((name) => /^word\/.*\.xml$/.test(name)).map((name) => zip.file(name)!.async('string')))).join('\n');
  for (const text of ['Junta de Gobierno Local', 'Decreto 2026/0451', 'Gabinete de Comunicación', 'Ley Orgánica 3/2018, de protección de datos', 'Borrador para la Junta de Gobierno']) {
    // Booleans, not toContain: a failure would otherwise print the whole document.xml.
    expect(body.includes(text), `the document control shows “${text}”`).toBe(true);
  }
  expect(body.includes('Análisis de la situación'), 'the chapter left out is absent').toBe(false);
  expect(everything.includes('BORRADOR'), 'no DRAFT marking anywhere').toBe(false);
  expect(errors).toEqual([]);
});

test('export in English with an approved-looking document; the screen itself stays in Spanish', async ({ page }) => {
  await openPlanFile(page, FIXTURE, await planFile({ documentReady: true }));
  await goTo(page, 'Documento Word');
  await page.getByLabel('Idioma del documento').selectOption('en');
  const control = page.getByTestId('control-preview');
  await expect(control).toContainText('Approved by');
  await expect(control).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('checkbox', { name: /Análisis de la situación/ })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'export-english.png'), fullPage: true });
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar a Word…' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
  expect(await zip.file('word/document.xml')!.async('string')).toContain('Document control');
});

test('plan texts: one editor per text with its help; what is written is kept and reaches the document', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openPlanFile(page, FIXTURE, await planFile());
  await goTo(page, 'Textos del plan');
  for (const label of ['Presentación', 'Marco estratégico y normativo', 'Gobernanza', 'Protocolo de crisis', 'Medición y evaluación', 'Consideraciones finales']) {
    await expect(page.getByRole('textbox', { name: label, exact: true })).toBeVisible();
  }
  await expect(page.getByText(/protección de datos personales, accesibilidad de los contenidos, lenguas oficiales/)).toBeVisible();

  const framework = page.getByRole('textbox', { name: 'Marco estratégico y normativo', exact: true });
  await framework.click();
  await page.keyboard.type('El plan desarrolla el Plan Estratégico Municipal 2024-2027 y respeta la Ley 19/2013.');
  await page.getByRole('heading', { name: 'Textos del plan', level: 1 }).click();
  await expectSaved(page);
  await page.screenshot({ path: path.join(SHOTS, 'plan-texts.png'), fullPage: true });
  // The visit is one undo step.
  await page.getByRole('button', { name: /^Deshacer/ }).click();
  await expect(framework).not.toContainText('Plan Estratégico');
  await page.getByRole('button', { name: /^Rehacer/ }).click();
  await expect(framework).toContainText('Plan Estratégico Municipal 2024-2027');

  // The in-page index takes keyboard users to a text.
  await page.getByRole('button', { name: 'Protocolo de crisis', exact: true }).click();
  await expect(page.getByRole('article', { name: 'Protocolo de crisis' })).toBeFocused();

  await reopen(page);
  await goTo(page, 'Textos del plan');
  await expect(page.getByRole('textbox', { name: 'Marco estratégico y normativo', exact: true })).toContainText('Plan Estratégico Municipal 2024-2027');

  await goTo(page, 'Documento Word');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar a Word…' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
  const body = await zip.file('word/document.xml')!.async('string');
  expect(body.includes('Plan Estratégico Municipal 2024-2027'), 'the framework text is in the document').toBe(true);
  expect(errors).toEqual([]);
});

test('the document screens are usable by keyboard alone', async ({ page }) => {
  await openPlanFile(page, FIXTURE, await planFile({ documentReady: true }));
  await goTo(page, 'Documento Word');
  // From the heading, Tab reaches the first chapter's checkbox and Space toggles it.
  const presentation = page.getByRole('checkbox', { name: /Presentación y resumen ejecutivo/ });
  await presentation.focus();
  await page.keyboard.press('Space');
  await expect(presentation).not.toBeChecked();
  await expectSaved(page);
  // The marking is a radio group: arrows move the choice.
  await page.getByRole('radio', { name: 'Según el estado del plan' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Siempre' })).toBeChecked();

  await goTo(page, 'Ficha del documento');
  await page.getByRole('button', { name: 'Añadir versión' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Número de la versión 0.2')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Fecha de la versión 0.2')).toBeFocused();
  await page.getByRole('button', { name: 'Quitar la versión 0.2' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(versionRows(page)).toHaveCount(2);
  // The keyboard is back where it was: on the button that asked.
  await expect(page.getByRole('button', { name: 'Quitar la versión 0.2' })).toBeFocused();
});
