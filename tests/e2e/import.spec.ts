import { expect, test, type Page } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import writeXlsxFile, { type SheetData } from 'write-excel-file/universal';
import { collectPageErrors, createPlan, expectSaved } from './helpers';

/** Import and export of the account inventory in the browser edition (the panel sits at the top of the accounts section). */
const START = '/';
const SHOTS = '/work/main/.tmp/transfer';

/** Windows-1252, as Excel in Spanish saves a CSV. */
function windows1252(text: string): Buffer {
  return Buffer.from([...text].map((char) => (char === '€' ? 0x80 : char.charCodeAt(0))));
}

const WITH_ERRORS = [
  'Inventario de redes sociales (marzo 2025)',
  '',
  'Red social;Usuario;URL;Unidad;Seguidores;Gestores;Comentario',
  'Facebook;villanueva;;Área de Cultura y Festejos;12.345;Pérez García, Ana;Cuenta principal',
  'Instagram;;https://www.instagram.com/cultura.villanueva/;AREA DE CULTURA Y FESTEJOS;muchos;;',
  'Vimeo;@villanueva;;Alcaldía;;;',
  'X;@villanueva_es;;Alcaldía;980;Luis Gil;=HIPERVINCULO("http://mal.example")',
].join('\r\n');
const FIXED = WITH_ERRORS.replace(';muchos;', ';1.500;').replace('Vimeo;', 'YouTube;');

async function openAccounts(page: Page) {
  await page.getByRole('navigation', { name: 'Secciones del plan' }).getByRole('button', { name: 'Cuentas', exact: true }).click();
}

async function chooseFile(page: Page, buttonName: string, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog', { name: 'Importar cuentas' }).getByRole('button', { name: buttonName }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

test.beforeEach(async ({ page }) => {
  await page.goto(START);
});

test('import a CSV with errors, see the report, fix the file, import; one undo removes it all', async ({ page }) => {
  const errors = collectPageErrors(page);
  await createPlan(page, 'Ayuntamiento de Villanueva');
  await openAccounts(page);
  const panel = page.getByRole('region', { name: 'Importar y exportar cuentas' });
  await expect(panel.getByTestId('transfer-count')).toHaveText('El inventario tiene 0 cuentas.');

  await panel.getByRole('button', { name: 'Importar cuentas…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importar cuentas' });
  await expect(dialog.getByRole('heading', { name: 'Paso 1 de 3: Elegir el archivo' })).toBeFocused();
  await chooseFile(page, 'Elegir archivo…', 'cuentas.csv', windows1252(WITH_ERRORS));

  // Step 2: the columns, recognised below the sheet's own title; one is mapped by hand.
  await expect(dialog.getByRole('heading', { name: 'Paso 2 de 3: Comprobar las columnas' })).toBeVisible();
  await expect(dialog.getByText('cuentas.csv: 4 filas de datos y 7 columnas (títulos en la fila 3).')).toBeVisible();
  await expect(dialog.getByText('CSV en Windows-1252 (el CSV de Excel en español), separado por punto y coma.')).toBeVisible();
  await expect(dialog.getByLabel('Dato de la cuenta para la columna «Red social»')).toHaveValue('platform');
  await expect(dialog.getByLabel('Dato de la cuenta para la columna «Comentario»')).toHaveValue('');
  await dialog.getByLabel('Dato de la cuenta para la columna «Comentario»').selectOption('notes');
  await expect(dialog.getByLabel('Dato de la cuenta para la columna «Comentario»')).toHaveValue('notes');
  await page.screenshot({ path: `${SHOTS}/import-columns.png` });
  await dialog.getByRole('button', { name: 'Siguiente' }).click();

  // Step 3: the report, row by row, and nothing can be imported as it is.
  await expect(dialog.getByText('Filas correctas: 2. Filas con problemas: 2.')).toBeVisible();
  const problems = dialog.getByRole('table', { name: 'Problemas por fila' });
  await expect(problems.getByRole('row')).toHaveCount(3);
  await expect(problems.getByRole('row').nth(1)).toContainText('5');
  await expect(problems.getByRole('row').nth(1)).toContainText('Seguidores');
  await expect(problems.getByRole('row').nth(1)).toContainText('«muchos» no es un número.');
  await expect(problems.getByRole('row').nth(2)).toContainText('«Vimeo» no es una red social que Rumbo conozca.');
  await expect(dialog.getByRole('button', { name: 'Importar 4 cuentas' })).toBeDisabled();
  await expect(dialog.getByRole('status')).toHaveText(/corríjalas en el archivo o marque la casilla/);
  await expect(dialog.getByText('El archivo nombra 2 unidades que no existen en el plan:')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/import-report.png`, fullPage: true });

  // The user fixes the sheet and chooses it again: the hand-made mapping is kept.
  await chooseFile(page, 'Elegir otro archivo…', 'cuentas-corregido.csv', windows1252(FIXED));
  await expect(dialog.getByLabel('Dato de la cuenta para la columna «Comentario»')).toHaveValue('notes');
  await dialog.getByRole('button', { name: 'Siguiente' }).click();
  await expect(dialog.getByText('Todas las filas están bien.')).toBeVisible();
  await expect(dialog.getByRole('checkbox', { name: /Crearlas al importar/ })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/import-ready.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Importar 4 cuentas' }).click();

  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('status')).toContainText('Se han importado 4 cuentas.');
  await expect(panel.getByRole('status')).toContainText('Se han creado 2 unidades.');
  await expect(panel.getByTestId('transfer-count')).toHaveText('El inventario tiene 4 cuentas.');
  await expect(panel.getByRole('button', { name: 'Importar cuentas…' })).toBeFocused();
  await expectSaved(page);
  await panel.screenshot({ path: `${SHOTS}/import-done-panel.png` });

  // The export brings the same accounts back out, formulas neutralised, for Spanish Excel.
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Exportar CSV' }).click();
  const file = await (await download).path();
  const exported = await readFile(file);
  expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = exported.subarray(3).toString('utf8');
  expect(text.split('\r\n')[0]).toMatch(/^Plataforma;Usuario;URL;Nombre;Unidad;/);
  expect(text).toContain('\'=HIPERVINCULO(""http://mal.example"")');
  expect(text.split('\r\n').filter((line) => line.trim() !== '')).toHaveLength(5);
  await expect(panel.getByRole('status')).toHaveText(/Archivo descargado: Ayuntamiento de Villanueva - cuentas\.csv/);

  // One undo removes the whole import: accounts, and the units it created.
  const nav = page.getByRole('navigation', { name: 'Secciones del plan' });
  await nav.getByRole('button', { name: 'Organización' }).click();
  await expect(page.getByText('Área de Cultura y Festejos', { exact: true })).not.toHaveCount(0);
  await page.getByRole('button', { name: 'Deshacer: importar cuentas' }).click();
  await expect(page.getByText('Área de Cultura y Festejos', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Deshacer/ })).toBeDisabled();
  await openAccounts(page);
  await expect(panel.getByTestId('transfer-count')).toHaveText('El inventario tiene 0 cuentas.');
  await expectSaved(page);
  expect(errors).toEqual([]);
});

test('an .xlsx of 3,000 rows goes through the engine Worker (asynchronous unzip) and imports', async ({ page }) => {
  const errors = collectPageErrors(page);
  const rows: SheetData = [['Plataforma', 'Usuario', 'Unidad', 'Seguidores', 'Notas'].map((value) => ({ value }))];
  for (let index = 0; index < 3_000; index++) {
    rows.push([{ value: 'X' }, { value: `@cuenta${index}` }, { value: `Servicio ${index % 20}` }, { value: index }, { value: `Notas de la cuenta número ${index}, con algo de texto para que pese` }]);
  }
  const buffer = Buffer.from(await (await writeXlsxFile(rows, { sheet: 'Cuentas' }).toBlob()).arrayBuffer());
  await createPlan(page, 'Diputación de Pruebas');
  await openAccounts(page);
  const panel = page.getByRole('region', { name: 'Importar y exportar cuentas' });
  await panel.getByRole('button', { name: 'Importar cuentas…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importar cuentas' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Elegir archivo…' }).click();
  await (await chooser).setFiles({ name: 'cuentas.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  await expect(dialog.getByText('cuentas.xlsx: 3000 filas de datos y 5 columnas (títulos en la fila 1).')).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText('Excel (.xlsx), hoja «Cuentas».')).toBeVisible();
  await dialog.getByRole('button', { name: 'Siguiente' }).click();
  await expect(dialog.getByText('El archivo nombra 20 unidades que no existen en el plan:')).toBeVisible();
  await dialog.getByRole('button', { name: 'Importar 3000 cuentas' }).click();
  await expect(panel.getByTestId('transfer-count')).toHaveText('El inventario tiene 3000 cuentas.', { timeout: 30_000 });
  await expectSaved(page);

  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Exportar Excel (.xlsx)' }).click();
  const exported = await readFile(await (await download).path());
  expect(exported.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(errors).toEqual([]);
});

test('a file that is not a spreadsheet gets a plain message inside the wizard', async ({ page }) => {
  await createPlan(page, 'Universidad de Ensayo');
  await openAccounts(page);
  await page.getByRole('button', { name: 'Importar cuentas…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Importar cuentas' });
  await chooseFile(page, 'Elegir archivo…', 'vacio.csv', Buffer.alloc(0));
  await expect(dialog.getByRole('alert')).toHaveText(/El archivo está vacío/);
  await chooseFile(page, 'Elegir archivo…', 'viejo.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await expect(dialog.getByRole('alert')).toHaveText(/formato antiguo de Excel/);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
