import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { partsMatching, readDocxParts, visibleText } from '../shared/docx/docx-reader';
import { collectPageErrors, editField, expectSaved, fixtureEngine, openPlanFile } from './helpers';

/**
 * Issue 6 end to end, every step through the screens, with two people in two browsers: the
 * planner (Ana) prepares a copy for a colleague (Luis), who edits it in his own Rumbo and sends
 * it back; meanwhile Ana edits the original; she compares, merges with one conflict resolved,
 * approves the version and exports it. Then a department package goes out and comes back, and
 * only that department's part is taken.
 */

const INSTITUTION = 'Ayuntamiento de Robledal';

/** The starting plan (made once with the real engine): two areas, one account each. */
async function startingPlan(): Promise<Uint8Array> {
  const engine = await fixtureEngine(INSTITUTION, { start: '2026-01-01', end: '2027-12-31' });
  await engine.call('institution.update', { planTitle: 'Plan de redes 2026-2027', contact: 'comunicacion@robledal.es' });
  const culture = await engine.call('unit.create', { name: 'Área de Cultura', kind: 'administrative' });
  const sports = await engine.call('unit.create', { name: 'Área de Deportes', kind: 'administrative' });
  await engine.call('account.create', { platform: 'instagram', handle: '@cultura_robledal', unitId: culture.id });
  await engine.call('account.create', { platform: 'x', handle: '@deportes_robledal', unitId: sports.id });
  return (await engine.call('plan.export')).bytes;
}

/** A person at their own PC: a browser context of their own (their own storage), their user name. */
async function personAt(browser: Browser, userName: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.addInitScript((name) => localStorage.setItem('rumbo.userName', name), userName);
  await page.goto('/');
  return page;
}

async function goTo(page: Page, section: string, heading = section) {
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** "Enviar una copia" → the downloaded file (name and bytes), as it would be attached to an e-mail. */
async function sendCopy(page: Page, recipient: string, unit?: string): Promise<{ name: string; bytes: Uint8Array }> {
  await goTo(page, 'Enviar una copia');
  await page.getByLabel('Para quién es').fill(recipient);
  if (unit) {
    await page.getByRole('radio', { name: 'Paquete para un departamento' }).check();
    await page.getByLabel('Unidad del paquete').selectOption({ label: unit });
  } else {
    await page.getByRole('radio', { name: 'El plan completo' }).check();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Preparar y guardar la copia…' }).click();
  const file = await download;
  await expectSaved(page);
  return { name: file.suggestedFilename(), bytes: new Uint8Array(await readFile((await file.path())!)) };
}

async function chooseReceivedCopy(page: Page, copy: { name: string; bytes: Uint8Array }) {
  await goTo(page, 'Recibir y combinar');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^Elegir (la copia recibida|otra copia)…$/ }).click();
  await (await chooser).setFiles({ name: copy.name, mimeType: 'application/octet-stream', buffer: Buffer.from(copy.bytes) });
  await expect(page.getByRole('region', { name: 'La copia recibida' }).getByText(copy.name)).toBeVisible();
}

async function setUnitContact(page: Page, unit: string, contact: string) {
  await goTo(page, 'Organización');
  await page.getByRole('treeitem', { name: new RegExp(`^${unit}`) }).click();
  const field = page.getByRole('complementary', { name: 'Datos de la unidad' }).getByLabel('Contacto', { exact: true });
  await field.fill(contact);
  await field.press('Enter');
  await expectSaved(page);
}

async function renameUnit(page: Page, unit: string, name: string) {
  await goTo(page, 'Organización');
  await page.getByRole('treeitem', { name: new RegExp(`^${unit}`) }).click();
  const field = page.getByRole('complementary', { name: 'Datos de la unidad' }).getByLabel('Nombre', { exact: true });
  await field.fill(name);
  await field.press('Enter');
  await expectSaved(page);
}

async function expectUnit(page: Page, unit: string, contact: string) {
  await goTo(page, 'Organización');
  await page.getByRole('treeitem', { name: new RegExp(`^${unit}`) }).click();
  await expect(page.getByRole('complementary', { name: 'Datos de la unidad' }).getByLabel('Contacto', { exact: true })).toHaveValue(contact);
}

async function docxText(download: Download): Promise<string> {
  const parts = await readDocxParts(new Uint8Array(await readFile((await download.path())!)));
  return partsMatching(parts, /^word\/.*\.xml$/).map(visibleText).join('\n');
}

test('a copy goes out, is edited on both sides, comes back, is compared and merged with a conflict resolved; the version is approved and exported', async ({ browser }) => {
  test.setTimeout(120_000);
  const ana = await personAt(browser, 'Ana Pérez');
  const luis = await personAt(browser, 'Luis Gómez');
  const errors = [...collectPageErrors(ana), ...collectPageErrors(luis)];
  await openPlanFile(ana, 'robledal.rumbo', await startingPlan());

  // Ana prepares a copy for Luis.
  const copy = await sendCopy(ana, 'Luis (Cultura)');
  expect(copy.name).toMatch(/^Ayuntamiento de Robledal - Plan de redes 2026-2027 - v\d+ - \d{4}-\d{2}-\d{2}\.rumbo$/);

  // Luis opens it: it says it is a copy Ana prepared for him; he edits the profile contact (which
  // Ana will also change) and the culture area's contact, and sends it back.
  await openPlanFile(luis, copy.name, copy.bytes);
  await expect(luis.getByRole('status').filter({ hasText: 'Esta es una copia del plan que preparó Ana Pérez' })).toContainText('Luis (Cultura)');
  await editField(luis, 'Contacto', 'luis.gomez@robledal.es');
  await expectSaved(luis);
  await setUnitContact(luis, 'Área de Cultura', 'cultura@robledal.es');
  const returned = await sendCopy(luis, 'Ana (equipo central)');

  // Meanwhile Ana changes the same contact differently, and the plan title.
  await goTo(ana, 'Institución', 'Perfil de la institución');
  await editField(ana, 'Contacto', 'redes@robledal.es');
  await editField(ana, 'Título del plan', 'Plan de redes sociales 2026-2027');
  await expectSaved(ana);

  // Ana receives the copy: where it comes from and how it stands.
  await chooseReceivedCopy(ana, returned);
  const banner = ana.getByRole('region', { name: 'La copia recibida' });
  await expect(banner).toContainText('Se ha cambiado por los dos lados desde que se separaron');
  await expect(banner).toContainText('Luis Gómez');

  // Compare: by section and field, in words.
  await ana.getByRole('button', { name: 'Comparar', exact: true }).click();
  const comparison = ana.getByRole('region', { name: 'Comparación' });
  await expect(comparison).toContainText('cultura@robledal.es');
  await expect(comparison).toContainText('luis.gomez@robledal.es');

  // Merge: one conflict (the contact), shown with both values; Ana keeps Luis's.
  await ana.getByRole('button', { name: 'Combinar…' }).click();
  const review = ana.getByRole('region', { name: 'Revisión de la combinación' });
  const conflict = review.getByRole('group', { name: /Contacto/ });
  await expect(conflict.getByRole('cell', { name: 'redes@robledal.es' })).toBeVisible();
  await expect(conflict.getByRole('cell', { name: 'luis.gomez@robledal.es' })).toBeVisible();
  await conflict.getByRole('radio', { name: 'Quedarse con lo de la otra copia' }).check();
  await review.getByRole('button', { name: 'Combinar', exact: true }).click();
  await expect(ana.getByRole('region', { name: 'Combinación hecha' })).toBeVisible();
  await expectSaved(ana);
  await expect(ana.getByRole('table', { name: 'Copias combinadas en este plan, la más reciente primero' })).toContainText('Luis Gómez');

  // Both sides' work is in the plan.
  await goTo(ana, 'Institución', 'Perfil de la institución');
  await expect(ana.getByLabel('Contacto', { exact: true })).toHaveValue('luis.gomez@robledal.es');
  await expect(ana.getByLabel('Título del plan', { exact: true })).toHaveValue('Plan de redes sociales 2026-2027');
  await expectUnit(ana, 'Área de Cultura', 'cultura@robledal.es');

  // The history says who did what, and through which copy.
  await goTo(ana, 'Historial de cambios');
  await ana.getByRole('search', { name: 'Filtrar el historial' }).getByLabel('Persona').selectOption('Luis Gómez');
  await expect(ana.getByRole('table').first()).toContainText(`Desde la copia «${returned.name}»`);

  // Approve the version and export it: the approval is in it, and no DRAFT marking.
  await goTo(ana, 'Estado y versiones');
  await ana.getByRole('button', { name: 'Enviar a revisión' }).click();
  await ana.getByRole('button', { name: 'Aprobar esta versión…' }).click();
  const dialog = ana.getByRole('dialog');
  await dialog.getByLabel('Órgano que lo aprueba').fill('Junta de Gobierno Local');
  await dialog.getByLabel('Fecha de aprobación').fill('2026-11-27');
  await dialog.getByLabel('Referencia').fill('Decreto 456/2026');
  await dialog.getByRole('button', { name: 'Aprobar la versión' }).click();
  await expect(ana.getByRole('status').filter({ hasText: 'El trabajo sigue en el borrador 1.1' })).toBeVisible();
  await expectSaved(ana);
  const exported = ana.waitForEvent('download');
  await ana.getByRole('button', { name: 'Exportar .docx de la versión 1.0' }).click();
  const text = await docxText(await exported);
  for (const expected of ['Decreto 456/2026', 'Junta de Gobierno Local', 'Plan de redes sociales 2026-2027', 'luis.gomez@robledal.es']) {
    expect(text.includes(expected), `the approved document has “${expected}”`).toBe(true);
  }
  expect(text.includes('BORRADOR')).toBe(false);
  expect(errors).toEqual([]);
});

test('a department package goes out with its unit’s part only and comes back changing only that part', async ({ browser }) => {
  test.setTimeout(120_000);
  const ana = await personAt(browser, 'Ana Pérez');
  const marta = await personAt(browser, 'Marta Ruiz');
  const errors = [...collectPageErrors(ana), ...collectPageErrors(marta)];
  await openPlanFile(ana, 'robledal.rumbo', await startingPlan());

  const pack = await sendCopy(ana, 'Marta', 'Área de Cultura');
  expect(pack.name).toContain('Área de Cultura');

  // Marta sees only her area's account; she fills in her contact, and also renames another area.
  await openPlanFile(marta, pack.name, pack.bytes);
  await goTo(marta, 'Cuentas', 'Inventario de cuentas');
  const grid = marta.getByRole('grid', { name: 'Inventario de cuentas' });
  await expect(grid.getByRole('gridcell', { name: '@cultura_robledal', exact: true })).toBeVisible();
  await expect(grid.getByRole('gridcell', { name: '@deportes_robledal', exact: true })).toHaveCount(0);
  await setUnitContact(marta, 'Área de Cultura', 'marta.ruiz@robledal.es');
  await renameUnit(marta, 'Área de Deportes', 'Deportes (cambiado por Cultura)');
  const back = await sendCopy(marta, 'Ana');

  // Back at the centre: only the package's part comes in, and the rest is said to be left out.
  await chooseReceivedCopy(ana, back);
  await ana.getByRole('button', { name: 'Combinar…' }).click();
  const review = ana.getByRole('region', { name: 'Revisión de la combinación' });
  await expect(review).toContainText('Área de Cultura');
  await expect(review).toContainText('1 cambio fuera de esa unidad no se trae');
  await review.getByRole('button', { name: 'Combinar', exact: true }).click();
  await expect(ana.getByRole('region', { name: 'Combinación hecha' })).toBeVisible();
  await expectSaved(ana);

  await expectUnit(ana, 'Área de Cultura', 'marta.ruiz@robledal.es');
  await expect(ana.getByRole('treeitem', { name: /^Área de Deportes/ })).toBeVisible();
  await goTo(ana, 'Cuentas', 'Inventario de cuentas');
  await expect(ana.getByRole('grid', { name: 'Inventario de cuentas' }).getByRole('gridcell', { name: '@deportes_robledal', exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});
