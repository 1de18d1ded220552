import { expect, test, type Download, type Page } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { collectPageErrors, expectSaved, fixtureEngine, openPlanFile } from './helpers';

/**
 * "Enviar una copia" in Chromium with the real engine: a whole-plan copy and a department package
 * are downloaded, opened again in Node with the same engine, offered with a ready-written e-mail,
 * listed among the copies sent, and remembered by the plan file after a reload.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/send');
const INSTITUTION = 'Ayuntamiento de Villaenvío';
const TITLE = 'Plan de presencia en redes sociales';
const SENDER = 'Ana Planificadora';

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  // The browser edition's user name: who the plan says prepared each copy.
  await page.addInitScript((name) => localStorage.setItem('rumbo.userName', name), SENDER);
  await page.goto('/');
});

/** A council with two departments, one account in each and one that belongs to no unit. */
async function planFile(): Promise<Buffer> {
  const engine = await fixtureEngine(INSTITUTION);
  const culture = await engine.call('unit.create', { name: 'Área de Cultura', kind: 'administrative' });
  const sports = await engine.call('unit.create', { name: 'Servicio de Deportes', kind: 'administrative' });
  await engine.call('account.create', { platform: 'instagram', handle: '@cultura_villaenvio', unitId: culture.id });
  await engine.call('account.create', { platform: 'x', handle: '@deportes_villaenvio', unitId: sports.id });
  await engine.call('account.create', { platform: 'facebook', handle: '@villaenvio' });
  return Buffer.from((await engine.call('plan.export')).bytes);
}

/** The accounts of a downloaded copy, read by the same engine in Node. */
async function accountsIn(download: Download): Promise<string[]> {
  const { PlanEngine } = await import('../../shared/engine/engine');
  const { loadSqlJsForNode } = await import('../../electron/node/sqljs');
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Pruebas' });
  const bytes = new Uint8Array(await readFile((await download.path())!));
  await engine.call('plan.open', { bytes });
  return (await engine.call('inventory.get')).accounts.map((account) => account.handle).sort();
}

async function goToSend(page: Page) {
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: 'Enviar una copia', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Enviar una copia' })).toBeVisible();
}

async function prepare(page: Page, button = 'Preparar y guardar la copia…'): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return download;
}

/** The subject and body a mail program reads from the draft link. */
async function mailDraftIn(page: Page, link = 'Redactar el correo…'): Promise<{ subject: string; body: string }> {
  const href = (await page.getByRole('link', { name: link }).getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:\?subject=[^&]+&body=[^&]+$/);
  const url = new URL(href);
  return { subject: url.searchParams.get('subject') ?? '', body: url.searchParams.get('body') ?? '' };
}

const sentRows = (page: Page) => page.getByRole('table', { name: 'Copias enviadas, de la más reciente a la más antigua' }).locator('tbody tr');

test('a whole-plan copy and a department package: downloaded, mailed, listed and remembered', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await openPlanFile(page, 'villaenvio.rumbo', await planFile());
  await goToSend(page);
  await expect(page.getByText('Todavía no se ha preparado ninguna copia de este plan para enviar.')).toBeVisible();

  // The whole plan, for a colleague.
  await page.getByLabel('Para quién es').fill('Luis, Secretaría General');
  const whole = await prepare(page);
  const today = new Date().toISOString().slice(0, 10);
  const name = whole.suggestedFilename();
  const match = new RegExp(`^${INSTITUTION} - ${TITLE} - v(\\d+) - ${today}\\.rumbo$`).exec(name);
  expect(match, name).not.toBeNull();
  const revision = match![1]!;
  expect(await accountsIn(whole)).toEqual(['@cultura_villaenvio', '@deportes_villaenvio', '@villaenvio']);

  await expect(page.getByRole('status').filter({ hasText: 'Copia guardada' })).toHaveText(new RegExp(`^Copia guardada: «${name}» \\(\\d+ kB\\)\\.$`));
  await expect(page.getByText('El navegador la ha descargado en su carpeta de descargas.')).toBeVisible();
  await expect(page.getByText(`Adjunte el archivo «${name}» al correo.`)).toBeVisible();
  const mail = await mailDraftIn(page);
  expect(mail.subject).toBe(`${TITLE} — versión de trabajo v${revision}`);
  expect(mail.body).toContain(`adjunte el archivo «${name}»`);
  expect(mail.body).toContain(`en el archivo «${name}»`);
  expect(mail.body).toContain('\r\n');

  await expect(sentRows(page)).toHaveCount(1);
  await expect(sentRows(page).first().locator('th, td')).toHaveText([/^\d{2}\/\d{2}\/\d{2,4},? \d{2}:\d{2}$/, SENDER, 'Luis, Secretaría General', 'Plan completo', `v${revision}`]);
  // The plan now remembers the copy, which is a change to save.
  await expectSaved(page);

  // A package asks for its unit before anything is prepared.
  await page.getByLabel('Para quién es').fill('');
  await page.getByRole('radio', { name: 'Paquete para un departamento' }).check();
  await page.getByRole('button', { name: 'Preparar y guardar la copia…' }).click();
  await expect(page.getByRole('alert')).toHaveText('Elija la unidad para la que prepara el paquete.');
  await expect(page.getByLabel('Unidad del paquete')).toBeFocused();
  await expect(sentRows(page)).toHaveCount(1);

  await page.getByLabel('Unidad del paquete').selectOption({ label: 'Área de Cultura' });
  const pack = await prepare(page);
  expect(pack.suggestedFilename()).toMatch(new RegExp(`^${INSTITUTION} - ${TITLE} - Área de Cultura - v\\d+ - ${today}\\.rumbo$`));
  expect(await accountsIn(pack)).toEqual(['@cultura_villaenvio']);
  await expect(page.getByRole('status').filter({ hasText: 'Paquete para Área de Cultura guardado' })).toBeVisible();
  const packMail = await mailDraftIn(page);
  expect(packMail.subject).toBe(`${TITLE} — paquete para Área de Cultura`);
  expect(packMail.body).toContain(`«${pack.suggestedFilename()}»`);

  await expect(sentRows(page)).toHaveCount(2);
  await expect(sentRows(page).first().locator('td')).toHaveText([SENDER, 'sin indicar', 'Paquete: Área de Cultura', /^v\d+$/]);
  await expectSaved(page);
  await page.screenshot({ path: path.join(SHOTS, 'send-es.png'), fullPage: true });

  // The file itself remembers both copies: they are listed again after reopening it.
  await page.reload();
  await page.getByRole('button', { name: /villaenvio/i }).first().click();
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
  await goToSend(page);
  await expect(sentRows(page)).toHaveCount(2);
  await expect(sentRows(page).nth(1).locator('td').nth(1)).toHaveText('Luis, Secretaría General');

  await page.getByLabel('Idioma', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Send a copy' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Copies sent, newest first' }).locator('tbody tr').first().locator('td').nth(2)).toHaveText('Package: Área de Cultura');
  await page.getByRole('radio', { name: 'Package for a department' }).check();
  await page.getByLabel('Unit of the package').selectOption({ label: 'Servicio de Deportes' });
  const english = await prepare(page, 'Prepare and save the copy…');
  expect(await accountsIn(english)).toEqual(['@deportes_villaenvio']);
  expect((await mailDraftIn(page, 'Write the e-mail…')).subject).toBe(`${TITLE} — package for Servicio de Deportes`);
  await expectSaved(page);
  await page.screenshot({ path: path.join(SHOTS, 'send-en.png'), fullPage: true });
  expect(errors).toEqual([]);
});

test('a plan open read-only (someone else has it) cannot send: the form says why', async ({ page, context }) => {
  await openPlanFile(page, 'villaenvio.rumbo', await planFile());
  await expectSaved(page);
  // A second window on the same plan finds it held by the first and opens it read-only.
  const other = await context.newPage();
  await other.setViewportSize({ width: 1400, height: 900 });
  await other.goto('/');
  await other.getByRole('button', { name: /villaenvio/i }).first().click();
  await expect(other.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
  await goToSend(other);
  await expect(other.getByText('El plan está abierto solo para lectura, así que no se pueden preparar copias', { exact: false })).toBeVisible();
  await expect(other.getByLabel('Para quién es')).toBeDisabled();
  await expect(other.getByRole('radio', { name: 'El plan completo' })).toBeDisabled();
  await expect(other.getByRole('button', { name: 'Preparar y guardar la copia…' })).toBeDisabled();
  await expect(other.getByText('Todavía no se ha preparado ninguna copia de este plan para enviar.')).toBeVisible();
  await other.screenshot({ path: path.join(SHOTS, 'send-read-only.png'), fullPage: true });
});
