import { expect, test, type Page } from '@playwright/test';
import { expectSaved, fixtureEngine, openPlanFile } from './helpers';

// Names longer than the label column: the line's must show whole, the tactic's on two lines (whole in print).
const LONG_LINE = 'Dar a cada cuenta una unidad responsable y una persona gestora con suplente, por escrito';
const LONG_TACTIC = 'Asignar unidad responsable, persona gestora y suplente a cada cuenta corporativa, con el acta firmada por la Alcaldía';

async function planWithTactics() {
  const engine = await fixtureEngine('Ayuntamiento del Cronograma', { start: '2026-01-01', end: '2027-12-31' });
  const unit = await engine.call('unit.create', { name: 'Gabinete de Comunicación' });
  const line = await engine.call('line.create', { name: 'Ordenar las cuentas' });
  const other = await engine.call('line.create', { name: 'Escuchar a la ciudadanía' });
  await engine.call('tactic.create', { lineId: line.id, title: 'Formulario de alta de cuentas', unitId: unit.id, startOn: '2026-02-02', endOn: '2026-03-01', status: 'in_progress' });
  await engine.call('tactic.create', { lineId: line.id, title: 'Cerrar cuentas inactivas', startOn: '2026-04-06', endOn: '2026-06-28' });
  await engine.call('tactic.create', { lineId: other.id, title: 'Informe mensual de escucha', unitId: unit.id, startOn: '2026-01-05', endOn: '2027-12-31', status: 'done' });
  await engine.call('tactic.create', { lineId: other.id, title: 'Guía de moderación' });
  const long = await engine.call('line.create', { name: LONG_LINE });
  await engine.call('tactic.create', { lineId: long.id, title: LONG_TACTIC, startOn: '2026-09-01', endOn: '2026-09-30' });
  return (await engine.call('plan.export')).bytes;
}

async function openTimeline(page: Page) {
  await page.goto('/');
  await openPlanFile(page, 'cronograma.rumbo', await planWithTactics());
  await page.getByRole('button', { name: 'Cronograma' }).click();
  await expect(page.getByRole('heading', { name: 'Cronograma de acciones' })).toBeVisible();
}

const bar = (page: Page, title: string) => page.getByRole('button', { name: new RegExp(`^${title}:`) });

test('the timeline shows dated tactics by line, with undated ones listed apart', async ({ page }) => {
  await openTimeline(page);
  await expect(page.getByRole('group', { name: 'Ordenar las cuentas' })).toBeVisible();
  await expect(bar(page, 'Formulario de alta de cuentas')).toHaveAttribute('data-start', '2026-02-02');
  await expect(bar(page, 'Formulario de alta de cuentas')).toHaveAccessibleName(/del 02\/02\/2026 al 01\/03\/2026 \(En marcha\)/);
  await expect(page.getByRole('heading', { name: 'Acciones sin fechas' })).toBeVisible();
  await expect(page.getByText('Guía de moderación')).toBeVisible();
  // Month gridlines and today's line are drawn once for the chart, not once per row (2 years: 24 months).
  await expect(page.locator('.timeline-gridline')).toHaveCount(24);
  await page.getByRole('radio', { name: 'Unidad responsable' }).check();
  await expect(page.getByRole('group', { name: 'Gabinete de Comunicación' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Sin unidad responsable' })).toBeVisible();
  await page.screenshot({ path: '.tmp/timeline/by-unit.png', fullPage: true });
});

test('move and resize by keyboard, as one undo step each, and saved', async ({ page }) => {
  await openTimeline(page);
  const target = bar(page, 'Cerrar cuentas inactivas');
  await target.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(target).toHaveAttribute('data-start', '2026-04-20');
  await expect(page.getByRole('status').filter({ hasText: 'ahora del 20/04/2026 al 12/07/2026' })).toBeVisible();
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.getByRole('status').filter({ hasText: 'al 05/07/2026' })).toBeVisible();
  await expectSaved(page);
  await page.getByRole('heading', { name: 'Cronograma de acciones' }).click();
  await page.keyboard.press('Control+z');
  await expect(target).toHaveAttribute('data-end', '2026-07-12');
  await page.keyboard.press('Control+z');
  await expect(target).toHaveAttribute('data-start', '2026-04-06');
  await expect(target).toHaveAttribute('data-end', '2026-06-28');
});

test('drag a bar to move it and its end to resize it', async ({ page }) => {
  await openTimeline(page);
  const target = bar(page, 'Formulario de alta de cuentas');
  const box = (await target.boundingBox())!;
  const track = (await target.locator('..').boundingBox())!;
  const pxPerDay = track.width / 730;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 28 * pxPerDay, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(target).toHaveAttribute('data-start', '2026-03-02');
  await expect(target).toHaveAttribute('data-end', '2026-03-29');
  const moved = (await target.boundingBox())!;
  await page.mouse.move(moved.x + moved.width - 3, moved.y + moved.height / 2);
  await page.mouse.down();
  await page.mouse.move(moved.x + moved.width - 3 + 31 * pxPerDay, moved.y + moved.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(target).toHaveAttribute('data-start', '2026-03-02');
  await expect(target).toHaveAttribute('data-end', '2026-04-29');
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /cronograma\.rumbo/ }).first().click();
  await page.getByRole('button', { name: 'Cronograma' }).click();
  await expect(bar(page, 'Formulario de alta de cuentas')).toHaveAttribute('data-end', '2026-04-29');
});

test('prints as a landscape chart without the application around it', async ({ page }) => {
  await openTimeline(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sidenav')).toBeHidden();
  await expect(bar(page, 'Informe mensual de escucha')).toBeVisible();
  await page.screenshot({ path: '.tmp/timeline/print.png', fullPage: true });
});

/** Whether an element's text is all shown (not cut by its box): what a reader of the screen or the paper gets. */
const wholeText = (element: HTMLElement) => element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1;

test('long names: a line title spans the row, a tactic name takes two lines and shows whole on focus and in print', async ({ page }) => {
  await openTimeline(page);
  const title = page.getByRole('heading', { name: LONG_LINE });
  await expect(title).toBeVisible();
  expect(await title.evaluate(wholeText)).toBe(true);
  const label = page.locator('.timeline-label', { hasText: LONG_TACTIC });
  await expect(label).toHaveAttribute('title', LONG_TACTIC);
  const lineHeight = await label.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  const shown = (await label.boundingBox())!;
  expect(shown.height).toBeGreaterThan(1.5 * lineHeight);
  expect(shown.height).toBeLessThan(2.5 * lineHeight);
  expect(await label.evaluate(wholeText)).toBe(false);
  await bar(page, LONG_TACTIC).focus();
  await expect.poll(() => label.evaluate(wholeText)).toBe(true);
  await page.getByRole('heading', { name: 'Cronograma de acciones' }).click();

  await page.emulateMedia({ media: 'print' });
  await expect.poll(() => label.evaluate(wholeText)).toBe(true);
  // Rows off screen are skipped on screen (content-visibility); paper must show every one of them.
  const rows = page.locator('.timeline-row');
  await expect(rows).toHaveCount(4);
  expect(await rows.evaluateAll((all) => all.map((row) => getComputedStyle(row).contentVisibility))).toEqual(['visible', 'visible', 'visible', 'visible']);
  await page.screenshot({ path: '.tmp/timeline/print-long-names.png', fullPage: true });
});
