import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PlanEngine } from '../../shared/engine/engine';
import { collectPageErrors, createPlan, editField, expectSaved, fixtureEngine, openPlanFile } from './helpers';

/**
 * The change history in Chromium: a plan made and edited here by one person, and a plan that
 * brought back a colleague's copy (prepared, edited and merged in Node with the real engine).
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/history');
const ME = 'Ana Pérez';

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  // The browser edition's user name: the author of every change made here.
  await page.addInitScript((name) => localStorage.setItem('rumbo.userName', name), ME);
  await page.goto('/');
});

async function goTo(page: Page, name: string) {
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name, exact: true }).click();
}

/** Each row of the history without its time: who, what, fields, how. */
async function rows(page: Page): Promise<string[][]> {
  return page.locator('.history-table tbody tr').evaluateAll((trs) =>
    trs.map((tr) => [...(tr as HTMLTableRowElement).cells].slice(1).map((cell) => cell.innerText.replace(/\s+/g, ' ').trim())),
  );
}

async function addAccount(page: Page, address: string) {
  await page.getByLabel('Pegue la dirección de la cuenta').fill(address);
  await page.getByRole('button', { name: /^Añadir cuenta/ }).click();
  await expect(page.getByText(/^Cuenta añadida:/)).toBeVisible();
}

test('who changed what: a plan edited here, filtered by section, words and one record', async ({ page }) => {
  const errors = collectPageErrors(page);
  await createPlan(page, 'Ayuntamiento de Villanueva');

  await goTo(page, 'Organización');
  const unitForm = page.getByRole('form', { name: 'Nueva unidad' });
  await unitForm.getByLabel('Dónde').selectOption({ label: 'En el nivel superior' });
  await unitForm.getByLabel('Nombre de la unidad').fill('Gabinete de Comunicación');
  await unitForm.getByRole('button', { name: 'Añadir unidad' }).click();
  await expectSaved(page);

  await goTo(page, 'Cuentas');
  await addAccount(page, 'https://www.instagram.com/villanueva');
  await addAccount(page, 'https://x.com/villanueva_cultura');
  await page.getByRole('button', { name: 'Abrir la ficha de @villanueva', exact: true }).click();
  const record = page.getByRole('dialog', { name: 'Ficha de la cuenta @villanueva' });
  await record.getByLabel('Nombre visible').fill('Villanueva al día');
  await record.getByLabel('Nombre visible').blur();
  await expectSaved(page);
  await record.getByRole('button', { name: 'Cerrar la ficha' }).click();

  await page.getByRole('button', { name: 'Abrir la ficha de @villanueva_cultura', exact: true }).click();
  await page.getByRole('dialog', { name: 'Ficha de la cuenta @villanueva_cultura' }).getByRole('button', { name: 'Borrar esta cuenta…' }).click();
  await page.getByRole('dialog', { name: 'Borrar cuentas' }).getByRole('button', { name: 'Borrar' }).click();
  await expect(page.getByRole('button', { name: 'Abrir la ficha de @villanueva_cultura', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Deshacer: borrar cuentas' }).click();
  await expect(page.getByRole('button', { name: 'Abrir la ficha de @villanueva_cultura', exact: true })).toBeVisible();
  await expectSaved(page);

  await goTo(page, 'Historial de cambios');
  await expect(page.getByRole('heading', { level: 1, name: 'Historial de cambios' })).toBeVisible();
  const everything = [
    [ME, 'Añadió Cuenta «X (Twitter) @villanueva_cultura»', '— ninguno', 'Al deshacer'],
    [ME, 'Quitó Cuenta «X (Twitter) @villanueva_cultura»', '— ninguno', 'Borrar cuentas'],
    [ME, 'Cambió Cuenta «Instagram @villanueva»', 'Nombre', 'Cambio en una cuenta'],
    [ME, 'Añadió Cuenta «X (Twitter) @villanueva_cultura»', '— ninguno', 'Nueva cuenta'],
    [ME, 'Añadió Cuenta «Instagram @villanueva»', '— ninguno', 'Nueva cuenta'],
    [ME, 'Añadió Unidad «Gabinete de Comunicación»', '— ninguno', 'Nueva unidad'],
  ];
  await expect.poll(() => rows(page)).toEqual(everything);
  // The caption counts, and the time is the user's, in Spanish order (day first).
  await expect(page.getByRole('table', { name: '6 cambios' })).toBeVisible();
  const today = new Intl.DateTimeFormat('es-ES', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  await expect(page.locator('.history-table tbody tr').first().locator('time')).toContainText(today);
  await page.screenshot({ path: path.join(SHOTS, 'history-es.png'), fullPage: true });

  const filters = page.getByRole('search', { name: 'Filtrar el historial' });
  await filters.getByLabel('Sección').selectOption({ label: 'Cuentas' });
  await expect.poll(() => rows(page)).toEqual(everything.slice(0, 5));
  await expect(page.getByRole('status').filter({ hasText: '5 cambios' })).toBeAttached();

  await filters.getByLabel('Palabras').fill('cultura');
  await expect.poll(() => rows(page)).toEqual([everything[0], everything[1], everything[3]]);
  await filters.getByLabel('Palabras').fill('nada de esto');
  await expect(page.getByText('Ningún cambio coincide con estos filtros.')).toBeVisible();
  await filters.getByRole('button', { name: 'Quitar los filtros' }).click();
  await expect.poll(() => rows(page)).toEqual(everything);
  await expect(filters.getByLabel('Sección')).toHaveValue('');

  // From the account's own record: only that account.
  await goTo(page, 'Cuentas');
  await page.getByRole('button', { name: 'Abrir la ficha de @villanueva', exact: true }).click();
  const recordPanel = page.getByRole('dialog', { name: 'Ficha de la cuenta @villanueva', exact: true });
  await recordPanel.locator('header').screenshot({ path: path.join(SHOTS, 'record-link-es.png') });
  await recordPanel.getByRole('button', { name: 'Ver su historial' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Historial de cambios' })).toBeVisible();
  await expect(page.getByText('Solo: Instagram @villanueva')).toBeVisible();
  await expect.poll(() => rows(page)).toEqual([everything[2], everything[4]]);
  await page.screenshot({ path: path.join(SHOTS, 'history-record-es.png'), fullPage: true });
  await page.getByRole('button', { name: 'Ver todo el historial, no solo «Instagram @villanueva»' }).click();
  await expect(page.getByText('Solo: Instagram @villanueva')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Historial de cambios' })).toBeFocused();
  await expect.poll(() => rows(page)).toEqual(everything);
  // Going back to the accounts does not bring the record back up.
  await goTo(page, 'Cuentas');
  await expect(page.getByRole('dialog', { name: /^Ficha de la cuenta/ })).toHaveCount(0);

  // In English the history speaks English, the names kept as they were written.
  await goTo(page, 'Historial de cambios');
  await page.getByLabel('Idioma', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Change history' })).toBeVisible();
  await expect.poll(async () => (await rows(page))[2]).toEqual([ME, 'Changed Account “Instagram @villanueva”', 'Display name', 'Account change']);
  await expect(page.getByRole('table', { name: '6 changes' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'history-en.png'), fullPage: true });
  expect(errors).toEqual([]);
});

/** A plan whose copy went to Luis Gómez, came back with his changes and was merged. */
async function mergedPlanFile(): Promise<Buffer> {
  const engine = await fixtureEngine('Ayuntamiento de Villacopia');
  const { loadSqlJsForNode } = await import('../../electron/node/sqljs');
  const unit = await engine.call('unit.create', { name: 'Servicio de Cultura', kind: 'administrative' });
  const account = await engine.call('account.create', { platform: 'instagram', handle: '@villacopia', unitId: unit.id });
  const copy = await engine.call('plan.prepareCopy', { recipient: 'Luis (Cultura)' });
  // The plan remembers the copy once it is written (as the screen does after saving it).
  await engine.call('plan.recordCopy', { token: copy.token });
  const luis = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Luis Gómez' });
  await luis.call('plan.open', { bytes: copy.bytes });
  await luis.call('account.update', { id: account.id, followers: 2400 });
  await luis.call('account.create', { platform: 'youtube', handle: '@cultura_villacopia', unitId: unit.id });
  const returned = (await luis.call('plan.export')).bytes;
  const preview = await engine.call('plan.mergePreview', { bytes: returned, name: 'villacopia-luis.rumbo' });
  await engine.call('plan.merge', { token: preview.token, choices: {}, rejected: [] });
  return Buffer.from((await engine.call('plan.export')).bytes);
}

test('a colleague’s merged copy: his own changes under his name, and how they came in', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openPlanFile(page, 'villacopia.rumbo', await mergedPlanFile());
  await goTo(page, 'Historial de cambios');
  const filters = page.getByRole('search', { name: 'Filtrar el historial' });
  await expect(filters.getByLabel('Persona')).toContainText('Luis Gómez');

  await filters.getByLabel('Persona').selectOption('Luis Gómez');
  await expect
    .poll(() => rows(page))
    .toEqual([
      ['Luis Gómez', 'Añadió Cuenta «YouTube @cultura_villacopia»', '— ninguno', 'Desde la copia «villacopia-luis.rumbo»'],
      ['Luis Gómez', 'Cambió Cuenta «Instagram @villacopia»', 'Seguidores', 'Desde la copia «villacopia-luis.rumbo»'],
    ]);

  // The merge itself: who merged, which copy, whose work it carried; each change it made says where it came from.
  await filters.getByLabel('Persona').selectOption('');
  await filters.getByLabel('Palabras').fill('villacopia-luis');
  await expect
    .poll(() => rows(page))
    .toEqual([
      ['Pruebas', 'Combinó la copia «villacopia-luis.rumbo»', 'Con cambios de Luis Gómez', 'Evento del plan'],
      ['Pruebas', 'Cambió Cuenta «Instagram @villacopia»', 'Seguidores', 'Desde la copia «villacopia-luis.rumbo»'],
      ['Pruebas', 'Añadió Cuenta «YouTube @cultura_villacopia»', '— ninguno', 'Desde la copia «villacopia-luis.rumbo»'],
      ['Luis Gómez', 'Añadió Cuenta «YouTube @cultura_villacopia»', '— ninguno', 'Desde la copia «villacopia-luis.rumbo»'],
      ['Luis Gómez', 'Cambió Cuenta «Instagram @villacopia»', 'Seguidores', 'Desde la copia «villacopia-luis.rumbo»'],
    ]);

  await filters.getByLabel('Palabras').fill('');
  await filters.getByLabel('Sección').selectOption({ label: 'Eventos del plan (copias, combinaciones, estado, aprobación)' });
  await expect
    .poll(() => rows(page))
    .toEqual([
      ['Pruebas', 'Combinó la copia «villacopia-luis.rumbo»', 'Con cambios de Luis Gómez', 'Evento del plan'],
      ['Pruebas', 'Preparó una copia para enviar a «Luis (Cultura)»', '— ninguno', 'Evento del plan'],
    ]);
  await filters.getByLabel('Sección').selectOption('');
  await page.screenshot({ path: path.join(SHOTS, 'history-merged-es.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test('a long history a page at a time, the keyboard kept on the table', async ({ page }) => {
  const engine = await fixtureEngine('Ayuntamiento de Villapáginas');
  for (let n = 1; n <= 104; n++) await engine.call('swot.create', { quadrant: 'weakness', text: `Debilidad número ${n}` });
  await openPlanFile(page, 'villapaginas.rumbo', (await engine.call('plan.export')).bytes);
  await goTo(page, 'Historial de cambios');
  await expect(page.getByRole('table', { name: 'Cambios del 1 al 100 de 104' })).toBeVisible();
  await expect.poll(async () => (await rows(page))[0]).toEqual(['Pruebas', 'Añadió Elemento del DAFO «Debilidad: Debilidad número 104»', '— ninguno', 'Nuevo elemento del DAFO']);
  const pages = page.getByRole('navigation', { name: 'Páginas del historial' });
  await expect(pages.getByRole('button', { name: '← Más recientes' })).toBeDisabled();
  await pages.getByRole('button', { name: 'Más antiguos →' }).click();
  await expect(page.getByRole('table', { name: 'Cambios del 101 al 104 de 104' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cambios del 101 al 104 de 104' })).toBeFocused();
  await expect.poll(async () => (await rows(page)).map((row) => row[1])).toEqual([1, 2, 3, 4].reverse().map((n) => `Añadió Elemento del DAFO «Debilidad: Debilidad número ${n}»`));
  await expect(pages.getByRole('button', { name: 'Más antiguos →' })).toBeDisabled();
  // A new question starts again from the newest.
  await page.getByRole('search', { name: 'Filtrar el historial' }).getByLabel('Palabras').fill('número 1');
  await expect(page.getByRole('table', { name: '16 cambios' })).toBeVisible();
});

test('the name that signs my changes: the system user by default, my own name once I set it, kept on this computer', async ({ page }) => {
  const errors = collectPageErrors(page);
  await createPlan(page, 'Ayuntamiento de Villafirma');
  await goTo(page, 'Historial de cambios');
  const name = page.getByLabel('Sus cambios se firman como');
  await expect(name).toHaveValue(ME);
  await expect(name).toHaveAccessibleDescription(new RegExp(`usuario del sistema \\(${ME}\\)`));

  await name.fill('Ana P. (Comunicación)');
  await page.getByRole('button', { name: 'Guardar el nombre' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'A partir de ahora sus cambios se firman como «Ana P. (Comunicación)».' })).toBeVisible();
  await goTo(page, 'Institución');
  await editField(page, 'Contacto', 'firma@villafirma.es');
  await expectSaved(page);
  await goTo(page, 'Historial de cambios');
  await expect.poll(async () => (await rows(page))[0]?.[0]).toBe('Ana P. (Comunicación)');

  // Kept for the next time, on this computer; emptied, it goes back to the system user.
  await page.reload();
  await page.getByRole('button', { name: /Villafirma/ }).first().click();
  await goTo(page, 'Historial de cambios');
  await expect(page.getByLabel('Sus cambios se firman como')).toHaveValue('Ana P. (Comunicación)');
  await page.getByLabel('Sus cambios se firman como').fill('');
  await page.getByRole('button', { name: 'Guardar el nombre' }).click();
  await expect(page.getByLabel('Sus cambios se firman como')).toHaveValue(ME);
  expect(errors).toEqual([]);
});
