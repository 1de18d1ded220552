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
