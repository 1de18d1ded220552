import { expect, test } from '@playwright/test';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { collectPageErrors, createPlan, editField, expectSaved } from './helpers';

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('new plan → edit profile → autosave → reopen: everything is there', async ({ page }) => {
  const errors = collectPageErrors(page);
  await createPlan(page, 'Ayuntamiento de Valdeprueba', { type: 'town_council' });
  await expect(page).toHaveTitle(/Ayuntamiento de Valdeprueba - Plan de presencia en redes sociales\.rumbo — Rumbo/);

  await editField(page, 'Título del plan', 'Plan de redes sociales 2026-2027');
  await editField(page, 'Contacto', 'comunicacion@valdeprueba.es');
  await page.getByLabel('Autoría (una persona o unidad por línea)').fill('Gabinete de Comunicación\nMarta Gil');
  await page.getByLabel('Autoría (una persona o unidad por línea)').blur();
  await page.getByLabel('Tipo de institución').selectOption('public_agency');
  await expectSaved(page);
  await expect(page.getByRole('status').filter({ hasText: /Guardado a las/ })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: /Ayuntamiento de Valdeprueba/ }).first().click();
  await expect(page.getByLabel('Título del plan', { exact: true })).toHaveValue('Plan de redes sociales 2026-2027');
  await expect(page.getByLabel('Contacto', { exact: true })).toHaveValue('comunicacion@valdeprueba.es');
  await expect(page.getByLabel('Autoría (una persona o unidad por línea)')).toHaveValue('Gabinete de Comunicación\nMarta Gil');
  await expect(page.getByLabel('Tipo de institución')).toHaveValue('public_agency');
  expect(errors).toEqual([]);
});

test('undo and redo by keyboard and toolbar, with a label saying what', async ({ page }) => {
  await createPlan(page, 'Diputación de Pruebas', { type: 'provincial_council' });
  await editField(page, 'Nombre de la institución', 'Diputación Provincial de Pruebas');
  await editField(page, 'Contacto', 'prensa@dipu.es');
  await expectSaved(page);

  await page.getByRole('heading', { name: 'Perfil de la institución' }).click();
  await page.keyboard.press('Control+z');
  await expect(page.getByLabel('Contacto', { exact: true })).toHaveValue('');
  await page.getByRole('button', { name: 'Deshacer: cambio en el perfil' }).click();
  await expect(page.getByLabel('Nombre de la institución', { exact: true })).toHaveValue('Diputación de Pruebas');
  await expect(page.getByRole('button', { name: /^Deshacer/ })).toBeDisabled();

  await page.keyboard.press('Control+y');
  await expect(page.getByLabel('Nombre de la institución', { exact: true })).toHaveValue('Diputación Provincial de Pruebas');
  await page.getByRole('button', { name: 'Rehacer: cambio en el perfil' }).click();
  await expect(page.getByLabel('Contacto', { exact: true })).toHaveValue('prensa@dipu.es');
  await expectSaved(page);

  // Ctrl+Z inside a field being typed in undoes the typing, not the plan.
  const contact = page.getByLabel('Contacto', { exact: true });
  await contact.click();
  await contact.press('End');
  await contact.pressSequentially('x');
  await contact.press('Control+z');
  await expect(contact).toHaveValue('prensa@dipu.es');
  await expect(page.getByLabel('Nombre de la institución', { exact: true })).toHaveValue('Diputación Provincial de Pruebas');
});

test('bad input gets a clear message and changes nothing', async ({ page }) => {
  await page.getByRole('button', { name: 'Crear plan' }).click();
  await expect(page.getByRole('alert')).toHaveText('Escriba el nombre de la institución.');

  await createPlan(page, 'Universidad de Ensayo', { type: 'university' });
  await editField(page, 'Nombre de la institución', '   ');
  await expect(page.getByRole('alert')).toContainText('Dato no válido');
  await page.getByLabel('Inicio del periodo').fill('2031-01-01');
  await page.getByLabel('Inicio del periodo').blur();
  await expect(page.getByRole('alert').filter({ hasText: 'no puede ser anterior' })).toBeVisible();
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /Universidad de Ensayo/ }).first().click();
  await expect(page.getByLabel('Nombre de la institución', { exact: true })).toHaveValue('Universidad de Ensayo');
  await expect(page.getByLabel('Inicio del periodo')).not.toHaveValue('2031-01-01');
});

test('a damaged or foreign file is refused with a plain message', async ({ page }) => {
  const cases: [string, Buffer, RegExp][] = [
    ['vacio.rumbo', Buffer.alloc(0), /está vacío/],
    ['notas.rumbo', Buffer.from('Plataforma;Usuario\nX;@ayto\n'.repeat(20)), /no es un plan de Rumbo/],
  ];
  for (const [name, buffer, message] of cases) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Abrir archivo…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Nuevo plan' })).toBeVisible();
  }
});

test('logo: a picture is accepted and shown, anything else is refused', async ({ page }) => {
  await createPlan(page, 'Organismo con Logo', { type: 'public_agency' });
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  );
  await page.getByLabel('Elegir imagen…').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('img', { name: 'Logotipo de Organismo con Logo' })).toBeVisible();
  await page.getByLabel('Elegir imagen…').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
  await expect(page.getByRole('alert').filter({ hasText: 'PNG o JPEG' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Logotipo de Organismo con Logo' })).toBeVisible();
});

test('export the plan as a Word document', async ({ page }) => {
  await createPlan(page, 'Ayuntamiento de Exportación');
  await editField(page, 'Contacto', 'prensa@exportacion.es');
  await page.getByRole('button', { name: 'Documento Word' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar a Word…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Ayuntamiento de Exportación - Plan de presencia en redes sociales - v0.1.docx');
  await expect(page.getByText(/Documento guardado/)).toBeVisible();
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Ayuntamiento de Exportación');
  expect(xml).toContain('Ficha del documento');
});

test('the UI and a new plan work in English', async ({ page }) => {
  await page.getByLabel('Idioma', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'New plan' })).toBeVisible();
  await page.getByLabel('Institution name').fill('Ministry of Examples');
  await page.getByLabel('Institution type').selectOption('ministry');
  await page.getByLabel('Plan language').selectOption('en');
  await page.getByRole('button', { name: 'Create plan' }).click();
  await expect(page.getByRole('heading', { name: 'Institution profile' })).toBeVisible();
  await expect(page.getByLabel('Plan title', { exact: true })).toHaveValue('Social media presence plan');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(page.getByRole('status').filter({ hasText: /Saved at/ })).toBeVisible();
  await page.getByRole('button', { name: 'Word document' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Word…' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
  expect(await zip.file('word/document.xml')!.async('string')).toContain('Document control');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'New plan' })).toBeVisible();
});

test('a plan open in another window opens read-only there, saying so', async ({ page, context }) => {
  await createPlan(page, 'Ayuntamiento Compartido');
  const second = await context.newPage();
  await second.goto('/');
  await second.getByRole('button', { name: /Ayuntamiento Compartido/ }).first().click();
  await expect(second.getByText(/Se abre solo para lectura/)).toBeVisible();
  await expect(second.getByLabel('Nombre de la institución', { exact: true })).toBeDisabled();
  await expect(second.getByTestId('save-status')).toHaveAttribute('data-state', 'read-only');

  // Offered a way to go on working: a copy with a file of its own; the original stays untouched.
  await second.getByRole('button', { name: 'Trabajar en una copia' }).click();
  await expect(second.getByTestId('file-name')).toHaveText(/\(copia\)\.rumbo$/);
  await editField(second, 'Nombre de la institución', 'Ayuntamiento Compartido (mi copia)');
  await expectSaved(second);
  await expect(page.getByLabel('Nombre de la institución', { exact: true })).toHaveValue('Ayuntamiento Compartido');
  await second.close();
});

test('unsaved edits to a plan with no file are offered back after the window closes', async ({ page }) => {
  await page.getByRole('button', { name: 'Abrir el plan de ejemplo' }).click();
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'needs-file');
  await editField(page, 'Contacto', 'recuperado@ejemplo.es');
  await page.waitForTimeout(2500);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cambios sin guardar recuperables' })).toBeVisible();
  await page.getByRole('button', { name: 'Recuperar' }).click();
  await expect(page.getByLabel('Contacto', { exact: true })).toHaveValue('recuperado@ejemplo.es');
  await page.getByRole('button', { name: 'Elegir dónde guardar…' }).click();
  await expectSaved(page);
});

test('a save that fails keeps every edit, says why, and the next save catches up', async ({ page }) => {
  await createPlan(page, 'Ayuntamiento sin Espacio');
  // The browser's storage reports a full disk from now on.
  await page.evaluate(() => {
    const original = IDBObjectStore.prototype.put;
    (window as unknown as { restorePut: () => void }).restorePut = () => {
      IDBObjectStore.prototype.put = original;
    };
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'files') throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args);
    };
  });
  await editField(page, 'Contacto', 'prensa@sinespacio.es');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'failed');
  await expect(page.getByTestId('save-status')).toContainText('No queda espacio en el disco');
  await expect(page).toHaveTitle(/^• /);
  await expect(page.getByLabel('Contacto', { exact: true })).toHaveValue('prensa@sinespacio.es');

  await page.evaluate(() => (window as unknown as { restorePut: () => void }).restorePut());
  await editField(page, 'Título del plan', 'Plan recuperado');
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /Ayuntamiento sin Espacio/ }).first().click();
  await expect(page.getByLabel('Contacto', { exact: true })).toHaveValue('prensa@sinespacio.es');
  await expect(page.getByLabel('Título del plan', { exact: true })).toHaveValue('Plan recuperado');
});
