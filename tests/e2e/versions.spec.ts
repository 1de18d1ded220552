import { expect, test, type Download, type Page } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { documentFileName } from '../../shared/files/file-names';
import { translate, type MessageKey } from '../../shared/i18n';
import { partsMatching, readDocxParts, visibleText } from '../shared/docx/docx-reader';
import { collectPageErrors, createPlan, expectSaved } from './helpers';

/**
 * The plan's life in Chromium, from a plan made in the welcome screen: draft → in review →
 * approved. The approval is refused while incomplete, then written into the document control
 * and its version history; the version is frozen inside the file and work goes on in draft 1.1.
 * An edit made afterwards is in the plan but not in the frozen version, whether it is exported
 * (without the DRAFT marking, unlike the plan's own document) or opened read-only to look at.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/versions');
const es = (key: MessageKey, params?: Record<string, string | number>) => translate('es', key, params);

const INSTITUTION = 'Ayuntamiento de Villaversión';
const ACCOUNT = { address: 'https://www.instagram.com/villaversion_cultura', handle: '@villaversion_cultura', renamed: '@villaversion_cultura_nueva' };
const APPROVAL = { body: 'Junta de Gobierno Local', date: '2026-11-20', reference: 'Decreto 123/2026' };
const DRAFT_MARK = es('document.draftMark');

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto('/');
});

const nav = (page: Page) => page.getByRole('navigation', { name: es('ui.nav.label') });
async function goTo(page: Page, label: string) {
  await nav(page).getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

const status = (page: Page) => page.getByTestId('plan-status');
const versionsTable = (page: Page) => page.getByRole('table', { name: es('approvalui.versions.caption') });
const accountsGrid = (page: Page) => page.getByRole('grid', { name: 'Inventario de cuentas' });
const accountCell = (page: Page, handle: string) => accountsGrid(page).getByRole('gridcell', { name: handle, exact: true });

/** Every visible text of a downloaded .docx (body, headers, footers). */
async function docxText(download: Download): Promise<string> {
  const parts = await readDocxParts(new Uint8Array(await readFile(await download.path())));
  return partsMatching(parts, /^word\/.*\.xml$/).map(visibleText).join('\n');
}

test('draft → review → approved: the version is frozen, exported and viewed as approved; work goes on in draft 1.1', async ({ page }) => {
  const errors = collectPageErrors(page);
  await createPlan(page, INSTITUTION);
  await goTo(page, 'Cuentas');
  await page.getByLabel(es('accounts.add.pasteLabel')).fill(ACCOUNT.address);
  await page.getByRole('button', { name: /^Añadir cuenta/ }).click();
  await expect(accountCell(page, ACCOUNT.handle)).toBeVisible();
  await expectSaved(page);

  // A draft, nothing approved yet.
  await goTo(page, es('approvalui.title'));
  await expect(status(page)).toHaveText('Borrador 0.1');
  await expect(page.getByText(es('approvalui.versions.empty'))).toBeVisible();
  await expect(page.getByText(es('approvalui.status.marking.auto'))).toBeVisible();

  // To review: the same button now goes back, and keeps the focus.
  const toggle = page.getByRole('button', { name: 'Enviar a revisión' });
  await toggle.click();
  await expect(status(page)).toHaveText('En revisión 0.1');
  await expect(page.getByRole('status').filter({ hasText: es('approvalui.status.changed.in_review') })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Volver a borrador' })).toBeFocused();
  await expect(page.locator('.status-steps li[aria-current="step"]')).toContainText('En revisión');
  await expectSaved(page);

  // Approving with no approving body is refused by the field, and nothing is written.
  await page.getByRole('button', { name: 'Aprobar esta versión…' }).click();
  const dialog = page.getByRole('dialog', { name: es('approvalui.approve.title') });
  const body = dialog.getByLabel(es('approvalui.approve.approvedBy'));
  await expect(body).toBeFocused();
  await expect(dialog.getByLabel(es('approvalui.approve.versionLabel'))).toHaveValue('1.0');
  await expect(dialog.getByText('Después, el trabajo sigue en el borrador 1.1.')).toBeVisible();
  await dialog.getByLabel(es('approvalui.approve.approvedOn')).fill(APPROVAL.date);
  await dialog.getByLabel(es('approvalui.approve.reference')).fill(APPROVAL.reference);
  await dialog.getByRole('button', { name: es('approvalui.approve.confirm') }).click();
  await expect(dialog.getByText(es('approvalui.approve.problems.approvedByMissing'))).toBeVisible();
  await expect(body).toBeFocused();
  await expect(body).toHaveAttribute('aria-invalid', 'true');
  await expect(body).toHaveAccessibleDescription(new RegExp(es('approvalui.approve.problems.approvedByMissing')));
  await page.screenshot({ path: path.join(SHOTS, 'approve-refused.png') });
  await expect(status(page)).toHaveText('En revisión 0.1');
  await expect(versionsTable(page)).toHaveCount(0);

  // Escape leaves it all as it was.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(status(page)).toHaveText('En revisión 0.1');

  await page.getByRole('button', { name: 'Aprobar esta versión…' }).click();
  await dialog.getByLabel(es('approvalui.approve.approvedBy')).fill(APPROVAL.body);
  await dialog.getByLabel(es('approvalui.approve.approvedOn')).fill(APPROVAL.date);
  await dialog.getByLabel(es('approvalui.approve.reference')).fill(APPROVAL.reference);
  await dialog.getByRole('button', { name: es('approvalui.approve.confirm') }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Versión 1.0 aprobada por Junta de Gobierno Local el 20 de noviembre de 2026. El trabajo sigue en el borrador 1.1.' })).toBeVisible();
  await expect(status(page)).toHaveText('Borrador 1.1');
  // Undoing an edit from before the approval would rewrite what was approved.
  await expect(page.getByRole('button', { name: /^Deshacer/ })).toBeDisabled();
  const row = versionsTable(page).locator('tbody tr');
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toHaveText('1.0');
  await expect(row).toContainText(APPROVAL.body);
  await expect(row).toContainText('20/11/2026');
  await expect(row).toContainText(APPROVAL.reference);
  await expectSaved(page);
  await page.screenshot({ path: path.join(SHOTS, 'versions-es.png'), fullPage: true });

  // The document control has the approval and a row in its version history.
  await goTo(page, 'Ficha del documento');
  await expect(page.getByText('Estado del plan: Borrador · Versión 1.1')).toBeVisible();
  await expect(page.getByLabel('Órgano que lo aprueba')).toHaveValue(APPROVAL.body);
  await expect(page.getByLabel('Fecha de aprobación')).toHaveValue(APPROVAL.date);
  await expect(page.getByLabel('Referencia de la aprobación')).toHaveValue(APPROVAL.reference);
  await expect(page.getByLabel('Número de la versión 1.0')).toHaveValue('1.0');
  await expect(page.getByLabel('Fecha de la versión 1.0')).toHaveValue(APPROVAL.date);
  await expect(page.getByLabel('Cambios de la versión 1.0')).toHaveValue(es('merge.approval.noteWithReference', { body: APPROVAL.body, reference: APPROVAL.reference }));

  // Work goes on: the account is renamed in the new draft.
  await goTo(page, 'Cuentas');
  await accountCell(page, ACCOUNT.handle).click();
  await page.keyboard.press('Enter');
  await page.locator('.cell-editor:focus').fill(ACCOUNT.renamed);
  await page.keyboard.press('Enter');
  await expect(accountCell(page, ACCOUNT.renamed)).toBeVisible();
  await expectSaved(page);

  // The approved version's document: as approved, without the marking and without the later edit.
  await goTo(page, es('approvalui.title'));
  const approvedDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar .docx de la versión 1.0' }).click();
  const approvedFile = await approvedDownload;
  const approvedName = documentFileName({ institution: INSTITUTION, title: es('document.defaultPlanTitle'), version: '1.0' });
  expect(approvedFile.suggestedFilename()).toBe(approvedName);
  await expect(page.getByRole('status').filter({ hasText: `Documento de la versión 1.0 guardado: ${approvedName}` })).toBeVisible();
  const approvedText = await docxText(approvedFile);
  for (const text of ['1.0', APPROVAL.body, APPROVAL.reference, ACCOUNT.handle]) expect(approvedText.includes(text), `the approved version has “${text}”`).toBe(true);
  expect(approvedText.includes(DRAFT_MARK), 'no DRAFT marking in the approved version').toBe(false);
  expect(approvedText.includes(ACCOUNT.renamed), 'the later edit is not in the approved version').toBe(false);

  // The plan's own document is a draft again: marked, and with the later edit.
  await goTo(page, 'Documento Word');
  const currentDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar a Word…' }).click();
  const currentText = await docxText(await currentDownload);
  expect(currentText.includes(DRAFT_MARK), 'the draft carries the DRAFT marking').toBe(true);
  expect(currentText.includes(ACCOUNT.renamed), 'the draft has the later edit').toBe(true);

  // "Ver": the whole app shows the version read-only, as it was.
  await goTo(page, es('approvalui.title'));
  await page.getByRole('button', { name: 'Ver la versión 1.0' }).click();
  await expect(page.getByRole('status').filter({ hasText: es('ui.app.viewingVersion', { label: '1.0' }) })).toBeVisible();
  await goTo(page, 'Cuentas');
  await expect(accountCell(page, ACCOUNT.handle)).toBeVisible();
  await expect(accountCell(page, ACCOUNT.renamed)).toHaveCount(0);
  await goTo(page, es('approvalui.title'));
  await expect(status(page)).toHaveText('Aprobado 1.0');
  await expect(page.getByText(es('approvalui.status.marking.autoApproved'))).toBeVisible();
  await expect(page.getByText(es('approvalui.versions.whileViewing'))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aprobar esta versión…' })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Aprobar esta versión…' })).toHaveAccessibleDescription(es('approvalui.status.viewingVersion', { label: '1.0' }));
  await page.screenshot({ path: path.join(SHOTS, 'viewing-version.png'), fullPage: true });

  // "Volver al plan": the plan again, on this screen, with the later edit.
  await page.getByRole('button', { name: es('ui.app.backToPlan') }).click();
  await expect(page.getByRole('heading', { level: 1, name: es('approvalui.title') })).toBeVisible();
  await expect(status(page)).toHaveText('Borrador 1.1');
  await expect(versionsTable(page).locator('tbody tr')).toHaveCount(1);
  await goTo(page, 'Cuentas');
  await expect(accountCell(page, ACCOUNT.renamed)).toBeVisible();
  expect(errors).toEqual([]);
});

test('the screen in English, and the approval dialog by keyboard alone', async ({ page }) => {
  const errors = collectPageErrors(page);
  await createPlan(page, INSTITUTION);
  await goTo(page, es('approvalui.title'));
  await page.getByLabel(es('ui.app.language')).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: translate('en', 'approvalui.title') })).toBeVisible();
  await expect(status(page)).toHaveText('Draft 0.1');

  // Keyboard: open, type, move with Tab, submit with Enter.
  await page.getByRole('button', { name: 'Approve this version…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: translate('en', 'approvalui.approve.title') });
  await expect(dialog.getByLabel('Approving body')).toBeFocused();
  await page.keyboard.type('Full Council');
  await dialog.getByLabel('Approved version number').fill('');
  await page.screenshot({ path: path.join(SHOTS, 'approve-dialog-en.png') });
  await page.keyboard.press('Enter');
  await expect(dialog.getByText(translate('en', 'approvalui.approve.problems.versionLabelMissing'))).toBeVisible();
  await expect(dialog.getByLabel('Approved version number')).toBeFocused();
  await page.keyboard.type('1.0');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Approve this version…' })).toBeFocused();
  await expect(status(page)).toHaveText('Draft 1.1');
  await expect(page.getByRole('table', { name: translate('en', 'approvalui.versions.caption') }).locator('tbody tr')).toHaveCount(1);
  await expectSaved(page);
  await page.screenshot({ path: path.join(SHOTS, 'versions-en.png'), fullPage: true });
  expect(errors).toEqual([]);
});
