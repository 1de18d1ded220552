import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadSqlJsForNode } from '../../electron/node/sqljs';
import { PlanEngine } from '../../shared/engine/engine';
import type { SwotQuadrant } from '../../shared/model/action';
import { collectPageErrors, createPlan, expectSaved, openPlanFile } from './helpers';

/**
 * The diagnosis screens in Chromium: the SWOT (DAFO) board, CAME/TOWS options turned into
 * strategy lines, traceability and plan checks. One test starts from an empty plan made in the
 * welcome screen; the other opens a plan built in Node with the real engine (objectives, KPIs,
 * lines and tactics belong to other screens) to see the "addressed" side and take pictures.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/diagnosis');

const QUADRANT_NAMES: Record<SwotQuadrant, string> = { weakness: 'Debilidades', threat: 'Amenazas', strength: 'Fortalezas', opportunity: 'Oportunidades' };

const nav = (page: Page) => page.getByRole('navigation', { name: 'Secciones del plan' });
async function goTo(page: Page, section: string) {
  await nav(page).getByRole('button', { name: section, exact: true }).click();
}

const quadrant = (page: Page, which: SwotQuadrant) => page.getByRole('region', { name: new RegExp(`^${QUADRANT_NAMES[which]} \\(`) });
/** A SWOT card, found by its text (cards are list items named "Debilidad 2: <text>"). */
const card = (scope: Page | Locator, text: string) => scope.getByRole('listitem', { name: new RegExp(`^\\S+ \\d+: ${escape(text)}$`) });
const cardsOf = (page: Page, which: SwotQuadrant) => quadrant(page, which).locator('li.swot-card');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function addTyped(page: Page, which: SwotQuadrant, text: string) {
  const region = quadrant(page, which);
  await region.getByRole('textbox', { name: /^Nueva / }).fill(text);
  await region.getByRole('textbox', { name: /^Nueva / }).press('Enter');
  await expect(card(region, text)).toBeVisible();
}

/**
 * Drags a card by its handle with the mouse, in small steps as a hand would, and lets go once the
 * board says where the card would land (as a person waits to see the card in its new place).
 */
async function drag(page: Page, handle: Locator, target: Locator, landing: string) {
  // Away from the window's edges, where the board scrolls by itself during a drag.
  await target.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 20, { steps: 5 });
  const y = to.y + Math.min(to.height / 2, 60);
  await page.mouse.move(to.x + to.width / 2, y, { steps: 15 });
  await page.mouse.move(to.x + to.width / 2 + 2, y + 1, { steps: 3 });
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(landing);
  await page.mouse.up();
}

interface RichPlan {
  bytes: Uint8Array;
  weaknessAddressed: string;
  weaknessOpen: string;
  tactic: string;
  kpiName: string;
}

/** A town council with a dozen SWOT items, four options, two objectives (one with a KPI, a line and a tactic). */
async function richPlan(): Promise<RichPlan> {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Pruebas e2e' });
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villadafo', institutionType: 'town_council', periodStart: '2026-01-01', periodEnd: '2027-12-31' });
  await engine.call('account.create', { platform: 'instagram', handle: 'villadafo_fiestas', unitId: null });
  const items: [SwotQuadrant, string, number, string][] = [
    ['weakness', 'Las cuentas no tienen objetivos aprobados ni una estrategia común.', 5, 'Ningún documento aprobado fija qué se espera de las cuentas.'],
    ['weakness', 'Hay cuentas sin unidad responsable ni persona que las gestione.', 5, ''],
    ['weakness', 'Nadie mide los resultados de las publicaciones.', 4, 'No hay informes desde 2023.'],
    ['weakness', 'Las consultas ciudadanas se responden tarde o no se responden.', 4, 'Tiempo medio de respuesta: 3 días.'],
    ['threat', 'La ciudadanía confunde la institución con el gobierno municipal.', 4, ''],
    ['threat', 'Perfiles falsos se hacen pasar por el ayuntamiento.', 3, 'Dos perfiles detectados en 2025.'],
    ['threat', 'Los bulos sobre emergencias corren más que la información oficial.', 4, ''],
    ['strength', 'El ayuntamiento es la fuente oficial sobre sus propios servicios.', 4, ''],
    ['strength', 'El personal de atención conoce las preguntas frecuentes.', 3, 'Registro de consultas de la OAC.'],
    ['strength', 'La alcaldía respalda ordenar la presencia en redes.', 4, 'Decreto de encargo del plan.'],
    ['opportunity', 'Más vecinos buscan horarios y trámites en las redes.', 4, ''],
    ['opportunity', 'Las redes permiten difundir avisos de protección civil al momento.', 5, ''],
  ];
  const ids: string[] = [];
  for (const [which, text, weight, evidence] of items) ids.push((await engine.call('swot.create', { quadrant: which, text, weight, evidence })).id);
  const id = (index: number) => ids[index]!;
  await engine.call('came.create', { strategy: 'offensive', text: 'Convertir las cuentas en el canal de referencia para avisos de servicio y emergencias.', swotItemIds: [id(7), id(10), id(11)] });
  const survival = await engine.call('came.create', { strategy: 'survival', text: 'Poner responsable y verificación en dos pasos a cada cuenta.', swotItemIds: [id(1), id(5)] });
  await engine.call('came.create', { strategy: 'defensive', text: 'Apoyarse en la OAC para responder a las quejas y desmentir bulos.', swotItemIds: [id(8), id(6)] });
  await engine.call('came.create', { strategy: 'reorientation', text: 'Usar las estadísticas gratuitas de las plataformas para empezar a medir.', swotItemIds: [id(2), id(10)] });
  // One objective (with a KPI, a line and a tactic) answers a weakness and a threat; another, without KPI, a second weakness.
  const objective = await engine.call('objective.create', {
    statement: 'Asignar unidad responsable y persona gestora al 100 % de las cuentas activas antes de junio de 2026.',
    deadline: '2026-06-30',
    swotItemIds: [id(1), id(5)],
  });
  await engine.call('kpi.create', { objectiveId: objective.id, metric: 'accountsWithOwner', name: 'Cuentas con responsable', unit: '%', baseline: 40, target: 100 });
  await engine.call('objective.create', { statement: 'Responder en menos de 24 horas hábiles.', swotItemIds: [id(3)] });
  const line = await engine.call('came.toLine', { optionId: survival.id, name: 'Orden y seguridad en las cuentas' });
  await engine.call('line.update', { id: line.id, objectiveIds: [objective.id] });
  await engine.call('tactic.create', { lineId: line.id, title: 'Asignar responsables a todas las cuentas', startOn: '2026-02-01', endOn: '2026-04-30', hoursOnce: 8 });
  return {
    bytes: (await engine.call('plan.export')).bytes,
    weaknessAddressed: items[1]![1],
    weaknessOpen: items[0]![1],
    tactic: 'Asignar responsables a todas las cuentas',
    kpiName: 'Cuentas con responsable',
  };
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/');
});

test('a plan with a whole chain: board, options, traceability both ways, checks, pictures', async ({ page }) => {
  const errors = collectPageErrors(page);
  const plan = await richPlan();
  await openPlanFile(page, 'villadafo.rumbo', plan.bytes);

  await goTo(page, 'DAFO');
  await expect(cardsOf(page, 'weakness')).toHaveCount(4);
  await expect(cardsOf(page, 'threat')).toHaveCount(3);
  await expect(cardsOf(page, 'strength')).toHaveCount(3);
  await expect(cardsOf(page, 'opportunity')).toHaveCount(2);
  // The reading order is D-A-F-O: weaknesses, threats, strengths, opportunities.
  await expect(page.locator('.swot-quadrant h2')).toHaveText([/^Debilidades/, /^Amenazas/, /^Fortalezas/, /^Oportunidades/]);
  await page.screenshot({ path: path.join(SHOTS, 'swot-board.png'), fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(SHOTS, 'swot-print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });

  await goTo(page, 'Estrategias (CAME)');
  const survival = page.getByRole('region', { name: /^Supervivencia/ });
  await expect(survival.getByText('Es la línea estratégica «Orden y seguridad en las cuentas».')).toBeVisible();
  await expect(survival.getByRole('button', { name: /^Convertir en línea/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /^Ofensiva/ }).getByRole('button', { name: /^Convertir en línea/ })).toHaveCount(1);
  await page.screenshot({ path: path.join(SHOTS, 'came.png'), fullPage: true });

  await goTo(page, 'Trazabilidad y revisión');
  await expect(page.getByText('Debilidades abordadas: 2 de 4')).toBeVisible();
  await expect(page.getByText('Amenazas abordadas: 1 de 3')).toBeVisible();
  // Forwards: the weakness an objective answers shows its objective, line, tactic and KPI.
  const addressed = page.getByRole('row', { name: new RegExp(escape(plan.weaknessAddressed)) });
  await expect(addressed).not.toHaveClass(/unaddressed/);
  await expect(addressed.getByRole('button', { name: plan.tactic })).toBeVisible();
  await expect(addressed.getByRole('button', { name: plan.kpiName })).toBeVisible();
  await expect(addressed.getByRole('button', { name: 'Orden y seguridad en las cuentas' })).toBeVisible();
  const open = page.getByRole('row', { name: new RegExp(escape(plan.weaknessOpen)) });
  await expect(open).toHaveClass(/unaddressed/);
  await expect(open).toContainText('⚠ Ningún objetivo aborda esta debilidad');
  await page.screenshot({ path: path.join(SHOTS, 'traceability.png'), fullPage: true });

  // Backwards: a tactic picked in the list, then a KPI pressed in the matrix, say what they serve.
  await page.getByLabel('Ver a qué responde una acción, un indicador, una línea o un objetivo').selectOption({ label: plan.tactic });
  const result = page.locator('.serves-result');
  await expect(result).toContainText('responde a 2 elementos del DAFO');
  await expect(result.getByRole('listitem')).toHaveText([/^Debilidad Hay cuentas sin unidad/, /^Amenaza Perfiles falsos/]);
  await expect(page.locator('tr.trace-row.served')).toHaveCount(2);
  await expect(open).toHaveClass(/dimmed/);
  await page.screenshot({ path: path.join(SHOTS, 'traceability-selected.png'), fullPage: true });
  await addressed.getByRole('button', { name: plan.kpiName }).click();
  await expect(addressed.getByRole('button', { name: plan.kpiName })).toHaveAttribute('aria-pressed', 'true');
  await expect(result).toContainText(`Indicador «${plan.kpiName}» responde a 2 elementos del DAFO`);
  await page.getByLabel('Mostrar también fortalezas y oportunidades').check();
  await expect(page.getByRole('rowgroup').filter({ hasText: /^Fortalezas \(3\)/ })).toBeVisible();
  await page.getByRole('button', { name: 'Quitar la selección' }).click();
  await expect(page.locator('tr.trace-row.dimmed')).toHaveCount(0);

  // The checks, each record with a way to the place where it is fixed.
  const checks = page.getByRole('region', { name: 'Revisión del plan' });
  await expect(checks.locator('[data-code="OBJECTIVE_NO_KPI"]')).toContainText('Responder en menos de 24 horas hábiles.');
  await expect(checks.locator('[data-code="TACTIC_NO_OWNER"]')).toContainText(plan.tactic);
  // Those screens are other colleagues' work; they give their records the agreed ids (objective-<uuid>, tactic-<uuid>).
  await checks.getByRole('button', { name: 'Corregir en Objetivos e indicadores: Responder en menos de 24 horas hábiles.' }).click();
  await expect(nav(page).getByRole('button', { name: 'Objetivos e indicadores' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator(':focus')).toHaveAttribute('id', /^objective-/);
  await expect(page.locator(':focus')).toBeInViewport();
  await goTo(page, 'Trazabilidad y revisión');
  await checks.getByRole('button', { name: `Corregir en Líneas y acciones: ${plan.tactic}` }).click();
  await expect(nav(page).getByRole('button', { name: 'Líneas y acciones' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator(':focus')).toHaveAttribute('id', /^tactic-/);

  // The same screens in English.
  await page.getByLabel('Idioma', { exact: true }).selectOption('en');
  const englishNav = page.getByRole('navigation', { name: 'Plan sections' });
  await englishNav.getByRole('button', { name: 'Traceability and checks' }).click();
  await expect(page.getByText('Weaknesses addressed: 2 of 4')).toBeVisible();
  await expect(open).toContainText('No objective addresses this weakness');
  await englishNav.getByRole('button', { name: 'SWOT', exact: true }).click();
  await expect(page.locator('.swot-quadrant h2')).toHaveText([/^Weaknesses/, /^Threats/, /^Strengths/, /^Opportunities/]);
  expect(errors).toEqual([]);
});

test('from an empty plan: typed, suggested and found items, moved by keyboard and drag, an option into a line, checks, undo, reload', async ({ page }) => {
  const errors = collectPageErrors(page);
  await createPlan(page, 'Ayuntamiento de Diagnosis');

  // An account without an owning unit gives the inventory a finding to turn into a weakness.
  await goTo(page, 'Cuentas');
  await page.getByLabel('Pegue la dirección de la cuenta').fill('https://www.instagram.com/diagnosis_fiestas');
  await page.getByRole('button', { name: /^Añadir cuenta/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cuenta añadida' })).toBeVisible();

  await goTo(page, 'DAFO');
  await expect(page.getByRole('heading', { name: /^DAFO/ })).toBeVisible();
  for (const which of ['weakness', 'threat', 'strength', 'opportunity'] as const) await expect(cardsOf(page, which)).toHaveCount(0);

  // Typed.
  await addTyped(page, 'weakness', 'No hay calendario editorial compartido.');
  await addTyped(page, 'weakness', 'Cada área publica con su propio estilo.');
  await addTyped(page, 'strength', 'El personal de atención conoce las dudas de los vecinos.');
  await expect(page.getByRole('status').filter({ hasText: 'Añadido a Fortalezas' })).toBeVisible();
  const typed = card(page, 'No hay calendario editorial compartido.');
  await expect(typed).toContainText('Origen: Escrito');

  // From the suggestion library, in one action, already-inserted ones marked.
  await quadrant(page, 'opportunity').getByRole('button', { name: /sugerencias de la biblioteca/ }).click();
  const library = page.getByRole('dialog', { name: 'Biblioteca de sugerencias' });
  await expect(library.getByRole('radio', { name: /^Oportunidades/ })).toBeChecked();
  await expect(library.getByLabel('Filtrar sugerencias')).toBeFocused();
  await library.getByLabel('Filtrar sugerencias').fill('proteccion civil');
  await expect(library.getByText('Se muestran 1 de 10.')).toBeVisible();
  await library.getByRole('button', { name: /^Añadir: Las redes permiten difundir/ }).click();
  await expect(library.getByRole('button', { name: /^Ya está en el DAFO: Las redes permiten difundir/ })).toBeVisible();
  await library.getByRole('radio', { name: /^Amenazas/ }).check();
  await library.getByLabel('Filtrar sugerencias').fill('perfiles falsos');
  await library.getByRole('button', { name: /^Añadir: Perfiles falsos/ }).click();
  await library.getByRole('button', { name: 'Cerrar' }).click();
  await expect(library).toBeHidden();
  await expect(quadrant(page, 'opportunity').getByRole('button', { name: /sugerencias de la biblioteca/ })).toBeFocused();
  const suggested = cardsOf(page, 'opportunity').first();
  await expect(suggested).toContainText('Origen: Sugerencia');
  await expect(suggested.getByRole('combobox', { name: /^Peso de Oportunidad 1/ })).toHaveValue('5');
  await expect(suggested.getByText(/^Qué evidencia reunir:/)).toBeVisible();
  await expect(cardsOf(page, 'threat')).toHaveCount(1);

  // From an audit finding of the inventory.
  await page.getByRole('button', { name: 'Crear debilidad: Cuentas sin unidad responsable' }).click();
  const found = card(quadrant(page, 'weakness'), 'Cuentas sin unidad responsable');
  await expect(found).toContainText('Origen: Hallazgo');
  await expect(found.getByRole('textbox', { name: /^Evidencia de/ })).toHaveValue(/^1 cuentas? del inventario/);
  await expect(page.getByText('✓ Ya es una debilidad')).toHaveCount(1);

  // Edit in place: the weight and the evidence.
  await typed.getByRole('combobox', { name: /^Peso de/ }).selectOption('4');
  await typed.getByRole('textbox', { name: /^Evidencia de/ }).fill('Revisión de las publicaciones de marzo.');
  await typed.getByRole('textbox', { name: /^Evidencia de/ }).blur();
  await expectSaved(page);

  // By keyboard: "Move to…" takes the second weakness to the threats.
  const second = card(page, 'Cada área publica con su propio estilo.');
  await second.getByRole('button', { name: /^Mover Debilidad 2 a/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Amenazas', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card(quadrant(page, 'threat'), 'Cada área publica con su propio estilo.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'está ahora en Amenazas, posición 2 de 2' })).toBeVisible();
  await expect(cardsOf(page, 'weakness')).toHaveCount(2);
  // … and "Move up" puts it first there, keeping the focus on the card.
  await page.keyboard.press('Escape');
  const moved = card(quadrant(page, 'threat'), 'Cada área publica con su propio estilo.');
  await moved.getByRole('button', { name: /^Subir Amenaza 2/ }).press('Enter');
  await expect(cardsOf(page, 'threat').first()).toHaveAccessibleName(/^Amenaza 1: Cada área publica/);
  await expect(page.locator(':focus')).toHaveAttribute('data-tool', /up|moveTo/);

  // By keyboard with the drag handle: Space picks up, ↓ moves, Space drops.
  await cardsOf(page, 'weakness').first().getByRole('button', { name: /^Arrastrar Debilidad 1/ }).focus();
  const live = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press('Space');
  await expect(live).toContainText('Ha cogido «No hay calendario editorial compartido.»');
  await page.keyboard.press('ArrowDown');
  await expect(live).toContainText('Debilidades, posición 2 de 2');
  await page.keyboard.press('Space');
  await expect(cardsOf(page, 'weakness').nth(1)).toHaveAccessibleName(/No hay calendario editorial/);
  await expectSaved(page);

  // By pointer: the strength dragged onto the weaknesses.
  await drag(page, card(page, 'El personal de atención conoce las dudas de los vecinos.').getByRole('button', { name: /^Arrastrar/ }), cardsOf(page, 'weakness').first(), 'Debilidades, posición 1 de 3');
  await expect(card(quadrant(page, 'weakness'), 'El personal de atención conoce las dudas de los vecinos.')).toBeVisible();
  await expect(cardsOf(page, 'strength')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'está ahora en Debilidades, posición 1 de 3' })).toBeVisible();
  // … and back, onto the empty strengths quadrant.
  await drag(page, card(page, 'El personal de atención conoce las dudas de los vecinos.').getByRole('button', { name: /^Arrastrar/ }), quadrant(page, 'strength'), 'Fortalezas, posición 1 de 1');
  await expect(cardsOf(page, 'strength')).toHaveCount(1);
  await page.screenshot({ path: path.join(SHOTS, 'swot-after-moves.png'), fullPage: true });

  // Delete, then undo from the bar.
  await card(page, 'No hay calendario editorial compartido.').getByRole('button', { name: /^Borrar/ }).click();
  await expect(page.getByText('Se ha borrado «No hay calendario editorial compartido.».')).toBeVisible();
  await expect(card(page, 'No hay calendario editorial compartido.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Deshacer', exact: true }).click();
  await expect(card(page, 'No hay calendario editorial compartido.')).toBeVisible();
  await expect(card(page, 'No hay calendario editorial compartido.').getByRole('textbox', { name: /^Evidencia de/ })).toHaveValue('Revisión de las publicaciones de marzo.');

  // CAME: an option pairing a weakness and an opportunity, a refused change of kind, a line.
  await goTo(page, 'Estrategias (CAME)');
  const form = page.getByRole('form', { name: 'Nueva opción estratégica' });
  await form.getByLabel('Tipo de estrategia').selectOption('reorientation');
  await expect(form.getByRole('group', { name: 'Corregir debilidades' })).toBeVisible();
  await expect(form.getByRole('group', { name: 'Explotar oportunidades' })).toBeVisible();
  await expect(form.getByRole('group', { name: 'Mantener fortalezas' })).toHaveCount(0);
  await form.getByLabel('Qué se propone').fill('Aprovechar los avisos de emergencia para ordenar el calendario editorial.');
  await form.getByRole('button', { name: 'Crear la opción' }).click();
  await expect(form.getByRole('alert')).toHaveText('Marque al menos un elemento del DAFO que la opción combine.');
  await form.getByLabel(/^No hay calendario editorial compartido/).check();
  await form.getByLabel(/^Las redes permiten difundir/).check();
  await form.getByRole('button', { name: 'Crear la opción' }).click();
  const block = page.getByRole('region', { name: /^Reorientación/ });
  const option = block.getByRole('listitem', { name: /^opción de reorientación 1:/ });
  await expect(option).toBeVisible();
  await expect(option.getByRole('list', { name: /^Elementos del DAFO/ })).toContainText('CorregirDebilidad: No hay calendario editorial compartido.');
  await expect(option.getByRole('list', { name: /^Elementos del DAFO/ })).toContainText('ExplotarOportunidad: Las redes permiten difundir');

  await option.getByRole('button', { name: /^Cambiar tipo o elementos/ }).click();
  await option.getByLabel('Tipo de estrategia').selectOption('offensive');
  await expect(page.getByRole('alert').filter({ hasText: 'Esa estrategia empareja otros cuadrantes del DAFO' })).toBeVisible();
  await expect(option.getByLabel('Tipo de estrategia')).toHaveValue('reorientation');

  await option.getByRole('button', { name: /^Convertir en línea estratégica/ }).click();
  await expect(option.getByText('Es la línea estratégica «Aprovechar los avisos de emergencia para ordenar el calendario editorial.».')).toBeVisible();
  await expect(option.getByRole('button', { name: 'Ver en Líneas y acciones' })).toBeFocused();
  await expect(option.getByRole('button', { name: /^Convertir en línea/ })).toHaveCount(0);
  await option.getByRole('button', { name: 'Ver en Líneas y acciones' }).click();
  await expect(nav(page).getByRole('button', { name: 'Líneas y acciones' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator(':focus')).toHaveAttribute('id', /^line-/);

  // Traceability: nothing answers the weaknesses yet, and the checks say where to fix it.
  await goTo(page, 'Trazabilidad y revisión');
  await expect(page.getByText('Debilidades abordadas: 0 de 2')).toBeVisible();
  const row = page.getByRole('row', { name: /Cuentas sin unidad responsable/ });
  await expect(row).toContainText('Ningún objetivo aborda esta debilidad');
  await expect(row).toHaveClass(/unaddressed/);
  const checks = page.getByRole('region', { name: 'Revisión del plan' });
  await expect(checks.locator('[data-code="WEAKNESS_NOT_ADDRESSED"]')).toContainText('2 casos');
  await expect(checks.locator('[data-code="LINE_NO_TACTIC"]')).toContainText('Aprovechar los avisos de emergencia');
  await checks.getByRole('button', { name: 'Corregir en DAFO: Cuentas sin unidad responsable' }).click();
  await expect(page.getByRole('heading', { name: /^DAFO/ })).toBeVisible();
  const target = card(page, 'Cuentas sin unidad responsable');
  await expect(target).toBeFocused();
  await expect(target).toBeInViewport();

  // Undo (Ctrl+Z) takes back the last change: the line made from the option.
  await page.keyboard.press('Control+z');
  await goTo(page, 'Estrategias (CAME)');
  await expect(option.getByRole('button', { name: /^Convertir en línea estratégica/ })).toBeVisible();
  await expectSaved(page);

  // Reload: everything is where it was left.
  await page.reload();
  await page.getByRole('button', { name: /Ayuntamiento de Diagnosis/ }).first().click();
  await goTo(page, 'DAFO');
  await expect(cardsOf(page, 'weakness')).toHaveCount(2);
  await expect(cardsOf(page, 'threat').first()).toHaveAccessibleName(/^Amenaza 1: Cada área publica/);
  await expect(cardsOf(page, 'strength')).toHaveCount(1);
  await expect(cardsOf(page, 'opportunity')).toHaveCount(1);
  await expect(card(page, 'No hay calendario editorial compartido.').getByRole('combobox', { name: /^Peso de/ })).toHaveValue('4');
  await goTo(page, 'Estrategias (CAME)');
  await expect(page.getByRole('listitem', { name: /^opción de reorientación 1:/ })).toBeVisible();
  expect(errors).toEqual([]);
});
