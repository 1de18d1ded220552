import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { writeRow } from '../../shared/db/changes';
import { accountColumns } from '../../shared/db/repos/accounts';
import { applySessionPragmas } from '../../shared/db/schema';
import { inTransaction } from '../../shared/db/sql';
import { PlanEngine } from '../../shared/engine/engine';
import { ACCOUNT_STATUSES, PLATFORM_CODES, type AccountCreateInput } from '../../shared/model/accounts';
import { loadSqlJsForNode } from '../../electron/node/sqljs';
import { collectPageErrors, expectSaved, openPlanFile } from './helpers';

/** Screenshots and the printed PDF land here, to be looked at. */
const SHOTS = path.join(import.meta.dirname, '../../.tmp/map');

test.use({ viewport: { width: 1440, height: 1000 } });

async function newEngine(institutionName: string): Promise<PlanEngine> {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Pruebas del mapa' });
  await engine.call('plan.create', { institutionName, planTitle: 'Plan de redes sociales 2026-2027' });
  return engine;
}

/**
 * A town council as a communication officer would find it: five areas, fifteen units, sixty
 * accounts, three of them with no unit. Made with the real engine, saved as a real plan file.
 */
async function townCouncilPlan(): Promise<Buffer> {
  const engine = await newEngine('Ayuntamiento de Villanueva del Río');
  const person = async (name: string) => (await engine.call('person.create', { name })).id;
  const unit = async (name: string, kind: 'political' | 'administrative', parentId?: string, responsible?: string) =>
    (await engine.call('unit.create', { name, kind, parentId, responsibleId: responsible ? await person(responsible) : undefined })).id;

  const mayor = await unit('Alcaldía', 'political', undefined, 'Marta Gil Ortega');
  const press = await unit('Gabinete de Comunicación', 'administrative', mayor, 'Luis Romero');
  const culture = await unit('Área de Cultura y Turismo', 'political', undefined, 'Elena Sanz');
  const library = await unit('Biblioteca municipal', 'administrative', culture);
  const museum = await unit('Museo de la Ciudad', 'administrative', culture);
  const tourism = await unit('Oficina de Turismo', 'administrative', culture, 'Pablo Núñez');
  const sports = await unit('Área de Deportes y Juventud', 'political', undefined, 'Andrés Vidal');
  const sportsService = await unit('Servicio de Deportes', 'administrative', sports);
  const youth = await unit('Casa de la Juventud', 'administrative', sports);
  const social = await unit('Área de Servicios Sociales e Igualdad', 'political', undefined, 'Rosa Martín');
  const elderly = await unit('Centro de Mayores', 'administrative', social);
  const equality = await unit('Servicio de Igualdad', 'administrative', social);
  const planning = await unit('Área de Urbanismo, Medio Ambiente y Movilidad Sostenible', 'political', undefined, 'Jorge Lara');
  const environment = await unit('Servicio de Medio Ambiente', 'administrative', planning);
  const police = await unit('Policía Local', 'administrative', planning);

  const owners = [press, press, press, press, mayor, mayor, library, library, museum, museum, tourism, tourism, tourism, sportsService, sportsService, youth, youth, elderly, equality, environment, police, police, culture, sports, social, planning];
  const platforms = ['x', 'facebook', 'instagram', 'youtube', 'tiktok', 'linkedin', 'telegram', 'whatsapp_channel', 'bluesky', 'flickr', 'mastodon', 'blog'] as const;
  const slug = ['villanueva', 'ayto', 'prensa', 'cultura', 'biblio', 'museo', 'turismo', 'deportes', 'joven', 'mayores', 'igualdad', 'verde', 'policia'];
  for (let i = 0; i < 57; i++) {
    const account: AccountCreateInput = {
      platform: platforms[i % platforms.length]!,
      handle: `@${slug[i % slug.length]}_${platforms[i % platforms.length]}${i}`,
      unitId: owners[i % owners.length],
      status: (['active', 'active', 'active', 'dormant', 'proposed', 'to_close', 'closed'] as const)[i % 7],
      twoFactor: i % 3 !== 0,
      recoveryEmailCorporate: i % 5 !== 0,
      purpose: i % 4 === 0 ? null : 'informative',
    };
    await engine.call('account.create', account);
  }
  await engine.call('account.create', { platform: 'instagram', handle: '@fiestas_villanueva' });
  await engine.call('account.create', { platform: 'tiktok', handle: '@villanueva_joven' });
  await engine.call('account.create', { platform: 'blog', displayName: 'Radio Villanueva' });
  return Buffer.from((await engine.call('plan.export')).bytes);
}

/**
 * 300 units (12 areas × 4 departments × 5 services + their heads) and 5,000 accounts. The units
 * come from the engine; the accounts are written with shared/db's own row writer, because
 * 'account.create' re-reads every account on each call and 5,000 calls take minutes. The file is
 * then opened by the engine, which checks it like any received plan, and saved by it.
 */
async function largePlan(): Promise<Buffer> {
  const engine = await newEngine('Diputación Provincial de Pruebas');
  const units: string[] = [];
  for (let area = 0; area < 12; area++) {
    const areaId = (await engine.call('unit.create', { name: `Área ${area + 1} de Gobierno`, kind: 'political' })).id;
    units.push(areaId);
    for (let department = 0; department < 4; department++) {
      const departmentId = (await engine.call('unit.create', { name: `Departamento ${area + 1}.${department + 1}`, parentId: areaId })).id;
      units.push(departmentId);
      for (let service = 0; service < 5; service++) {
        units.push((await engine.call('unit.create', { name: `Servicio ${area + 1}.${department + 1}.${service + 1}`, parentId: departmentId })).id);
      }
    }
  }
  const SQL = await loadSqlJsForNode();
  const db = new SQL.Database((await engine.call('plan.export')).bytes);
  applySessionPragmas(db);
  const now = new Date().toISOString();
  inTransaction(db, () => {
    for (let i = 0; i < 5000; i++) {
      const platform = PLATFORM_CODES[i % PLATFORM_CODES.length]!;
      const columns = accountColumns({
        platform,
        handle: `@cuenta_${i + 1}`,
        url: '',
        displayName: '',
        // One account in forty has no unit.
        unitId: i % 40 === 0 ? null : units[(i * 7) % units.length]!,
        status: ACCOUNT_STATUSES[i % ACCOUNT_STATUSES.length]!,
        purpose: null,
        audience: '',
        languages: [],
        followers: null,
        postsPerWeek: null,
        lastPostOn: null,
        verified: false,
        credentialsHolderId: null,
        twoFactor: null,
        recoveryEmailCorporate: null,
        openedOn: null,
        notes: '',
      });
      writeRow(db, 'account', { id: crypto.randomUUID(), ...columns, created_at: now, updated_at: now, created_by: 'Pruebas', updated_by: 'Pruebas' });
    }
  });
  const filled = db.export();
  db.close();
  await engine.call('plan.open', { bytes: filled });
  const info = await engine.call('plan.info');
  expect(info.counts).toMatchObject({ units: 300, accounts: 5000 });
  return Buffer.from((await engine.call('plan.export')).bytes);
}

const viewport = (page: Page) => page.getByTestId('map-viewport');
const tray = (page: Page) => page.getByTestId('map-tray');
const card = (page: Page, unit: string) => viewport(page).getByRole('group', { name: new RegExp(`^${unit},`) });
const chip = (scope: Locator, account: string) => scope.getByRole('button', { name: new RegExp(`^${account.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(`) });
/** What dnd-kit last told screen readers during a drag. */
const dragNews = (page: Page) => page.locator('[id^="DndLiveRegion"]');

/** Drags with the mouse as a person does: press, a small move to start the drag, the way there, release. */
async function dragWithMouse(page: Page, what: Locator, onto: Locator) {
  await onto.scrollIntoViewIfNeeded();
  await expect(what).toBeInViewport();
  const from = (await what.boundingBox())!;
  const to = (await onto.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + 12, { steps: 12 });
  await expect(onto).toHaveClass(/drop-over/);
  await page.mouse.up();
}

async function shot(page: Page, name: string, options: { fullPage?: boolean } = {}) {
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: options.fullPage ?? false });
}

test('the map shows the organisation with its accounts; orphans go to units by mouse, keyboard and list; undo and reload keep it right', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/');
  await openPlanFile(page, 'villanueva.rumbo', await townCouncilPlan());
  await page.getByRole('button', { name: 'Mapa de cuentas' }).click();
  await expect(page.getByRole('heading', { name: 'Mapa de cuentas', level: 1 })).toBeVisible();

  // Every unit has its card, with its kind and responsible person, and its accounts as chips.
  await expect(viewport(page).getByRole('group')).toHaveCount(15);
  await expect(card(page, 'Alcaldía')).toContainText('Política · Resp.: Marta Gil Ortega');
  await expect(card(page, 'Museo de la Ciudad')).toContainText('Administrativa · Sin responsable');
  await expect(viewport(page).locator('[data-account-id]')).toHaveCount(57);
  const flagged = chip(card(page, 'Gabinete de Comunicación'), '@villanueva_x0');
  await expect(flagged).toHaveAccessibleName(/X \(Twitter\)\), Activa, con \d avisos? del diagnóstico: .*verificación en dos pasos/);

  // The tray lists the three accounts with no unit.
  await expect(tray(page)).toContainText('Cuentas sin unidad (3 cuentas)');
  await expect(tray(page).locator('[data-account-id]')).toHaveCount(3);
  await shot(page, 'map-town-council.png', { fullPage: true });

  // 1. Mouse: drag @fiestas_villanueva onto the tourist office.
  const target = card(page, 'Oficina de Turismo');
  await dragWithMouse(page, chip(tray(page), '@fiestas_villanueva'), target);
  await expect(chip(target, '@fiestas_villanueva')).toBeVisible();
  await expect(page.getByTestId('map-announcement')).toHaveText('@fiestas_villanueva asignada a «Oficina de Turismo».');
  await expect(tray(page).locator('[data-account-id]')).toHaveCount(2);

  // 2. Keyboard drag: Space picks @villanueva_joven up, the arrows go from unit to unit, Space drops it.
  await chip(tray(page), '@villanueva_joven').focus();
  await page.keyboard.press('Space');
  await expect(dragNews(page)).toHaveText('Ha tomado @villanueva_joven, que está en Cuentas sin unidad.');
  for (let step = 0; step < 12 && !(await dragNews(page).textContent())?.includes('«Gabinete de Comunicación»'); step++) {
    await page.keyboard.press('ArrowDown');
    await page.waitForTimeout(120);
  }
  await expect(dragNews(page)).toContainText('Sobre «Gabinete de Comunicación».');
  await page.keyboard.press('Space');
  await expect(chip(card(page, 'Gabinete de Comunicación'), '@villanueva_joven')).toBeVisible();
  await expect(chip(card(page, 'Gabinete de Comunicación'), '@villanueva_joven')).toBeFocused();

  // 3. The explicit way: select with Enter, "Asignar a unidad…", search, Enter.
  const sportsAccounts = await card(page, 'Servicio de Deportes').locator('[data-account-id]').count();
  await chip(tray(page), 'Radio Villanueva').focus();
  await page.keyboard.press('Enter');
  const assign = page.getByRole('button', { name: 'Asignar a unidad…' });
  await expect(assign).toBeFocused();
  await expect(page.getByRole('group', { name: 'Cuenta seleccionada' })).toContainText('Seleccionada: Radio Villanueva (Blog), en Cuentas sin unidad.');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Asignar Radio Villanueva (Blog) a una unidad' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('servicio de dep');
  await shot(page, 'map-assign-dialog.png');
  await expect(dialog.getByRole('button')).toHaveText(['Servicio de DeportesAdministrativa · Área de Deportes y Juventud', 'Cancelar']);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(chip(card(page, 'Servicio de Deportes'), 'Radio Villanueva')).toBeFocused();

  // The tray is empty; the audit no longer finds accounts without a unit.
  await expect(tray(page)).toContainText('No hay cuentas sin unidad');
  await expect(tray(page).locator('[data-account-id]')).toHaveCount(0);
  await shot(page, 'map-tray-empty.png');

  // Undo puts the last one back in the tray.
  await page.getByRole('button', { name: 'Deshacer: cambio en una cuenta' }).click();
  await expect(chip(tray(page), 'Radio Villanueva')).toBeVisible();
  await expect(card(page, 'Servicio de Deportes').locator('[data-account-id]')).toHaveCount(sportsAccounts);
  await expectSaved(page);

  // Reload: the plan on disk has two accounts placed and one back in the tray.
  await page.reload();
  await page.getByRole('button', { name: /villanueva\.rumbo/ }).first().click();
  await page.getByRole('button', { name: 'Mapa de cuentas' }).click();
  await expect(tray(page).locator('[data-account-id]')).toHaveCount(1);
  await expect(chip(tray(page), 'Radio Villanueva')).toBeVisible();
  await expect(chip(card(page, 'Oficina de Turismo'), '@fiestas_villanueva')).toBeVisible();
  await expect(chip(card(page, 'Gabinete de Comunicación'), '@villanueva_joven')).toBeVisible();

  // Dragging between units moves the account from one to the other.
  await dragWithMouse(page, chip(card(page, 'Alcaldía'), '@biblio_tiktok4'), card(page, 'Servicio de Deportes'));
  await expect(chip(card(page, 'Servicio de Deportes'), '@biblio_tiktok4')).toBeVisible();
  await expect(chip(card(page, 'Alcaldía'), '@biblio_tiktok4')).toHaveCount(0);

  // Filters: one network; only units that have accounts of it.
  await page.getByLabel('Red', { exact: true }).selectOption('youtube');
  await page.getByLabel('Solo unidades con cuentas').check();
  await expect(viewport(page).locator('[data-account-id]')).toHaveCount(5);
  await expect(page.locator('.map-shown')).toHaveText('Se muestran 5 de 60 cuentas y 6 de 15 unidades.');
  await page.getByLabel('Red', { exact: true }).selectOption('');
  await page.getByLabel('Solo unidades con cuentas').uncheck();

  // Folding an area hides its services and says what is folded.
  await card(page, 'Área de Cultura y Turismo').getByRole('button', { name: 'Plegar las subunidades de «Área de Cultura y Turismo»' }).click();
  await expect(card(page, 'Área de Cultura y Turismo')).toContainText(/Plegado: 3 subunidades y \d+ cuentas/);
  await expect(card(page, 'Museo de la Ciudad')).toHaveCount(0);
  await page.getByRole('button', { name: 'Desplegar todo' }).click();
  await expect(card(page, 'Museo de la Ciudad')).toBeVisible();

  // The same map in English.
  await page.getByLabel('Idioma', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Account map', level: 1 })).toBeVisible();
  await expect(tray(page)).toContainText('Accounts without a unit (1 account)');
  await expect(card(page, 'Alcaldía')).toContainText('Political · Head: Marta Gil Ortega');
  await expect(chip(tray(page), 'Radio Villanueva')).toHaveAccessibleName(/^Radio Villanueva \(Blog\), Active, with 4 audit findings: Accounts with no owning unit; /);
  expect(errors).toEqual([]);
});

test('the printed map: landscape A4 pages with the institution, the plan, the date, the legend and every unit', async ({ page }) => {
  await page.goto('/');
  await openPlanFile(page, 'villanueva-impresion.rumbo', await townCouncilPlan());
  await page.getByRole('button', { name: 'Mapa de cuentas' }).click();
  await expect(viewport(page).getByRole('group')).toHaveCount(15);

  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('.map-print');
  await expect(printed).toBeVisible();
  await expect(viewport(page)).toBeHidden();
  await expect(page.locator('.sidenav')).toBeHidden();
  await expect(printed).toContainText('Ayuntamiento de Villanueva del Río');
  await expect(printed).toContainText('Mapa de cuentas en redes sociales');
  await expect(printed).toContainText(/Plan de redes sociales 2026-2027 · Situación a \d+ de \w+ de \d{4}/);
  await expect(printed).toContainText('Estado de la cuenta');
  await expect(printed).toContainText('Cuentas sin unidad (3)');
  await expect(printed.locator('.map-card[data-unit-id]')).toHaveCount(15);
  await expect(printed.locator('.map-chip[data-status]:not(.map-legend-chip)')).toHaveCount(60);
  await shot(page, 'map-print-emulated.png', { fullPage: true });

  await mkdir(SHOTS, { recursive: true });
  const pdfPath = path.join(SHOTS, 'map-print.pdf');
  await writeFile(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  // A4 landscape is 842 × 595 points.
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  expect(info).toMatch(/Page size:\s+841\.\d+ x 594\.\d+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  expect(pages).toBe(await printed.locator('.map-print-page').count());
  await page.emulateMedia({ media: 'screen' });
  await expect(viewport(page)).toBeVisible();
  await expect(printed).toBeHidden();

  // The button prints (headless Chromium has no dialog to show) and leaves the screen as it was.
  await page.getByRole('button', { name: 'Imprimir mapa' }).click();
  await expect(viewport(page).getByRole('group')).toHaveCount(15);
});

test('a large plan (300 units, 5,000 accounts): the map opens quickly and stays usable', async ({ page }) => {
  test.setTimeout(180_000);
  const bytes = await largePlan();
  await page.goto('/');
  await openPlanFile(page, 'grande.rumbo', bytes);

  const started = Date.now();
  await page.getByRole('button', { name: 'Mapa de cuentas' }).click();
  await expect(card(page, 'Área 1 de Gobierno')).toBeVisible();
  const opened = Date.now() - started;
  const drawn = await viewport(page).locator('[data-account-id]').count();
  expect(drawn).toBeGreaterThan(20);
  // Only what is in view is drawn.
  expect(drawn).toBeLessThan(1500);
  await expect(tray(page).locator('[data-account-id]')).toHaveCount(125);

  // Scrolling to the end draws the end.
  const scrolled = Date.now();
  await viewport(page).evaluate((element) => element.scrollTo(0, element.scrollHeight));
  await expect(card(page, 'Servicio 12\\.4\\.5').or(card(page, 'Área 12 de Gobierno')).first()).toBeVisible();
  const scrolledMs = Date.now() - scrolled;

  // Folding everything leaves the twelve areas; "show all" fits them in view.
  const folding = Date.now();
  await page.getByRole('button', { name: 'Plegar todo', exact: true }).click();
  await expect(card(page, 'Área 12 de Gobierno')).toContainText('Plegado: 24 subunidades y');
  const foldMs = Date.now() - folding;
  await page.getByRole('button', { name: 'Ver todo' }).click();
  await expect(page.locator('.map-zoom-value')).not.toHaveText('100 %');
  await expect(viewport(page).getByRole('group')).toHaveCount(12);
  await shot(page, 'map-large-folded.png');
  await page.getByRole('button', { name: 'Desplegar todo' }).click();
  await page.getByRole('button', { name: 'Tamaño normal (100 %)' }).click();

  // Assigning an orphan through the list still works at this size.
  const assigning = Date.now();
  await chip(tray(page), '@cuenta_1').click();
  await page.getByRole('button', { name: 'Asignar a unidad…' }).click();
  await page.getByLabel('Buscar unidad').fill('Servicio 7.2.3');
  await page.keyboard.press('Enter');
  await expect(chip(card(page, 'Servicio 7\\.2\\.3'), '@cuenta_1')).toBeFocused();
  const assignMs = Date.now() - assigning;
  await expect(tray(page).locator('[data-account-id]')).toHaveCount(124);
  await shot(page, 'map-large.png');
  console.info(`large map: opened in ${opened} ms (${drawn} chips drawn of 5,000); scroll to end ${scrolledMs} ms; fold all ${foldMs} ms; assign by list ${assignMs} ms`);
});
