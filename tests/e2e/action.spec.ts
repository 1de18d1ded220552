import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PlanEngine } from '../../shared/engine/engine';
import { translate } from '../../shared/i18n';
import { loadSqlJsForNode } from '../../electron/node/sqljs';
import { collectPageErrors, createPlan, expectSaved } from './helpers';

/**
 * The action screens in Chromium: objectives with KPIs and SMART completeness, strategy lines
 * with tactics, effort and cost. Each test opens a plan a colleague would send: built in Node
 * with the real engine (organisation, people, accounts and a SWOT, nothing of the action plan
 * yet) and opened from the welcome screen through "Abrir archivo…".
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/action');
const FIXTURE_NAME = 'villaccion.rumbo';

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/');
});

const SWOT = {
  credentials: translate('es', 'suggestions.swot.personalCredentials.text'),
  takeover: translate('es', 'suggestions.swot.accountTakeover.text'),
  noTime: 'Nadie tiene horas asignadas para gestionar las cuentas.',
  staff: 'El personal de atención conoce bien las dudas de la ciudadanía.',
};

/** `large`: 5,000 more accounts (imported, as a council would) and a CAME option already turned into a line. */
async function planFile(options: { large?: boolean } = {}): Promise<Buffer> {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Prueba e2e' });
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villacción', institutionType: 'town_council', periodStart: '2026-01-01', periodEnd: '2027-12-31' });
  const press = await engine.call('unit.create', { name: 'Gabinete de Comunicación', kind: 'administrative' });
  await engine.call('unit.create', { name: 'Servicio de Juventud', kind: 'administrative' });
  await engine.call('person.create', { name: 'Marta Gil', role: 'Responsable de comunicación', unitId: press.id });
  await engine.call('person.create', { name: 'Luis Sanz', role: 'Técnico de juventud' });
  await engine.call('account.create', { platform: 'x', handle: '@aytovillaccion', unitId: press.id });
  await engine.call('account.create', { platform: 'instagram', handle: '@juventud_villaccion' });
  const credentials = await engine.call('swot.create', { quadrant: 'weakness', text: SWOT.credentials, source: 'suggestion', sourceRef: 'personalCredentials' });
  const takeover = await engine.call('swot.create', { quadrant: 'threat', text: SWOT.takeover, source: 'suggestion', sourceRef: 'accountTakeover' });
  await engine.call('swot.create', { quadrant: 'weakness', text: SWOT.noTime });
  await engine.call('swot.create', { quadrant: 'strength', text: SWOT.staff });
  if (options.large) {
    const csv = `Plataforma;Usuario\n${Array.from({ length: 5000 }, (_, n) => `Facebook;cuenta${n}`).join('\n')}`;
    await engine.call('accounts.importCommit', { bytes: new TextEncoder().encode(csv), fileName: 'cuentas.csv' });
    const option = await engine.call('came.create', { strategy: 'survival', text: 'Blindar el acceso a las cuentas frente al robo de contraseñas', swotItemIds: [credentials.id, takeover.id] });
    await engine.call('came.toLine', { optionId: option.id });
  }
  return Buffer.from((await engine.call('plan.export')).bytes);
}

async function openPlan(page: Page, bytes?: Buffer) {
  const buffer = bytes ?? (await planFile());
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Abrir archivo…' }).click();
  await (await chooser).setFiles({ name: FIXTURE_NAME, mimeType: 'application/octet-stream', buffer });
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
}

async function reopen(page: Page) {
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /villaccion/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
}

async function goTo(page: Page, section: 'Objetivos e indicadores' | 'Líneas y acciones') {
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: section, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

const objective = (page: Page, number: number) => page.getByRole('article', { name: new RegExp(`^Objetivo ${number} `) });
const kpi = (page: Page, number: string) => page.getByRole('article', { name: new RegExp(`^Indicador ${number.replace('.', '\\.')}:`) });
const line = (page: Page, number: number) => page.getByRole('article', { name: new RegExp(`^Línea ${number} `) });
const tactic = (page: Page, number: string) => page.getByRole('article', { name: new RegExp(`^Acción ${number.replace('.', '\\.')} `) });
const smartOf = (record: Locator) => record.getByTestId('smart');

/** Types into a field and leaves it, as a user would. */
async function type(field: Locator, value: string) {
  await field.fill(value);
  await field.blur();
}

test('objectives: from a suggestion and typed, linked to the SWOT, with KPIs until SMART is complete; delete, undo, reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openPlan(page);
  await goTo(page, 'Objetivos e indicadores');
  await expect(page.getByText('Todavía no hay objetivos.')).toBeVisible();

  // From the library: the suggestion answering this plan's SWOT comes first and says so.
  const library = page.getByLabel('O inserte uno de la biblioteca de sugerencias');
  await expect(library.locator('option').nth(1)).toHaveText(/^Activar la verificación en dos pasos.*responde a 2 elementos de su DAFO$/);
  await library.selectOption('secureAccess');
  await expect(page.getByText('Registre quién tiene acceso a cada cuenta')).toBeVisible();
  await page.getByRole('button', { name: 'Insertar objetivo' }).click();
  const first = objective(page, 1);
  await expect(first).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Objetivo 1 insertado con su indicador principal y enlazado a 2 elementos del DAFO.' })).toBeVisible();
  const answers = first.getByRole('group', { name: 'Responde a (DAFO)' });
  await expect(answers.getByRole('listitem')).toHaveText([`Debilidad${SWOT.credentials}×`, `Amenaza${SWOT.takeover}×`]);
  await expect(kpi(page, '1.1')).toContainText('Cuentas con verificación en dos pasos');
  await expect(kpi(page, '1.1').getByLabel('Unidad')).toHaveValue('%');
  await expect(kpi(page, '1.1').getByLabel('Frecuencia de medición')).toHaveValue('quarterly');
  await expect(first.getByText('Complete el texto entre corchetes: [X], [fecha].')).toBeVisible();

  // SMART: specific and relevant so far; each missing part says how to complete it.
  const smart = smartOf(first);
  await expect(smart.getByRole('heading')).toHaveText(/SMART: 2 de 5 partes/);
  await expect(smart.locator('[data-part="measurable"]')).toHaveText(/Medible\s*falta\s*Añada un indicador con valor de partida y meta\./);
  await expect(smart.locator('[data-part="relevant"]')).toHaveText(/cumplido/);

  await type(first.getByLabel('Enunciado'), 'Activar la verificación en dos pasos y trasladar a buzones corporativos los correos de recuperación del 100 % de las cuentas antes del 31/12/2026.');
  await expect(first.getByText(/Complete el texto entre corchetes/)).toHaveCount(0);
  await type(kpi(page, '1.1').getByLabel('Valor de partida'), '35');
  await type(kpi(page, '1.1').getByLabel('Meta'), '100');
  await expect(kpi(page, '1.1')).toContainText('de 35 a 100 %');
  await expect(smart.locator('[data-part="measurable"]')).toHaveText(/cumplido/);
  await first.locator('.objective-fields').getByLabel('Responsable', { exact: true }).selectOption({ label: 'Marta Gil — Responsable de comunicación' });
  await expect(smart.getByRole('heading')).toHaveText(/SMART: 4 de 5 partes/);
  await type(first.locator('.objective-fields').getByLabel('Plazo'), '2026-12-31');
  await expect(smart.getByRole('heading')).toHaveText(/Objetivo SMART completo/);
  await expect(smart.locator('.missing')).toHaveCount(0);

  // Typed, then linked to a SWOT item by hand, measured with a custom KPI ("1.234,5" as a Spaniard writes it).
  await page.getByLabel('Enunciado del nuevo objetivo').fill('Reservar horas semanales reconocidas para gestionar las cuentas corporativas');
  await page.getByRole('button', { name: 'Añadir objetivo' }).click();
  const second = objective(page, 2);
  await expect(second).toBeFocused();
  await expect(smartOf(second).getByRole('heading')).toHaveText(/SMART: 1 de 5 partes/);
  await expect(second.getByText('Este objetivo aún no tiene indicador')).toBeVisible();
  const secondAnswers = second.getByRole('group', { name: 'Responde a (DAFO)' });
  await secondAnswers.getByRole('button', { name: /^Elegir… \(0 de 4\)/ }).click();
  // Weaknesses and threats first: they are what objectives are for.
  await expect(secondAnswers.locator('legend')).toHaveText(['Debilidades', 'Amenazas', 'Fortalezas']);
  await secondAnswers.getByRole('checkbox', { name: SWOT.noTime }).check();
  await secondAnswers.getByRole('checkbox', { name: SWOT.takeover }).check();
  await secondAnswers.getByRole('button', { name: 'Hecho' }).click();
  await expect(secondAnswers.getByRole('listitem')).toHaveCount(2);
  await expect(smartOf(second).locator('[data-part="relevant"]')).toHaveText(/cumplido/);

  const addKpi = page.getByRole('form', { name: 'Nuevo indicador del objetivo 2' });
  await addKpi.getByLabel('Nuevo indicador').selectOption({ label: 'Otra métrica (escriba su nombre)' });
  await addKpi.getByLabel('Nombre de la métrica').fill('Horas de gestión al año');
  await addKpi.getByRole('button', { name: 'Añadir indicador' }).click();
  await expect(kpi(page, '2.1')).toBeFocused();
  await type(kpi(page, '2.1').getByLabel('Valor de partida'), '0');
  await type(kpi(page, '2.1').getByLabel('Meta'), '1.234,5');
  await type(kpi(page, '2.1').getByLabel('Unidad'), 'horas');
  await expect(kpi(page, '2.1')).toContainText('de 0 a 1234,5 horas');
  await type(kpi(page, '2.1').getByLabel('Valor de partida'), 'muchas');
  await expect(kpi(page, '2.1').getByRole('alert')).toHaveText('Escriba un número, por ejemplo 1.234,5.');
  await type(kpi(page, '2.1').getByLabel('Valor de partida'), '0');
  await expect(kpi(page, '2.1').getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('objectives-summary')).toHaveText('2 objetivos; 1 con las cinco partes SMART.');
  await page.screenshot({ path: path.join(SHOTS, 'objectives.png'), fullPage: true });

  // Reorder by keyboard: the second objective goes up.
  await second.getByRole('button', { name: 'Subir objetivo 2' }).focus();
  await page.keyboard.press('Enter');
  await expect(objective(page, 1)).toContainText('Reservar horas semanales');
  await expect(page.getByRole('status').filter({ hasText: 'ahora en la posición 1 de 2' })).toBeVisible();

  // Delete with confirmation that names the KPIs going with it; undo brings everything back.
  await objective(page, 2).getByRole('button', { name: 'Borrar objetivo 2' }).click();
  const dialog = page.getByRole('dialog', { name: '¿Borrar el objetivo 2?' });
  await expect(dialog).toContainText('También se borrará su indicador.');
  await dialog.getByRole('button', { name: 'Borrar objetivo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Objetivo 2 borrado, con 1 indicador.' })).toBeVisible();
  await expect(page.getByRole('article', { name: /^Objetivo \d/ })).toHaveCount(1);
  const undo = page.getByRole('button', { name: 'Deshacer', exact: true });
  await expect(undo).toBeFocused();
  await undo.click();
  await expect(page.getByRole('article', { name: /^Objetivo \d/ })).toHaveCount(2);
  await expect(smartOf(objective(page, 2)).getByRole('heading')).toHaveText(/Objetivo SMART completo/);

  await reopen(page);
  await goTo(page, 'Objetivos e indicadores');
  await expect(objective(page, 1)).toContainText('Reservar horas semanales');
  await expect(kpi(page, '1.1').getByLabel('Meta')).toHaveValue('1234,5');
  await expect(smartOf(objective(page, 2)).getByRole('heading')).toHaveText(/Objetivo SMART completo/);
  await expect(objective(page, 2).locator('.objective-fields').getByLabel('Plazo')).toHaveValue('2026-12-31');
  expect(errors).toEqual([]);
});

test('lines and tactics: effort, roles and cost add up to exact totals, always in sight; move, undo, reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openPlan(page);
  await goTo(page, 'Líneas y acciones');
  const totals = page.getByTestId('totals');
  await expect(totals.getByTestId('total-hours')).toHaveText('0\u00a0h');
  await expect(totals.getByTestId('total-cost')).toHaveText('0,00\u00a0€');

  // A profile with its hourly cost (the panel is open while there is none).
  await page.getByLabel('Nuevo perfil', { exact: true }).fill('Técnica de comunicación');
  await page.getByLabel('Coste por hora (€)').fill('30');
  await page.getByRole('button', { name: 'Añadir perfil' }).click();
  await expect(page.getByLabel('Coste por hora de Técnica de comunicación')).toHaveValue('30');

  await page.getByLabel('Nombre de la nueva línea estratégica').fill('Ordenar y asegurar las cuentas');
  await page.getByRole('button', { name: 'Añadir línea' }).click();
  await expect(line(page, 1)).toBeFocused();
  await expect(line(page, 1).getByText('Esta línea aún no tiene acciones.')).toBeVisible();

  // A typed tactic: 20 h one-off + 2 h/week over 4 weeks at 30 €/h = 28 h, 840 €.
  await line(page, 1).getByLabel('Título de la acción').fill('Revisar quién accede a cada cuenta');
  await line(page, 1).getByRole('button', { name: 'Añadir acción' }).click();
  const review = tactic(page, '1.1');
  await expect(review).toBeFocused();
  await review.getByLabel('Inicio').fill('2026-03-02');
  await review.getByLabel('Fin').fill('2026-03-29');
  await type(review.getByLabel('Horas puntuales'), '20');
  await type(review.getByLabel('Horas por semana'), '2');
  await review.getByLabel('Perfil (coste por hora)').selectOption({ label: 'Técnica de comunicación — 30,00\u00a0€/h' });
  await review.getByLabel('Unidad responsable').selectOption({ label: 'Gabinete de Comunicación' });
  await expect(review.getByTestId('tactic-effort')).toHaveText('28\u00a0h · 840,00\u00a0€');
  await expect(review.getByTestId('effort-explain')).toHaveText('20\u00a0h puntuales + 2\u00a0h por semana × 4 semanas = 28\u00a0h. 28\u00a0h × 30,00\u00a0€/h = 840,00\u00a0€.');
  await expect(totals.getByTestId('total-hours')).toHaveText('28\u00a0h');
  await expect(totals.getByTestId('total-cost')).toHaveText('840,00\u00a0€');
  await expect(totals.getByTestId('total-fte')).toHaveText('0,01');
  await expect(line(page, 1).getByTestId('line-total')).toHaveText('Esfuerzo de la línea: 28\u00a0h · 0,01 ETC · 840,00\u00a0€');

  const accounts = review.getByRole('group', { name: 'Cuentas afectadas' });
  await accounts.getByRole('button', { name: /^Elegir…/ }).click();
  await accounts.getByRole('checkbox', { name: '@aytovillaccion' }).check();
  await accounts.getByRole('button', { name: 'Hecho' }).click();
  await expect(accounts.getByRole('listitem')).toHaveText(['X (Twitter)@aytovillaccion×']);

  // From the library, with its usual effort; its profile joins the plan with no cost until one is given.
  const library = line(page, 1).getByLabel('O inserte una de la biblioteca');
  await library.selectOption('enableTwoStep');
  await line(page, 1).getByRole('button', { name: 'Insertar acción' }).click();
  const twoStep = tactic(page, '1.2');
  await expect(twoStep).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Se ha añadido el perfil «Técnico o técnica de sistemas y seguridad»' })).toBeVisible();
  await expect(twoStep.getByTestId('tactic-effort')).toHaveText('12\u00a0h · 0,00\u00a0€');
  const itCost = page.getByLabel('Coste por hora de Técnico o técnica de sistemas y seguridad');
  await itCost.fill('40');
  await itCost.press('Enter');
  await expect(twoStep.getByTestId('tactic-effort')).toHaveText('12\u00a0h · 480,00\u00a0€');
  await expect(totals.getByTestId('total-hours')).toHaveText('40\u00a0h');
  await expect(totals.getByTestId('total-cost')).toHaveText('1320,00\u00a0€');

  // Dates outside the plan period are flagged where they are typed and on the summary line.
  await twoStep.getByLabel('Inicio').fill('2027-12-01');
  await twoStep.getByLabel('Fin').fill('2028-01-15');
  await expect(twoStep.getByText('Fuera del periodo del plan (01/01/2026 – 31/12/2027).')).toBeVisible();
  await expect(twoStep.locator('.tactic-summary')).toContainText('Fuera del periodo');

  // A second line; the library tactic moves there and the totals by line follow.
  await page.getByLabel('Nombre de la nueva línea estratégica').fill('Proteger el acceso a las cuentas');
  await page.getByRole('button', { name: 'Añadir línea' }).click();
  await twoStep.getByLabel('Línea estratégica').selectOption({ label: 'Línea 2: Proteger el acceso a las cuentas' });
  await expect(tactic(page, '2.1')).toBeFocused();
  await expect(line(page, 2).getByTestId('line-total')).toHaveText('Esfuerzo de la línea: 12\u00a0h · 0,00 ETC · 480,00\u00a0€');
  await expect(line(page, 1).getByTestId('line-total')).toContainText('28\u00a0h');
  await totals.getByRole('button', { name: 'Ver por línea y por unidad' }).click();
  const byUnit = totals.getByRole('table', { name: 'Por unidad responsable' });
  await expect(byUnit.getByRole('row', { name: /Gabinete de Comunicación/ })).toContainText('840,00\u00a0€');
  await expect(byUnit.getByRole('row', { name: /Sin unidad responsable/ })).toContainText('480,00\u00a0€');
  await expect(totals.getByRole('table', { name: 'Por línea estratégica' }).getByRole('row')).toHaveCount(3);

  // The totals stay in sight while the page scrolls.
  await page.mouse.wheel(0, 1500);
  await expect(totals).toBeInViewport();
  await page.screenshot({ path: path.join(SHOTS, 'lines-scrolled.png') });
  await page.evaluate(() => window.scrollTo(0, 0));
  await totals.getByRole('button', { name: 'Ocultar el desglose' }).click();
  await page.screenshot({ path: path.join(SHOTS, 'lines.png'), fullPage: true });
  await page.screenshot({ path: path.join(SHOTS, 'lines-top.png') });

  // Delete a tactic, then undo: the totals go down and come back.
  await tactic(page, '1.1').getByRole('button', { name: 'Borrar acción 1.1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Acción «Revisar quién accede a cada cuenta» borrada.' })).toBeVisible();
  await expect(totals.getByTestId('total-hours')).toHaveText('12\u00a0h');
  await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
  await expect(totals.getByTestId('total-hours')).toHaveText('40\u00a0h');
  await expect(totals.getByTestId('total-cost')).toHaveText('1320,00\u00a0€');

  await reopen(page);
  await goTo(page, 'Líneas y acciones');
  await expect(totals.getByTestId('total-hours')).toHaveText('40\u00a0h');
  await expect(totals.getByTestId('total-cost')).toHaveText('1320,00\u00a0€');
  // Folded after a reload; focusing the record (as a link from another screen does) opens it.
  await expect(tactic(page, '1.1').getByLabel('Horas puntuales')).toHaveCount(0);
  const elementId = await tactic(page, '1.1').getAttribute('id');
  expect(elementId).toMatch(/^tactic-[0-9a-f-]{36}$/);
  await page.evaluate((id) => document.getElementById(id!)?.focus(), elementId);
  await expect(tactic(page, '1.1').getByLabel('Horas puntuales')).toHaveValue('20');
  await expect(tactic(page, '1.1').getByRole('group', { name: 'Cuentas afectadas' }).getByRole('listitem')).toHaveText(['X (Twitter)@aytovillaccion×']);
  expect(errors).toEqual([]);
});

test('a line from a CAME option says so and leads there; 5,000 accounts are found by searching', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = collectPageErrors(page);
  await openPlan(page, await planFile({ large: true }));
  await goTo(page, 'Líneas y acciones');
  const fromCame = line(page, 1);
  await expect(fromCame.getByText('Procede de la opción CAME Supervivencia (debilidades × amenazas): «Blindar el acceso a las cuentas frente al robo de contraseñas».')).toBeVisible();

  await fromCame.getByLabel('Título de la acción').fill('Pasar las cuentas a buzones corporativos');
  await fromCame.getByRole('button', { name: 'Añadir acción' }).click();
  const accounts = tactic(page, '1.1').getByRole('group', { name: 'Cuentas afectadas' });
  await accounts.getByRole('button', { name: 'Elegir… (0 de 5002)' }).click();
  await expect(accounts.getByRole('checkbox')).toHaveCount(60);
  await expect(accounts.getByText('Se muestran 60 de 5002: escriba para afinar la búsqueda.')).toBeVisible();
  await accounts.getByLabel('Buscar en «Cuentas afectadas»').fill('cuenta4321');
  await expect(accounts.getByRole('checkbox')).toHaveCount(1);
  await accounts.getByRole('checkbox', { name: 'cuenta4321' }).check();
  await accounts.getByLabel('Buscar en «Cuentas afectadas»').fill('juventud');
  await accounts.getByRole('checkbox', { name: '@juventud_villaccion' }).check();
  await accounts.getByRole('button', { name: 'Hecho' }).click();
  // Chips in the list's order: networks alphabetically, then handles.
  await expect(accounts.getByRole('listitem')).toHaveText(['Facebookcuenta4321×', 'Instagram@juventud_villaccion×']);
  await page.screenshot({ path: path.join(SHOTS, 'came-line-accounts.png') });

  await fromCame.getByRole('button', { name: 'Ver las opciones CAME' }).click();
  await expect(page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: 'Estrategias (CAME)' })).toHaveAttribute('aria-current', 'page');
  expect(errors).toEqual([]);
});

test('a new plan from the welcome screen: an objective with a catalogue KPI, and the screens in English', async ({ page }) => {
  await createPlan(page, 'Diputación de Estrategia');
  await goTo(page, 'Objetivos e indicadores');
  await page.getByLabel('Enunciado del nuevo objetivo').fill('Responder en menos de un día las consultas que llegan por redes');
  await page.getByRole('button', { name: 'Añadir objetivo' }).click();
  await expect(objective(page, 1).getByText('El DAFO está vacío: añada sus elementos en la sección DAFO.')).toBeVisible();
  const addKpi = page.getByRole('form', { name: 'Nuevo indicador del objetivo 1' });
  await addKpi.getByRole('button', { name: 'Añadir indicador' }).click();
  await expect(addKpi.getByRole('alert')).toHaveText('Elija primero una métrica.');
  await addKpi.getByLabel('Nuevo indicador').selectOption({ label: 'Tiempo de respuesta a la ciudadanía' });
  await addKpi.getByRole('button', { name: 'Añadir indicador' }).click();
  await expect(kpi(page, '1.1').getByLabel('Unidad')).toHaveValue('horas');
  await expect(kpi(page, '1.1')).toContainText('Falta el valor de partida');
  await expectSaved(page);

  await page.getByLabel('Idioma', { exact: true }).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Objectives and KPIs' })).toBeVisible();
  await expect(smartOf(page.getByRole('article', { name: /^Objective 1 / }))).toContainText('Measurable');
  await page.getByRole('navigation').getByRole('button', { name: 'Lines and tactics' }).click();
  await expect(page.getByTestId('totals')).toContainText('It is not free');
  await expect(page.getByTestId('total-cost')).toHaveText('€0.00');
});
