import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PlanEngine } from '../../shared/engine/engine';
import { loadSqlJsForNode } from '../../electron/node/sqljs';
import type { AccountCreateInput } from '../../shared/model/accounts';
import { collectPageErrors, expectSaved } from './helpers';

/**
 * The inventory screens in Chromium. Each test starts from a plan file built in Node with the
 * real engine (units, people, accounts) and opened through "Abrir archivo…", as a user would
 * open a plan a colleague sent.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/accounts');

// Columns of the grid, as aria-colindex counts them.
const COL = { select: 1, open: 2, platform: 3, handle: 4, displayName: 5, unit: 6, status: 7, purpose: 8, followers: 9, postsPerWeek: 10, lastPostOn: 11, twoFactor: 12, managers: 13, findings: 14 };

interface Fixture {
  units: Record<string, string>;
  people: Record<string, string>;
}

type AccountSeed = Omit<AccountCreateInput, 'unitId' | 'peopleIds' | 'credentialsHolderId'> & { unit?: string; people?: string[]; holder?: string };

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** A town council with a small organisation chart and a people directory, plus the given accounts. */
async function planFile(accounts: AccountSeed[]): Promise<Buffer> {
  const SQL = await loadSqlJsForNode();
  const engine = new PlanEngine({ SQL, author: 'Prueba e2e' });
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villaprueba' });
  const fixture: Fixture = { units: {}, people: {} };
  const unit = async (name: string, kind: 'political' | 'administrative', parent?: string) => {
    fixture.units[name] = (await engine.call('unit.create', { name, kind, parentId: parent ? fixture.units[parent] : null })).id;
  };
  await unit('Alcaldía', 'political');
  await unit('Gabinete de Comunicación', 'administrative', 'Alcaldía');
  await unit('Área de Cultura', 'political');
  await unit('Servicio de Bibliotecas', 'administrative', 'Área de Cultura');
  await unit('Servicio de Juventud', 'administrative', 'Área de Cultura');
  await unit('Policía Local', 'administrative');
  await unit('Servicio de Deportes', 'administrative');
  for (const [name, role, unitName] of [
    ['Marta Gil', 'Responsable de comunicación', 'Gabinete de Comunicación'],
    ['Luis Sanz', 'Técnico de juventud', 'Servicio de Juventud'],
    ['Ana Ruiz', 'Bibliotecaria', 'Servicio de Bibliotecas'],
  ] as const) {
    fixture.people[name] = (await engine.call('person.create', { name, role, unitId: fixture.units[unitName] })).id;
  }
  for (const { unit: unitName, people, holder, ...fields } of accounts) {
    await engine.call('account.create', {
      ...fields,
      unitId: unitName ? fixture.units[unitName]! : null,
      peopleIds: (people ?? []).map((name) => fixture.people[name]!),
      credentialsHolderId: holder ? fixture.people[holder]! : null,
    });
  }
  return Buffer.from((await engine.call('plan.export')).bytes);
}

async function openPlan(page: Page, bytes: Buffer, name = 'villaprueba.rumbo') {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Abrir archivo…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
}

async function goTo(page: Page, section: 'Cuentas' | 'Diagnóstico del inventario') {
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: section, exact: true }).click();
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Inventario de cuentas' });
const row = (page: Page, handle: string) => grid(page).getByRole('row').filter({ has: page.getByRole('gridcell', { name: handle, exact: true }) });
const cell = (rowLocator: Locator, column: number) => rowLocator.locator(`[aria-colindex="${column}"]`);
const count = (page: Page) => page.getByTestId('account-count');

/** Edits a cell as a keyboard user: focus it, Enter, type or choose, Enter. */
async function editCell(page: Page, rowLocator: Locator, column: number, value: string) {
  await cell(rowLocator, column).click();
  await page.keyboard.press('Enter');
  // While it is edited the cell no longer shows its text, so the row is found by focus instead.
  const editor = page.locator('.cell-editor:focus');
  if ((await editor.evaluate((element) => element.tagName)) === 'SELECT') await editor.selectOption({ label: value });
  else await editor.fill(value);
  await page.keyboard.press('Enter');
  await expect(page.locator('.cell-editor')).toHaveCount(0);
}

const SMALL_INVENTORY: AccountSeed[] = [
  { platform: 'x', handle: '@AytoVillaprueba', displayName: 'Ayuntamiento de Villaprueba', unit: 'Gabinete de Comunicación', status: 'active', purpose: 'informative', followers: 15200, twoFactor: true, recoveryEmailCorporate: true, people: ['Marta Gil'], lastPostOn: daysAgo(2) },
  { platform: 'instagram', handle: '@cultura_villaprueba', displayName: 'Cultura Villaprueba', unit: 'Área de Cultura', status: 'active', followers: 4300, lastPostOn: daysAgo(5) },
  { platform: 'facebook', handle: 'bibliotecas.villaprueba', displayName: 'Bibliotecas municipales', unit: 'Servicio de Bibliotecas', status: 'active', purpose: 'citizen_service', followers: 980, people: ['Ana Ruiz'], twoFactor: false, lastPostOn: daysAgo(120) },
  { platform: 'tiktok', handle: '@juventud_villaprueba', displayName: 'Juventud', status: 'active', purpose: 'relational', followers: 2100, lastPostOn: daysAgo(1) },
  { platform: 'youtube', handle: '@villapruebatv', displayName: 'Villaprueba TV', unit: 'Gabinete de Comunicación', status: 'dormant', purpose: 'informative', followers: 310, twoFactor: true, people: ['Marta Gil'] },
];

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test('add accounts by pasting their addresses: the network and handle are recognised first', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openPlan(page, await planFile([]));
  await goTo(page, 'Cuentas');
  await expect(page.getByRole('heading', { name: 'Inventario de cuentas' })).toBeVisible();
  await expect(page.getByText('Todavía no hay cuentas en el inventario')).toBeVisible();

  const paste = page.getByLabel('Pegue la dirección de la cuenta');
  const pasted: [string, string][] = [
    ['https://www.instagram.com/cultura_villaprueba/?hl=es', 'Reconocida: Instagram · @cultura_villaprueba'],
    ['https://x.com/AytoVillaprueba', 'Reconocida: X (Twitter) · @AytoVillaprueba'],
    ['https://www.facebook.com/bibliotecas.villaprueba', 'Reconocida: Facebook · bibliotecas.villaprueba'],
    ['https://www.youtube.com/@villapruebatv', 'Reconocida: YouTube · @villapruebatv'],
    ['https://mastodon.social/@villaprueba', 'Reconocida: Mastodon · @villaprueba@mastodon.social'],
    ['https://bsky.app/profile/villaprueba.bsky.social', 'Reconocida: Bluesky · villaprueba.bsky.social'],
    ['www.tiktok.com/@juventud_villaprueba', 'Reconocida: TikTok · @juventud_villaprueba'],
  ];
  for (const [address, understood] of pasted) {
    await paste.fill(address);
    await expect(page.getByText(understood)).toBeVisible();
    await page.getByRole('button', { name: /^Añadir cuenta/ }).click();
    await expect(page.getByText(/^Cuenta añadida:/)).toBeVisible();
    await expect(paste).toHaveValue('');
  }
  await expect(count(page)).toHaveText('7 de 7 cuentas');
  await expect(row(page, '@cultura_villaprueba')).toContainText('Instagram');
  await expect(row(page, '@villaprueba@mastodon.social')).toContainText('Mastodon');

  // Not an address: a plain message, and nothing is added.
  await paste.fill('cuenta de deportes');
  await expect(page.getByText('Eso no es una dirección web de una cuenta.', { exact: false }).first()).toBeVisible();
  await page.getByRole('button', { name: /^Añadir cuenta/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Eso no es una dirección web' })).toBeVisible();
  await expect(count(page)).toHaveText('7 de 7 cuentas');

  // The same account again is flagged before it is added.
  await paste.fill('https://twitter.com/aytovillaprueba/');
  await expect(page.getByText(/ya figura en el inventario/)).toBeVisible();

  // No address at hand: choose the network, type the handle, pick the unit.
  await paste.fill('');
  await page.getByLabel('Red social', { exact: true }).selectOption('telegram');
  await page.getByLabel('Usuario o nombre de la cuenta').fill('@avisos_villaprueba');
  await page.getByLabel('Unidad responsable', { exact: true }).selectOption({ label: '\u00a0\u00a0\u00a0Gabinete de Comunicación' });
  await page.getByRole('button', { name: /^Añadir cuenta/ }).click();
  await expect(count(page)).toHaveText('8 de 8 cuentas');
  await expect(cell(row(page, '@avisos_villaprueba'), COL.unit)).toHaveText('Gabinete de Comunicación');
  await expectSaved(page);
  expect(errors).toEqual([]);
});

test('edit cells in place by keyboard and mouse; sort, filter and search the grid', async ({ page }) => {
  await openPlan(page, await planFile(SMALL_INVENTORY));
  await goTo(page, 'Cuentas');
  await expect(count(page)).toHaveText('5 de 5 cuentas');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '6');

  // Followers typed the Spanish way, shown the Spanish way.
  const culture = row(page, '@cultura_villaprueba');
  await editCell(page, culture, COL.followers, '12.500');
  await expect(cell(culture, COL.followers)).toHaveText('12.500');
  await expect(page.getByText('Guardado: Seguidores de @cultura_villaprueba.')).toBeVisible();
  // Nonsense is refused with a plain message and the cell stays being edited.
  await cell(culture, COL.followers).click();
  await page.keyboard.press('Enter');
  await cell(culture, COL.followers).locator('input').fill('muchos');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Escriba un número positivo')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(cell(culture, COL.followers)).toHaveText('12.500');

  // Arrow keys move between cells; Enter edits the status; a list chosen by keyboard waits for Enter.
  await cell(culture, COL.handle).click();
  for (let i = 0; i < COL.status - COL.handle; i++) await page.keyboard.press('ArrowRight');
  await expect(cell(culture, COL.status)).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByLabel('Editar Estado de @cultura_villaprueba').selectOption('to_close');
  await page.keyboard.press('Enter');
  await expect(cell(culture, COL.status)).toHaveText('Por cerrar');
  await expect(cell(culture, COL.status)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator(':focus')).toHaveAttribute('aria-colindex', String(COL.status));

  await editCell(page, culture, COL.unit, '\u00a0\u00a0\u00a0Servicio de Juventud');
  await expect(cell(culture, COL.unit)).toHaveText('Servicio de Juventud');
  await editCell(page, culture, COL.handle, '@cultura_vp');
  const renamed = row(page, '@cultura_vp');
  await expect(renamed).toHaveCount(1);
  await editCell(page, renamed, COL.lastPostOn, '2026-03-01');
  await expect(cell(renamed, COL.lastPostOn)).toHaveText('01/03/2026');
  await editCell(page, renamed, COL.twoFactor, 'Sí');
  await expect(cell(renamed, COL.twoFactor)).toHaveText('Sí');

  // Sort by clicking the header: the header says how it is sorted.
  const followersHeader = grid(page).getByRole('columnheader', { name: /Seguidores/ });
  await followersHeader.getByRole('button').click();
  await expect(followersHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(grid(page).getByRole('row').nth(1)).toContainText('@villapruebatv');
  await followersHeader.getByRole('button').click();
  await expect(followersHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(grid(page).getByRole('row').nth(1)).toContainText('@AytoVillaprueba');
  await expect(grid(page).getByRole('row').nth(2)).toContainText('@cultura_vp');

  // Filters and search, with the live count.
  const filters = page.getByRole('search', { name: 'Filtrar las cuentas' });
  await filters.getByLabel('Red').selectOption({ label: 'Facebook' });
  await expect(count(page)).toHaveText('1 de 5 cuentas');
  await filters.getByLabel('Red').selectOption('');
  await filters.getByLabel('Unidad (con sus subunidades)').selectOption({ label: 'Área de Cultura' });
  await expect(count(page)).toHaveText('2 de 5 cuentas');
  await filters.getByLabel('Unidad (con sus subunidades)').selectOption({ label: 'Sin unidad' });
  await expect(count(page)).toHaveText('1 de 5 cuentas');
  await expect(row(page, '@juventud_villaprueba')).toHaveCount(1);
  await filters.getByRole('button', { name: 'Quitar filtros' }).click();
  await filters.getByLabel('Estado').selectOption({ label: 'Inactiva' });
  await expect(count(page)).toHaveText('1 de 5 cuentas');
  await filters.getByLabel('Estado').selectOption('');
  await filters.getByLabel('Buscar').fill('marta');
  await expect(count(page)).toHaveText('2 de 5 cuentas');
  await filters.getByLabel('Buscar').fill('bibliotecas municipales');
  await expect(count(page)).toHaveText('1 de 5 cuentas');
  await filters.getByLabel('Buscar').fill('nadie se llama así');
  await expect(count(page)).toHaveText('0 de 5 cuentas');
  await expect(page.getByText('Ninguna cuenta coincide con los filtros.')).toBeVisible();
  await filters.getByRole('button', { name: 'Quitar filtros' }).click();
  await expect(count(page)).toHaveText('5 de 5 cuentas');
  await expectSaved(page);
});

test('bulk changes of status and unit are one undo step each, and survive a reload', async ({ page }) => {
  await openPlan(page, await planFile(SMALL_INVENTORY), 'masivo.rumbo');
  await goTo(page, 'Cuentas');
  await grid(page).getByRole('columnheader', { name: /Usuario/ }).getByRole('button').click();
  // Sorted by handle: @AytoVillaprueba, bibliotecas…, @cultura…, @juventud…, @villapruebatv.
  await row(page, '@AytoVillaprueba').getByRole('checkbox').click();
  await row(page, '@juventud_villaprueba').getByRole('checkbox').click({ modifiers: ['Shift'] });
  const bulk = page.getByRole('region', { name: 'Cambios en las cuentas seleccionadas' });
  await expect(bulk.getByText('4 cuentas seleccionadas')).toBeVisible();
  await expect(row(page, '@villapruebatv').getByRole('checkbox')).not.toBeChecked();

  await bulk.getByLabel('Estado', { exact: true }).selectOption({ label: 'Por cerrar' });
  await bulk.getByRole('button', { name: 'Aplicar: Estado' }).click();
  await expect(page.getByText('Cambiadas 4 cuentas.')).toBeVisible();
  await bulk.getByLabel('Unidad', { exact: true }).selectOption({ label: '\u00a0\u00a0\u00a0Servicio de Juventud' });
  await bulk.getByRole('button', { name: 'Aplicar: Unidad' }).click();
  for (const handle of ['@AytoVillaprueba', 'bibliotecas.villaprueba', '@cultura_villaprueba', '@juventud_villaprueba']) {
    await expect(cell(row(page, handle), COL.status)).toHaveText('Por cerrar');
    await expect(cell(row(page, handle), COL.unit)).toHaveText('Servicio de Juventud');
  }
  await expect(cell(row(page, '@villapruebatv'), COL.status)).toHaveText('Inactiva');

  // One undo takes back the whole unit change, and only it.
  await page.getByRole('button', { name: 'Deshacer: cambio en varias cuentas' }).click();
  await expect(cell(row(page, '@AytoVillaprueba'), COL.unit)).toHaveText('Gabinete de Comunicación');
  await expect(cell(row(page, 'bibliotecas.villaprueba'), COL.unit)).toHaveText('Servicio de Bibliotecas');
  await expect(cell(row(page, '@juventud_villaprueba'), COL.unit)).toHaveText('Sin unidad');
  await expect(cell(row(page, '@AytoVillaprueba'), COL.status)).toHaveText('Por cerrar');

  // Select all filtered, then bulk-add a person.
  await page.getByRole('search').getByLabel('Estado').selectOption({ label: 'Por cerrar' });
  await expect(count(page)).toHaveText('4 de 5 cuentas');
  await bulk.getByRole('button', { name: 'Quitar la selección' }).click();
  await grid(page).getByRole('checkbox', { name: 'Seleccionar todas las cuentas filtradas' }).check();
  await expect(bulk.getByText('4 cuentas seleccionadas')).toBeVisible();
  await bulk.getByLabel('Persona', { exact: true }).selectOption({ label: 'Luis Sanz' });
  await bulk.getByRole('button', { name: 'Añadir persona' }).click();
  await expect(cell(row(page, '@cultura_villaprueba'), COL.managers)).toHaveText('Luis Sanz');
  await expect(cell(row(page, '@AytoVillaprueba'), COL.managers)).toHaveText('Luis Sanz, Marta Gil');
  await expectSaved(page);

  await page.reload();
  await page.getByRole('button', { name: /masivo/ }).first().click();
  await goTo(page, 'Cuentas');
  await expect(count(page)).toHaveText('5 de 5 cuentas');
  await expect(cell(row(page, '@juventud_villaprueba'), COL.status)).toHaveText('Por cerrar');
  await expect(cell(row(page, '@juventud_villaprueba'), COL.managers)).toHaveText('Luis Sanz');
  await expect(cell(row(page, '@AytoVillaprueba'), COL.unit)).toHaveText('Gabinete de Comunicación');

  // Deleting selected accounts asks first; one undo brings them back.
  await row(page, '@juventud_villaprueba').getByRole('checkbox').click();
  await row(page, '@villapruebatv').getByRole('checkbox').click();
  await page.getByRole('button', { name: 'Borrar las seleccionadas…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Borrar cuentas' });
  await expect(confirm).toContainText('Se borrarán 2 cuentas');
  await expect(confirm.getByRole('button', { name: 'Cancelar' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Borrar' }).click();
  await expect(count(page)).toHaveText('3 de 3 cuentas');
  await page.keyboard.press('Control+z');
  await expect(count(page)).toHaveText('5 de 5 cuentas');
  await expectSaved(page);
});

test('the account record has every field, people pickers, and no password field', async ({ page }) => {
  await openPlan(page, await planFile(SMALL_INVENTORY));
  await goTo(page, 'Cuentas');
  await row(page, '@juventud_villaprueba').getByRole('button', { name: 'Abrir la ficha de @juventud_villaprueba' }).click();
  const record = page.getByRole('dialog', { name: 'Ficha de la cuenta @juventud_villaprueba' });
  await expect(record).toBeVisible();
  await expect(record.locator('input[type="password"]')).toHaveCount(0);
  await expect(record.getByText('Rumbo nunca guarda contraseñas')).toBeVisible();

  await record.getByLabel('Nombre visible').fill('Juventud Villaprueba');
  await record.getByLabel('Idiomas').fill('es, ca');
  await record.getByLabel('Público al que se dirige').fill('Jóvenes de 14 a 30 años');
  await record.getByLabel('Unidad responsable').selectOption({ label: '\u00a0\u00a0\u00a0Servicio de Juventud' });
  await record.getByLabel('Añadir a').selectOption({ label: 'Luis Sanz — Técnico de juventud' });
  await record.getByRole('button', { name: 'Añadir', exact: true }).click();
  await expect(record.getByRole('button', { name: 'Quitar a Luis Sanz' })).toBeVisible();
  await record.getByLabel('Quién custodia las credenciales').selectOption({ label: 'Luis Sanz' });
  await record.getByLabel('Verificación en dos pasos (2FA) activada').selectOption('yes');
  await record.getByLabel('El correo de recuperación es corporativo').selectOption('no');
  await record.getByLabel('Seguidores').fill('2.350');
  await record.getByLabel('Fecha de apertura').fill('2019-05-17');
  await record.getByLabel('Cuenta verificada por la red').check();
  await record.getByLabel('Notas').fill('Cuenta abierta para la semana de la juventud.');
  await record.getByRole('button', { name: 'Cerrar la ficha' }).click();
  await expect(record).toBeHidden();

  const youth = row(page, '@juventud_villaprueba');
  await expect(cell(youth, COL.displayName)).toHaveText('Juventud Villaprueba');
  await expect(cell(youth, COL.unit)).toHaveText('Servicio de Juventud');
  await expect(cell(youth, COL.managers)).toHaveText('Luis Sanz');
  // Spanish writes four-digit numbers without a separator, five and more with a point.
  await expect(cell(youth, COL.followers)).toHaveText('2350');
  await expect(cell(youth, COL.twoFactor)).toHaveText('Sí');
  await expect(cell(youth, COL.findings)).toContainText('Correo personal');

  // Reopened, the record shows what was saved; Escape closes it.
  await youth.getByRole('button', { name: /Abrir la ficha/ }).click();
  await expect(record.getByLabel('Idiomas')).toHaveValue('es, ca');
  await expect(record.getByLabel('Fecha de apertura')).toHaveValue('2019-05-17');
  await expect(record.getByLabel('Cuenta verificada por la red')).toBeChecked();
  await expect(record.getByLabel('Notas')).toHaveValue('Cuenta abierta para la semana de la juventud.');
  await page.keyboard.press('Escape');
  await expect(record).toBeHidden();
  await expectSaved(page);
});

test('findings appear and disappear as accounts are fixed, here or in the grid', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openPlan(page, await planFile(SMALL_INVENTORY));
  await goTo(page, 'Diagnóstico del inventario');
  await expect(page.getByRole('heading', { name: 'Diagnóstico del inventario', level: 1 })).toBeVisible();
  const card = (title: string) => page.getByRole('article', { name: title });
  const no2fa = card('Cuentas sin verificación en dos pasos confirmada');
  const noUnit = card('Cuentas sin unidad responsable');
  const dormant = card('Cuentas inactivas');
  await expect(no2fa.getByTestId('finding-count-NO_2FA')).toHaveText('3 cuentas');
  await expect(noUnit.getByTestId('finding-count-NO_UNIT')).toHaveText('1 cuenta');
  await expect(dormant.getByTestId('finding-count-DORMANT')).toHaveText('2 cuentas');
  await expect(dormant).toContainText('más de 90 días');

  // Fix right here: 2FA confirmed for one account.
  await no2fa.getByRole('button', { name: 'Ver las cuentas afectadas' }).click();
  await no2fa.getByRole('button', { name: 'Marcar 2FA activada: @cultura_villaprueba' }).click();
  await expect(no2fa.getByTestId('finding-count-NO_2FA')).toHaveText('2 cuentas');
  await expect(page.getByText('Corregido: @cultura_villaprueba.')).toBeVisible();
  await expect(page.locator(':focus')).toBeVisible();

  // Assigning the only account with no unit makes the whole finding go away.
  await noUnit.getByRole('button', { name: 'Ver las cuentas afectadas' }).click();
  await noUnit.getByLabel('Unidad para @juventud_villaprueba', { exact: true }).selectOption({ label: '\u00a0\u00a0\u00a0Servicio de Juventud' });
  await noUnit.getByRole('button', { name: /^Asignar/ }).click();
  await expect(noUnit).toHaveCount(0);

  // The dormant threshold is the user's: 150 days leaves only the account marked dormant.
  const threshold = page.getByLabel('Días sin publicar para considerar inactiva una cuenta');
  await threshold.fill('150');
  await threshold.press('Enter');
  await expect(dormant.getByTestId('finding-count-DORMANT')).toHaveText('1 cuenta');
  await expect(dormant).toContainText('más de 150 días');
  await threshold.fill('90');
  await threshold.press('Enter');
  await expect(dormant.getByTestId('finding-count-DORMANT')).toHaveText('2 cuentas');

  // From a finding to the grid, filtered by it; a fix there shows back here.
  await card('Cuentas sin finalidad declarada').getByRole('button', { name: 'Abrir en la tabla de cuentas' }).click();
  await expect(page.getByRole('heading', { name: 'Inventario de cuentas' })).toBeVisible();
  await expect(page.getByRole('search').getByLabel('Problema')).toHaveValue('NO_PURPOSE');
  await expect(count(page)).toHaveText('1 de 5 cuentas');
  await editCell(page, row(page, '@cultura_villaprueba'), COL.purpose, 'Informativa');
  await expect(count(page)).toHaveText('0 de 5 cuentas');
  await page.getByRole('search').getByRole('button', { name: 'Quitar filtros' }).click();
  await editCell(page, row(page, 'bibliotecas.villaprueba'), COL.twoFactor, 'Sí');

  await goTo(page, 'Diagnóstico del inventario');
  await expect(card('Cuentas sin finalidad declarada')).toHaveCount(0);
  await expect(no2fa.getByTestId('finding-count-NO_2FA')).toHaveText('1 cuenta');

  // A new account with no unit brings the finding back.
  await goTo(page, 'Cuentas');
  await page.getByLabel('Pegue la dirección de la cuenta').fill('https://www.instagram.com/deportes_villaprueba');
  await page.getByRole('button', { name: /^Añadir cuenta/ }).click();
  await expect(cell(row(page, '@deportes_villaprueba'), COL.findings)).toContainText('Sin unidad');
  await goTo(page, 'Diagnóstico del inventario');
  await expect(noUnit.getByTestId('finding-count-NO_UNIT')).toHaveText('1 cuenta');

  // "Open the record" goes to the grid with the record open.
  await noUnit.getByRole('button', { name: 'Ver las cuentas afectadas' }).click();
  await noUnit.getByRole('button', { name: 'Abrir la ficha: @deportes_villaprueba' }).click();
  await expect(page.getByRole('dialog', { name: 'Ficha de la cuenta @deportes_villaprueba' })).toBeVisible();
  await expectSaved(page);
  expect(errors).toEqual([]);
});

/** Three dozen accounts of every kind, with the typical problems, for the screenshots. */
function variedInventory(): AccountSeed[] {
  // Seven units against eight statuses, so that some accounts with no unit are not closed ones.
  const units = ['Gabinete de Comunicación', 'Área de Cultura', 'Servicio de Bibliotecas', 'Servicio de Juventud', 'Policía Local', 'Alcaldía', undefined];
  const platforms = ['x', 'facebook', 'instagram', 'youtube', 'linkedin', 'tiktok', 'threads', 'bluesky', 'mastodon', 'telegram', 'whatsapp_channel', 'flickr'] as const;
  const statuses = ['active', 'active', 'active', 'dormant', 'to_close', 'proposed', 'active', 'closed'] as const;
  const purposes = ['informative', 'relational', 'citizen_service', null] as const;
  const names = ['Ayuntamiento', 'Cultura', 'Bibliotecas', 'Juventud', 'Policía Local', 'Deportes', 'Alcaldesa', 'Turismo', 'Fiestas', 'Empleo', 'Medio Ambiente', 'Participación'];
  const people = [['Marta Gil'], ['Luis Sanz'], ['Ana Ruiz'], [], ['Marta Gil', 'Ana Ruiz']];
  const seeds = Array.from({ length: 36 }, (_, i): AccountSeed => {
    const platform = platforms[i % platforms.length]!;
    const name = names[i % names.length]!;
    const slug = `${name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}_vp${i > 11 ? i : ''}`;
    return {
      platform,
      handle: platform === 'mastodon' ? `@${slug}@mastodon.social` : platform === 'facebook' || platform === 'linkedin' ? slug : `@${slug}`,
      displayName: `${name} de Villaprueba`,
      unit: units[i % units.length],
      status: statuses[i % statuses.length]!,
      purpose: purposes[i % purposes.length]!,
      followers: i % 9 === 4 ? null : Math.round(150 + ((i * 7919) % 48_000)),
      postsPerWeek: i % 5 === 2 ? null : (i % 7) + 0.5,
      lastPostOn: daysAgo((i * 13) % 200),
      twoFactor: i % 3 === 0 ? true : i % 3 === 1 ? null : false,
      recoveryEmailCorporate: i % 4 === 3 ? false : true,
      people: people[i % people.length],
      holder: i % 2 === 0 ? 'Marta Gil' : undefined,
    };
  });
  return [...seeds, { platform: 'facebook', handle: 'Cultura_VP', displayName: 'Cultura (ficha repetida)', unit: 'Área de Cultura', status: 'active', purpose: 'informative' }];
}

test('look: the grid, a record and the review, in Spanish and English', async ({ page }) => {
  await mkdir(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 1600, height: 1000 });
  await openPlan(page, await planFile(variedInventory()));
  await goTo(page, 'Cuentas');
  await expect(count(page)).toHaveText('37 de 37 cuentas');
  await grid(page).getByRole('row').nth(2).getByRole('checkbox').click();
  await grid(page).getByRole('row').nth(3).getByRole('checkbox').click();
  await page.getByLabel('Pegue la dirección de la cuenta').fill('https://www.instagram.com/turismo_villaprueba');
  await expect(page.getByText('Reconocida: Instagram · @turismo_villaprueba')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'grid.png') });
  // The columns on the right (2FA, people, problems) with the pinned ones still in view.
  await grid(page).evaluate((element) => (element.scrollLeft = element.scrollWidth));
  await grid(page).screenshot({ path: path.join(SHOTS, 'grid-right.png') });
  await grid(page).evaluate((element) => (element.scrollLeft = 0));

  await grid(page).getByRole('row').nth(4).getByRole('button', { name: /Abrir la ficha/ }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'record.png') });
  await page.keyboard.press('Escape');

  await goTo(page, 'Diagnóstico del inventario');
  await page.getByRole('article', { name: 'Cuentas sin unidad responsable' }).getByRole('button', { name: 'Ver las cuentas afectadas' }).click();
  await page.screenshot({ path: path.join(SHOTS, 'findings.png'), fullPage: true });

  await page.getByLabel('Idioma', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Inventory review' })).toBeVisible();
  await expect(page.getByRole('article', { name: 'Accounts with no owning unit' })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: 'Accounts', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Account inventory' })).toBeVisible();
  await expect(page.getByTestId('account-count')).toHaveText('37 of 37 accounts');
  await page.screenshot({ path: path.join(SHOTS, 'grid-en.png') });
});

test('a long inventory: only the rows in view are in the page, with their true positions', async ({ page }) => {
  // 5,000 accounts are measured by the benchmark (tests/bench/grid-render.ts); 400 are enough to prove the paging.
  test.setTimeout(120_000);
  const accounts: AccountSeed[] = Array.from({ length: 400 }, (_, i) => ({
    platform: (['x', 'facebook', 'instagram', 'youtube'] as const)[i % 4]!,
    handle: `@cuenta_${String(i + 1).padStart(4, '0')}`,
    status: i % 10 === 0 ? 'dormant' : 'active',
    unit: i % 3 === 0 ? undefined : 'Servicio de Deportes',
  }));
  await openPlan(page, await planFile(accounts));
  await goTo(page, 'Cuentas');
  await expect(count(page)).toHaveText('400 de 400 cuentas');
  await expect(grid(page)).toHaveAttribute('aria-rowcount', '401');
  expect(await grid(page).getByRole('row').count()).toBeLessThan(80);

  // Ctrl+End reaches the last account, which is then in the page with its true position.
  await grid(page).getByRole('columnheader', { name: /Usuario/ }).getByRole('button').click();
  await cell(row(page, '@cuenta_0001'), COL.handle).click();
  await page.keyboard.press('Control+End');
  await expect(page.locator(':focus')).toHaveText('@cuenta_0400');
  await expect(row(page, '@cuenta_0400')).toHaveAttribute('aria-rowindex', '401');
  await page.keyboard.press('PageUp');
  await expect(page.locator(':focus')).toHaveText('@cuenta_0390');
  await page.getByRole('search').getByLabel('Buscar').fill('cuenta_01');
  await expect(count(page)).toHaveText('100 de 400 cuentas');
});
