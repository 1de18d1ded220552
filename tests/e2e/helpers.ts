import { expect, type Page } from '@playwright/test';

/** Fills the welcome form and creates a plan; in the browser edition it is stored at once. */
export async function createPlan(page: Page, name: string, options: { type?: string; language?: string } = {}) {
  await page.getByLabel('Nombre de la institución').fill(name);
  if (options.type) await page.getByLabel('Tipo de institución').selectOption(options.type);
  if (options.language) await page.getByLabel('Idioma del plan').selectOption(options.language);
  await page.getByRole('button', { name: 'Crear plan' }).click();
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
  await expectSaved(page);
}

export async function expectSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
}

/** Types into a profile field and leaves it, as a user would. */
export async function editField(page: Page, label: string, value: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.fill(value);
  await field.blur();
}

export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** Opens plan bytes through the welcome screen's "Abrir archivo…" file chooser, as a user would. */
export async function openPlanFile(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Abrir archivo…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
  await expect(page.getByRole('heading', { name: 'Perfil de la institución' })).toBeVisible();
}

/** A real engine in Node with a new plan, for preparing fixture files; export with `call('plan.export')`. */
export async function fixtureEngine(institutionName: string, period?: { start: string; end: string }) {
  const { PlanEngine } = await import('../../shared/engine/engine');
  const { loadSqlJsForNode } = await import('../../electron/node/sqljs');
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), author: 'Pruebas' });
  await engine.call('plan.create', { institutionName, periodStart: period?.start, periodEnd: period?.end });
  return engine;
}
