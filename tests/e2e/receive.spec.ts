import { expect, test, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { collectPageErrors, expectSaved, fixtureEngine, openPlanFile } from './helpers';

/**
 * "Recibir y combinar" in Chromium with the real engine. The fixtures are made in Node the way
 * the copies travel: the plan sends a copy to Luis, Luis edits it in his own Rumbo (another
 * engine, another author), the planner goes on editing the original, and the copy comes back.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/mergeui');
const FIXTURE = 'villacopia.rumbo';
const RETURNED = 'villacopia-luis.rumbo';

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/');
});

interface Fixtures {
  original: Buffer;
  returned: Buffer;
}

/** Both sides changed the unit's contact (one conflict); Luis renamed an account and added one; the planner changed followers. */
async function diverged(): Promise<Fixtures> {
  const { PlanEngine } = await import('../../shared/engine/engine');
  const { loadSqlJsForNode } = await import('../../electron/node/sqljs');
  const engine = await fixtureEngine('Ayuntamiento de Villacopia', { start: '2026-01-01', end: '2027-12-31' });
  const press = await engine.call('unit.create', { name: 'Gabinete de Comunicación', kind: 'administrative' });
  const main = await engine.call('account.create', { platform: 'x', handle: '@aytovillacopia', unitId: press.id });
  const culture = await engine.call('account.create', { platform: 'instagram', handle: '@cultura_villacopia', unitId: press.id });
  const copy = await engine.call('plan.prepareCopy', { recipient: 'Luis (Cultura)' });
  // As the app does once the copy is written: the plan remembers it was sent.
  await engine.call('plan.recordCopy', { token: copy.token });

  const luis = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Luis Gómez' });
  await luis.call('plan.open', { bytes: copy.bytes });
  await luis.call('unit.update', { id: press.id, contact: 'luis@villacopia.es' });
  await luis.call('account.create', { platform: 'youtube', handle: '@villacopiatv', unitId: press.id });
  await luis.call('account.update', { id: culture.id, displayName: 'Cultura Villacopia' });

  await engine.call('unit.update', { id: press.id, contact: 'prensa@villacopia.es' });
  await engine.call('account.update', { id: main.id, followers: 15200 });
  return { original: Buffer.from((await engine.call('plan.export')).bytes), returned: Buffer.from((await luis.call('plan.export')).bytes) };
}

const HEADINGS = { 'Recibir y combinar': 'Recibir y combinar', Organización: 'Organización', Cuentas: 'Inventario de cuentas', Institución: 'Perfil de la institución' };

async function goTo(page: Page, name: keyof typeof HEADINGS) {
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: HEADINGS[name] })).toBeVisible();
}

async function chooseCopy(page: Page, name: string, bytes: Buffer, button: RegExp = /^Elegir (la copia recibida|otra copia)…$/) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
}

const banner = (page: Page) => page.getByRole('region', { name: 'La copia recibida' });
const review = (page: Page) => page.getByRole('region', { name: 'Revisión de la combinación' });
const conflict = (page: Page) => review(page).getByRole('group', { name: /Unidad «Gabinete de Comunicación» — Contacto/ });
const bringNewAccount = (page: Page) => page.getByRole('checkbox', { name: 'Traer este cambio: Cuenta «YouTube @villacopiatv»' });
const undoButton = (page: Page) => page.getByRole('toolbar').getByRole('button', { name: /^Deshacer/ });

/** What the Organisation and Accounts screens show of the three records both sides touched. */
async function expectPlan(page: Page, expected: { contact: string; displayName: string; followers: string; newAccount: boolean }) {
  await goTo(page, 'Organización');
  await page.getByRole('treeitem', { name: /^Gabinete de Comunicación/ }).click();
  await expect(page.getByRole('complementary', { name: 'Datos de la unidad' }).getByLabel('Contacto', { exact: true })).toHaveValue(expected.contact);
  await goTo(page, 'Cuentas');
  const grid = page.getByRole('grid', { name: 'Inventario de cuentas' });
  const row = (handle: string) => grid.getByRole('row').filter({ has: page.getByRole('gridcell', { name: handle, exact: true }) });
  await expect(row('@cultura_villacopia').locator('[aria-colindex="5"]')).toHaveText(expected.displayName);
  await expect(row('@aytovillacopia').locator('[aria-colindex="9"]')).toHaveText(expected.followers);
  await expect(row('@villacopiatv')).toHaveCount(expected.newAccount ? 1 : 0);
}

test('a copy edited on both sides: where it comes from, the comparison, a reviewed merge as one undo step, kept in the file', async ({ page }) => {
  const errors = collectPageErrors(page);
  const { original, returned } = await diverged();
  await openPlanFile(page, FIXTURE, original);
  await goTo(page, 'Recibir y combinar');
  await expect(page.getByText('Todavía no se ha combinado ninguna copia en este plan.')).toBeVisible();

  await chooseCopy(page, RETURNED, returned);
  await expect(banner(page).getByText(RETURNED)).toBeVisible();
  await expect(banner(page)).toContainText('Se ha cambiado por los dos lados desde que se separaron.');
  await expect(banner(page)).toContainText(/Copia preparada el .+ por Pruebas para Luis \(Cultura\)\./);
  await expect(banner(page)).toContainText(/editada por última vez el .+ por Luis Gómez\./);
  await expect(banner(page)).toContainText(/Punto de partida común\s*Sí: la copia enviada el/);

  // Comparing shows what differs, in words, and changes nothing.
  await page.getByRole('button', { name: 'Comparar', exact: true }).click();
  const comparison = page.getByRole('region', { name: 'Comparación' });
  await expect(comparison.getByTestId('compare-counts')).toHaveText('Respecto al plan abierto, la copia tiene 1 añadido y 3 cambiados.');
  await expect(comparison.getByText('Cuentas: 1 añadido y 2 cambiados')).toBeVisible();
  await expect(comparison.locator('li', { hasText: 'Cuenta «YouTube @villacopiatv»' }).getByText('Añadido', { exact: true })).toBeVisible();
  await expect(comparison.getByText('prensa@villacopia.es')).toBeVisible();
  await expect(comparison.locator('.change-fields li', { hasText: 'Cultura Villacopia' })).toHaveText('Nombre: (vacío) → pasa a ser Cultura Villacopia');
  await expect(undoButton(page)).toBeDisabled();

  // The review: the conflict first with both values, then each change the copy brings.
  await page.getByRole('button', { name: 'Combinar…' }).click();
  await expect(comparison).toHaveCount(0);
  await expect(conflict(page).getByRole('cell', { name: 'prensa@villacopia.es' })).toBeVisible();
  await expect(conflict(page).getByRole('cell', { name: 'luis@villacopia.es' })).toBeVisible();
  await expect(conflict(page).getByRole('radio', { name: 'Quedarse con lo de mi copia' })).toBeChecked();
  await expect(bringNewAccount(page)).toBeChecked();
  await expect(review(page).getByRole('status')).toHaveText('Se traen 2 de 2 cambios; 1 conflicto decidido.');
  await conflict(page).getByRole('radio', { name: 'Quedarse con lo de la otra copia' }).check();
  await bringNewAccount(page).uncheck();
  await expect(review(page).getByText('Cuentas: se traen 1 de 2')).toBeVisible();
  await expect(review(page).getByRole('status')).toHaveText('Se traen 1 de 2 cambios; 1 conflicto decidido.');
  await page.screenshot({ path: path.join(SHOTS, 'review-es.png'), fullPage: true });

  // In English the changes are described again, and the decisions stay as they were.
  await page.locator('.language-switch select').selectOption('en');
  const reviewEn = page.getByRole('region', { name: 'Merge review' });
  await expect(reviewEn.getByRole('checkbox', { name: 'Bring this change: Account “YouTube @villacopiatv”' })).not.toBeChecked();
  await expect(reviewEn.getByRole('radio', { name: 'Keep what the other copy has' })).toBeChecked();
  await expect(reviewEn.getByRole('status')).toHaveText('1 of 2 changes brought in; 1 conflict decided.');
  await page.screenshot({ path: path.join(SHOTS, 'review-en.png'), fullPage: true });
  await page.locator('.language-switch select').selectOption('es');
  await expect(bringNewAccount(page)).not.toBeChecked();

  await review(page).getByRole('button', { name: 'Combinar', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Combinación hecha' })).toContainText(`Se ha combinado «${RETURNED}» en el plan: 2 cambiados; 1 conflicto decidido.`);
  await expect(review(page)).toHaveCount(0);
  // The copy is now inside the plan; the banner says so.
  await expect(banner(page)).toContainText('Es más antigua: todo lo que tiene ya está en el plan abierto.');
  const merged = page.getByRole('table', { name: 'Copias combinadas en este plan, la más reciente primero' });
  await expect(merged.getByRole('row', { name: new RegExp(RETURNED) })).toContainText('Luis Gómez');
  await expect(undoButton(page)).toHaveAccessibleName('Deshacer: combinación con otra copia');
  await page.screenshot({ path: path.join(SHOTS, 'merged-es.png'), fullPage: true });

  // Both sides' work is in the plan; the rejected account is not.
  await expectPlan(page, { contact: 'luis@villacopia.es', displayName: 'Cultura Villacopia', followers: '15.200', newAccount: false });

  // One undo takes the whole merge away; redo brings it back.
  await undoButton(page).click();
  await expectPlan(page, { contact: 'prensa@villacopia.es', displayName: '—', followers: '15.200', newAccount: false });
  await page.getByRole('toolbar').getByRole('button', { name: 'Rehacer: combinación con otra copia' }).click();
  await expectPlan(page, { contact: 'luis@villacopia.es', displayName: 'Cultura Villacopia', followers: '15.200', newAccount: false });

  // Saved in the file: reopened, the merge and its record are there.
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /villacopia/i }).first().click();
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
  await expectPlan(page, { contact: 'luis@villacopia.es', displayName: 'Cultura Villacopia', followers: '15.200', newAccount: false });
  await goTo(page, 'Recibir y combinar');
  await expect(page.getByRole('table', { name: 'Copias combinadas en este plan, la más reciente primero' }).getByRole('row', { name: new RegExp(RETURNED) })).toContainText('Luis Gómez');
  expect(errors).toEqual([]);
});

test('a file that is not a plan, a copy of another plan, and a review the plan has moved past', async ({ page }) => {
  const { original, returned } = await diverged();
  const stranger = await fixtureEngine('Diputación de Otraparte');
  await openPlanFile(page, FIXTURE, original);
  await goTo(page, 'Recibir y combinar');

  await chooseCopy(page, 'notas.rumbo', Buffer.from('esto no es un plan'));
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Elegir la copia recibida…' })).toBeEnabled();

  await chooseCopy(page, 'otraparte.rumbo', Buffer.from((await stranger.call('plan.export')).bytes));
  await expect(banner(page)).toContainText('Es de otro plan: no se puede combinar.');
  await expect(page.getByRole('button', { name: 'Combinar…' })).toBeDisabled();
  await page.getByRole('button', { name: 'Comparar', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Comparación' })).toBeVisible();

  // A review prepared, then the plan changes elsewhere: the review says it no longer applies and prepares again keeping the choices.
  await chooseCopy(page, RETURNED, returned);
  await page.getByRole('button', { name: 'Combinar…' }).click();
  await bringNewAccount(page).uncheck();
  await goTo(page, 'Institución');
  const title = page.getByLabel('Título del plan', { exact: true });
  await title.fill('Plan de redes 2026-2027');
  await title.blur();
  await expect(undoButton(page)).toBeEnabled();
  await goTo(page, 'Recibir y combinar');
  await expect(review(page).getByRole('alert')).toContainText('El plan ha cambiado desde que se preparó esta revisión');
  await expect(review(page).getByRole('button', { name: 'Combinar', exact: true })).toBeDisabled();
  await review(page).getByRole('button', { name: 'Preparar de nuevo' }).click();
  await expect(review(page).getByRole('alert')).toHaveCount(0);
  await expect(bringNewAccount(page)).not.toBeChecked();
  await review(page).getByRole('button', { name: 'Combinar', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Combinación hecha' })).toBeVisible();
});

test('a department package with many changes: only its unit’s part is offered, long lists start folded, a section is answered at once', async ({ page }) => {
  const { PlanEngine } = await import('../../shared/engine/engine');
  const { loadSqlJsForNode } = await import('../../electron/node/sqljs');
  const engine = await fixtureEngine('Ayuntamiento de Villacopia');
  const culture = await engine.call('unit.create', { name: 'Área de Cultura', kind: 'administrative' });
  const sports = await engine.call('unit.create', { name: 'Deportes', kind: 'administrative' });
  const pack = await engine.call('plan.prepareCopy', { unitId: culture.id, recipient: 'Marta' });
  await engine.call('plan.recordCopy', { token: pack.token });
  const marta = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Marta Ruiz' });
  await marta.call('plan.open', { bytes: pack.bytes });
  for (let n = 1; n <= 24; n += 1) await marta.call('account.create', { platform: 'instagram', handle: `@cultura_${n}`, unitId: culture.id });
  await marta.call('unit.update', { id: culture.id, contact: 'cultura@villacopia.es' });
  await marta.call('unit.update', { id: sports.id, name: 'Deportes (sin permiso)' });
  const returned = Buffer.from((await marta.call('plan.export')).bytes);

  await openPlanFile(page, FIXTURE, Buffer.from((await engine.call('plan.export')).bytes));
  await goTo(page, 'Recibir y combinar');
  await chooseCopy(page, 'cultura-marta.rumbo', returned);
  await expect(banner(page)).toContainText(/Paquete del departamento Área de Cultura, preparado el .+ por Pruebas para Marta\./);
  await page.getByRole('button', { name: 'Combinar…' }).click();
  await expect(review(page)).toContainText('Paquete del departamento Área de Cultura: solo se toman los cambios de su parte. 1 cambio fuera de esa unidad no se trae.');
  const accounts = review(page).locator('details', { hasText: 'Cuentas: se traen 24 de 24' });
  await expect(accounts).not.toHaveAttribute('open');
  await expect(review(page).locator('details', { hasText: 'Organización: se traen 1 de 1' })).toHaveAttribute('open');
  await accounts.locator('summary').click();
  await accounts.getByRole('button', { name: 'Rechazar todos los de Cuentas' }).click();
  await expect(review(page).getByRole('status')).toHaveText('Se traen 1 de 25 cambios; sin conflictos.');
  await page.getByRole('checkbox', { name: 'Traer este cambio: Cuenta «Instagram @cultura_7»' }).check();
  await page.screenshot({ path: path.join(SHOTS, 'review-package-es.png'), fullPage: true });
  await review(page).getByRole('button', { name: 'Combinar', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Combinación hecha' })).toContainText('1 añadido y 1 cambiado; sin conflictos.');
  await expectPlanAccounts(page, ['@cultura_7']);
  await expect(page.getByRole('gridcell', { name: '@cultura_8', exact: true })).toHaveCount(0);
});

async function expectPlanAccounts(page: Page, handles: string[]) {
  await goTo(page, 'Cuentas');
  await expect(page.getByTestId('account-count')).toHaveText(new RegExp(`^${handles.length} de ${handles.length} cuentas?$`));
  for (const handle of handles) await expect(page.getByRole('gridcell', { name: handle, exact: true })).toBeVisible();
}
