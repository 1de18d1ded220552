import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { collectPageErrors, expectSaved, fixtureEngine, openPlanFile } from './helpers';

/**
 * The formatted-text editor (renderer/src/ui/RichTextEditor.tsx) on the plan texts screen:
 * typing with the toolbar and the keyboard, the link field's refusal of unsafe addresses, one
 * undo step per visit, hostile stored text shown as text, and what reaches the Word document.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/rich-text');
const FIXTURE = 'villaformato.rumbo';

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1300, height: 950 });
  await page.goto('/');
});

async function planFile(presentation?: string): Promise<Buffer> {
  const engine = await fixtureEngine('Ayuntamiento de Villaformato', { start: '2026-01-01', end: '2027-12-31' });
  if (presentation !== undefined) await engine.call('planText.update', { key: 'presentation', body: presentation });
  return Buffer.from((await engine.call('plan.export')).bytes);
}

async function openTexts(page: Page, bytes: Buffer) {
  await openPlanFile(page, FIXTURE, bytes);
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: 'Textos del plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Textos del plan' })).toBeVisible();
}

const presentationEditor = (page: Page) => page.getByRole('textbox', { name: 'Presentación', exact: true });
const presentationToolbar = (page: Page) => page.getByRole('toolbar', { name: 'Formato de «Presentación»' });
/** Leaves the editor the way a user does: by clicking elsewhere on the page. */
const leave = (page: Page) => page.getByRole('heading', { level: 1, name: 'Textos del plan' }).click();

test('formatting with the toolbar and the keyboard, a safe link, one undo step, and the same text in Word', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openTexts(page, await planFile());
  const editor = presentationEditor(page);
  const toolbar = presentationToolbar(page);
  await expect(editor).toHaveAttribute('aria-multiline', 'true');

  await editor.click();
  await page.keyboard.type('El plan ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('prioriza');
  await expect(toolbar.getByRole('button', { name: 'Negrita (Ctrl+B)' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' la ');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('atención directa');
  await page.keyboard.press('Control+i');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await toolbar.getByRole('button', { name: 'Lista numerada' }).click();
  await expect(toolbar.getByRole('button', { name: 'Lista numerada' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('Informar');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Escuchar');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sede: ');

  // The link field refuses what the document would refuse, and says why.
  await toolbar.getByRole('button', { name: 'Enlace' }).click();
  const address = page.getByLabel('Dirección del enlace');
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await page.getByRole('button', { name: 'Aplicar' }).click();
  await expect(page.getByRole('alert')).toContainText('solo se admiten direcciones web seguras (https://)');
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await page.locator('.rich-text').filter({ has: editor }).screenshot({ path: path.join(SHOTS, 'link-refused.png') });
  await address.fill('https://sede.villaformato.es');
  await address.press('Enter');
  await expect(address).toBeHidden();
  await expect(editor).toBeFocused();

  await expect(editor.locator('strong')).toHaveText('prioriza');
  await expect(editor.locator('em')).toHaveText('atención directa');
  await expect(editor.locator('ol > li')).toHaveText(['Informar', 'Escuchar']);
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://sede.villaformato.es/');
  await expect(editor.locator('a')).toHaveText('https://sede.villaformato.es');

  // Nothing is handed to the plan while typing; leaving the editor does it, once.
  await expect(page.getByRole('button', { name: /^Deshacer/ })).toBeDisabled();
  await leave(page);
  await expectSaved(page);
  await expect(page.getByRole('button', { name: /^Deshacer/ })).toBeEnabled();
  await page.locator('.rich-text').filter({ has: editor }).screenshot({ path: path.join(SHOTS, 'editor.png') });

  await page.getByRole('button', { name: /^Deshacer/ }).click();
  await expect(editor).toHaveText('');
  await page.getByRole('button', { name: /^Rehacer/ }).click();
  await expect(editor.locator('strong')).toHaveText('prioriza');

  // Without a draft, Ctrl+Z in the editor undoes the plan's last change, as in any other field.
  await editor.click();
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('');
  await page.keyboard.press('Control+y');
  await expect(editor.locator('ol > li')).toHaveCount(2);

  // The toolbar is one tab stop before the text; the arrow keys move along it.
  await editor.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Negrita (Ctrl+B)' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Cursiva (Ctrl+I)' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(toolbar.getByRole('button', { name: 'Enlace' })).toBeFocused();
  await expect(toolbar.getByRole('button', { name: 'Cursiva (Ctrl+I)' })).toHaveAttribute('tabindex', '-1');

  // Kept in the file: reopened, the editor shows the same formatting.
  await leave(page);
  await expectSaved(page);
  await page.reload();
  await page.getByRole('button', { name: /villaformato/i }).first().click();
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: 'Textos del plan', exact: true }).click();
  await expect(presentationEditor(page).locator('strong')).toHaveText('prioriza');
  await expect(presentationEditor(page).locator('ol > li')).toHaveCount(2);

  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: 'Documento Word', exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exportar a Word…' }).click();
  const zip = await JSZip.loadAsync(await readFile(await (await download).path()));
  const body = await zip.file('word/document.xml')!.async('string');
  const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
  expect(body).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*prioriza/);
  expect(body).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*atención directa/);
  expect(body).toMatch(/<w:numPr>(?:(?!<\/w:p>).)*Informar/);
  expect(rels).toMatch(/Target="https:\/\/sede\.villaformato\.es\/" TargetMode="External"/);
  expect(errors).toEqual([]);
});

test('a stored text with HTML, scripts and unsafe links is shown as text, never run or linked', async ({ page }) => {
  const errors = collectPageErrors(page);
  const hostile = '# Título\n\nTexto <img src=x onerror="window.__pwned=1"> <b>negrita</b> [pulse](javascript:window.__pwned=2) fin.\n\n<script>window.__pwned=3</script>';
  await openTexts(page, await planFile(hostile));
  const editor = presentationEditor(page);
  await expect(editor).toContainText('Título');
  await expect(editor).toContainText('Texto <img src=x onerror="window.__pwned=1"> <b>negrita</b> pulse fin.');
  await expect(editor).toContainText('<script>window.__pwned=3</script>');
  await expect(editor.locator('img, b, script, h1, a')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();

  // Visiting without typing changes nothing in the plan.
  await editor.click();
  await leave(page);
  await expect(page.getByRole('button', { name: /^Deshacer/ })).toBeDisabled();
  expect(errors).toEqual([]);
});

test('while typing, Ctrl+Z undoes the typing; Ctrl+S hands the text to the plan and saves it', async ({ page }) => {
  const errors = collectPageErrors(page);
  await openTexts(page, await planFile('Texto guardado.'));
  const editor = presentationEditor(page);
  const undo = page.getByRole('button', { name: /^Deshacer/ });
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Más');
  await expect(editor).toHaveAttribute('data-draft', 'true');
  await page.keyboard.press('Control+z');
  await expect(editor).toHaveText('Texto guardado.');
  await expect(undo).toBeDisabled();

  await page.keyboard.type(' Añadido');
  await page.keyboard.press('Control+s');
  await expectSaved(page);
  await expect(undo).toBeEnabled();
  await expect(editor).toBeFocused();
  await expect(editor).not.toHaveAttribute('data-draft', 'true');
  await expect(editor).toHaveText('Texto guardado. Añadido');
  expect(errors).toEqual([]);
});

test('pasting from Word or a web page keeps only paragraphs, bold, italics, lists and safe links, and fetches nothing', async ({ page }) => {
  const errors = collectPageErrors(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openTexts(page, await planFile());
  const editor = presentationEditor(page);
  await editor.click();
  const before = requests.length;
  const html =
    '<h1 class="MsoTitle">Título del plan</h1>' +
    '<p class="MsoNormal"><b>negrita</b> <i>cursiva</i> <u>subrayado</u> <s>tachado</s> <span style="color:red;font-family:Comic Sans MS">rojo</span></p>' +
    '<ul><li>uno</li><li>dos</li></ul>' +
    '<table><tr><td>celda</td></tr></table><img src="https://example.invalid/logo.png" alt="logo">' +
    '<p><a href="javascript:alert(1)">malo</a> y <a href="https://sede.villaformato.es/">sede</a></p><pre>código</pre><blockquote>cita</blockquote>';
  await editor.evaluate((element, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', 'texto');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(editor).toContainText('Título del plan');
  await expect(editor.locator('strong')).toHaveText('negrita');
  await expect(editor.locator('em')).toHaveText('cursiva');
  await expect(editor.locator('ul > li')).toHaveText(['uno', 'dos']);
  await expect(editor).toContainText('celda');
  await expect(editor).toContainText('código');
  await expect(editor).toContainText('cita');
  await expect(editor.locator('h1, u, s, span[style], table, img, pre, blockquote, [style]')).toHaveCount(0);
  await expect(editor.locator('a')).toHaveCount(1);
  await expect(editor.locator('a')).toHaveAttribute('href', 'https://sede.villaformato.es/');
  await leave(page);
  await expectSaved(page);
  expect(requests.slice(before).filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
  expect(errors).toEqual([]);
});
