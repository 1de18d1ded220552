import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { CheckCode } from '../../shared/action/checks';
import { translate, type MessageKey } from '../../shared/i18n';
import { paragraphs } from '../shared/docx/docx-reader';
import JSZip from 'jszip';
import { collectPageErrors, createPlan, editField, expectSaved } from './helpers';

/**
 * Issue 4's proof, the whole chain in Chromium from an empty plan made in the welcome screen:
 * an account with no owning unit gives the inventory a finding; the SWOT gets items typed, from
 * the suggestion library and from that finding; a CAME option becomes a strategy line; an
 * objective answers the weaknesses and the threat with a KPI; tactics get owner, unit, dates and
 * effort. The plan checks clear one by one as each thing is fixed, the timeline fills, and the
 * exported Word document has the action-plan chapters with the texts typed here.
 */

const SHOTS = path.resolve(import.meta.dirname, '../../.tmp/chain');
const es = (key: MessageKey, params?: Record<string, string | number>) => translate('es', key, params);

const TEXT = {
  institution: 'Ayuntamiento de Villacadena',
  unit: 'Gabinete de Comunicación',
  account: 'https://www.instagram.com/villacadena_fiestas',
  typedWeakness: 'Nadie tiene horas asignadas para gestionar las cuentas corporativas.',
  suggestedThreat: es('suggestions.swot.impersonation.text'),
  foundWeakness: es('inventory.findings.NO_UNIT.title'),
  option: 'Dar a cada cuenta una unidad responsable y blindar su acceso frente a suplantaciones.',
  objective: 'Asignar unidad responsable y persona gestora al 100 % de las cuentas corporativas antes del 30/06/2026.',
  kpi: es('suggestions.metrics.accountsWithOwner.name'),
  person: 'Marta Gil',
  personRole: 'Responsable de comunicación',
  tactics: ['Revisar quién gestiona cada cuenta y asignarle unidad', 'Formar a las personas gestoras en verificación en dos pasos'],
};

/** The action-plan chapters of the Word document, in order, as the document's catalog names them. */
const CHAPTER_KEYS = ['docplan.swot.title', 'docplan.objectives.title', 'docplan.strategy.title', 'docplan.timeline.title', 'docplan.resources.title'] as const satisfies readonly MessageKey[];

/** Each numbered chapter of a document.xml ("3. DAFO…" → "DAFO…") with the visible text of its paragraphs and table cells. */
function chaptersOf(xml: string): Map<string, string> {
  const chapters = new Map<string, string>();
  let current: string | null = null;
  for (const paragraph of paragraphs(xml)) {
    if (paragraph.style === 'Heading1') {
      current = paragraph.text.replace(/^\d+\. /, '');
      chapters.set(current, '');
    } else if (current !== null) {
      chapters.set(current, `${chapters.get(current)}${paragraph.text}\n`);
    }
  }
  return chapters;
}

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

const nav = (page: Page) => page.getByRole('navigation', { name: es('ui.nav.label') });
async function goTo(page: Page, section: 'organisation' | 'accounts' | 'swot' | 'came' | 'objectives' | 'lines' | 'timeline' | 'traceability' | 'document') {
  await nav(page).getByRole('button', { name: es(`ui.nav.${section}`), exact: true }).click();
  await expect(nav(page).getByRole('button', { name: es(`ui.nav.${section}`), exact: true })).toHaveAttribute('aria-current', 'page');
}

const quadrant = (page: Page, name: 'Debilidades' | 'Amenazas') => page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
const swotCard = (page: Page, text: string) => page.getByRole('listitem', { name: new RegExp(`^\\S+ \\d+: ${escape(text)}$`) });
const objective = (page: Page, number: number) => page.getByRole('article', { name: new RegExp(`^Objetivo ${number} `) });
const kpi = (page: Page, number: string) => page.getByRole('article', { name: new RegExp(`^Indicador ${escape(number)}:`) });
const line = (page: Page, number: number) => page.getByRole('article', { name: new RegExp(`^Línea ${number} `) });
const tactic = (page: Page, number: string) => page.getByRole('article', { name: new RegExp(`^Acción ${escape(number)} `) });
const checksRegion = (page: Page) => page.getByRole('region', { name: es('diagnosis.checks.title') });

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Types into a field and leaves it, as a user would. */
async function type(field: Locator, value: string) {
  await field.fill(value);
  await field.blur();
}

/** Chooses items in one of the "Elegir…" pickers (objective ↔ SWOT, line ↔ objectives). */
async function pick(group: Locator, names: readonly (string | RegExp)[]) {
  await group.getByRole('button', { name: /^Elegir…/ }).click();
  for (const name of names) await group.getByRole('checkbox', { name }).check();
  await group.getByRole('button', { name: es('actionui.picker.done') }).click();
}

/** The traceability screen's plan checks are exactly these, and each is titled as the catalog says. */
async function expectChecks(page: Page, codes: readonly CheckCode[]) {
  await goTo(page, 'traceability');
  const region = checksRegion(page);
  if (codes.length === 0) {
    await expect(region.getByText(es('diagnosis.checks.allClear'))).toBeVisible();
    return;
  }
  await expect.poll(() => region.locator('li[data-code]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-code')).sort())).toEqual([...codes].sort());
  for (const code of codes) await expect(region.getByRole('listitem', { name: es(`action.checks.${code}`) })).toBeVisible();
}

test('from an empty plan to the Word document: SWOT, CAME, objective with KPI, tactics, checks, timeline', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/');
  await createPlan(page, TEXT.institution);
  // A fixed period, so the dates typed below fall inside it whatever year the test runs in.
  await editField(page, es('ui.profile.periodStart'), '2026-01-01');
  await editField(page, es('ui.profile.periodEnd'), '2027-12-31');
  await expectSaved(page);

  // Inventory, as little as gives a finding: one unit (to own tactics later) and one account nobody owns.
  await goTo(page, 'organisation');
  const unitForm = page.getByRole('form', { name: es('organisation.create.legend') });
  await unitForm.getByLabel(es('organisation.create.name')).fill(TEXT.unit);
  await unitForm.getByRole('button', { name: es('organisation.create.add') }).click();
  await expect(page.getByRole('treeitem', { name: new RegExp(`^${TEXT.unit}`) })).toBeVisible();
  await goTo(page, 'accounts');
  await page.getByLabel(es('accounts.add.pasteLabel')).fill(TEXT.account);
  await page.getByRole('button', { name: /^Añadir cuenta/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cuenta añadida' })).toBeVisible();
  await expectSaved(page);

  // Nothing to check yet: an empty action plan has nothing wrong in it, and the timeline says where tactics come from.
  await expectChecks(page, []);
  await goTo(page, 'timeline');
  await expect(page.getByText(es('timeline.empty'))).toBeVisible();

  // SWOT: typed, from the suggestion library, from the inventory finding.
  await goTo(page, 'swot');
  const weaknesses = quadrant(page, 'Debilidades');
  await weaknesses.getByRole('textbox', { name: /^Nueva / }).fill(TEXT.typedWeakness);
  await weaknesses.getByRole('textbox', { name: /^Nueva / }).press('Enter');
  await expect(swotCard(page, TEXT.typedWeakness)).toContainText(`${es('diagnosis.swot.source')} ${es('diagnosis.swot.sources.manual')}`);

  await quadrant(page, 'Amenazas').getByRole('button', { name: /sugerencias de la biblioteca/ }).click();
  const library = page.getByRole('dialog', { name: 'Biblioteca de sugerencias' });
  await library.getByLabel('Filtrar sugerencias').fill('perfiles falsos');
  await library.getByRole('button', { name: `Añadir: ${TEXT.suggestedThreat}` }).click();
  await expect(library.getByRole('button', { name: `Ya está en el DAFO: ${TEXT.suggestedThreat}` })).toBeVisible();
  await library.getByRole('button', { name: es('diagnosis.common.close') }).click();
  await expect(swotCard(page, TEXT.suggestedThreat)).toContainText(`${es('diagnosis.swot.source')} ${es('diagnosis.swot.sources.suggestion')}`);

  await page.getByRole('button', { name: `Crear debilidad: ${TEXT.foundWeakness}` }).click();
  const found = swotCard(page, TEXT.foundWeakness);
  await expect(found).toContainText(`${es('diagnosis.swot.source')} ${es('diagnosis.swot.sources.finding')}`);
  await expect(found.getByRole('textbox', { name: /^Evidencia de/ })).toHaveValue(/^1 cuenta del inventario/);
  await expectSaved(page);
  await page.screenshot({ path: path.join(SHOTS, 'swot-board.png'), fullPage: true });

  await expectChecks(page, ['WEAKNESS_NOT_ADDRESSED', 'THREAT_NOT_ADDRESSED']);
  await expect(checksRegion(page).getByRole('listitem', { name: es('action.checks.WEAKNESS_NOT_ADDRESSED') })).toContainText('2 casos');

  // CAME: a survival option (weakness × threat) turned into a strategy line.
  await goTo(page, 'came');
  const form = page.getByRole('form', { name: es('diagnosis.came.newTitle') });
  await form.getByLabel(es('diagnosis.came.strategy')).selectOption('survival');
  await form.getByLabel(es('diagnosis.came.text')).fill(TEXT.option);
  await form.getByLabel(new RegExp(`^${escape(TEXT.foundWeakness)}`)).check();
  await form.getByLabel(new RegExp(`^${escape(TEXT.suggestedThreat)}`)).check();
  await form.getByRole('button', { name: es('diagnosis.came.create') }).click();
  const option = page.getByRole('region', { name: /^Supervivencia/ }).getByRole('listitem', { name: /^opción de supervivencia 1:/ });
  await option.getByRole('button', { name: /^Convertir en línea estratégica/ }).click();
  await expect(option.getByText(`Es la línea estratégica «${TEXT.option}».`)).toBeVisible();
  await expectChecks(page, ['WEAKNESS_NOT_ADDRESSED', 'THREAT_NOT_ADDRESSED', 'LINE_NO_TACTIC']);

  // An objective, typed; until it answers the SWOT and has a KPI, the checks say so.
  await goTo(page, 'objectives');
  await page.getByLabel(es('actionui.objectives.newStatement')).fill(TEXT.objective);
  await page.getByRole('button', { name: es('actionui.objectives.add') }).click();
  await expect(objective(page, 1)).toBeFocused();
  await expectChecks(page, ['WEAKNESS_NOT_ADDRESSED', 'THREAT_NOT_ADDRESSED', 'LINE_NO_TACTIC', 'OBJECTIVE_NO_KPI']);

  await goTo(page, 'objectives');
  const first = objective(page, 1);
  await pick(first.getByRole('group', { name: es('actionui.objectives.answers') }), [TEXT.typedWeakness, TEXT.foundWeakness, TEXT.suggestedThreat]);
  await expect(first.getByRole('group', { name: es('actionui.objectives.answers') }).getByRole('listitem')).toHaveCount(3);
  await expectChecks(page, ['LINE_NO_TACTIC', 'OBJECTIVE_NO_KPI']);

  // Its owner (added on the spot), deadline and KPI from the catalogue: the KPI lacks baseline and target until typed.
  await goTo(page, 'objectives');
  const fields = first.locator('.objective-fields');
  await fields.getByRole('button', { name: 'Nueva persona…' }).click();
  await fields.getByLabel('Nombre y apellidos').fill(TEXT.person);
  await fields.getByLabel('Cargo o puesto').fill(TEXT.personRole);
  await fields.getByRole('button', { name: 'Crear y asignar' }).click();
  await expect(fields.getByLabel(es('actionui.objectives.owner'), { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
  await type(fields.getByLabel(es('actionui.objectives.deadline')), '2026-06-30');
  const addKpi = page.getByRole('form', { name: es('actionui.kpis.addFormLabel', { number: 1 }) });
  await addKpi.getByLabel(es('actionui.kpis.newMetric')).selectOption({ label: TEXT.kpi });
  await addKpi.getByRole('button', { name: es('actionui.kpis.add') }).click();
  await expect(kpi(page, '1.1')).toBeFocused();
  await expectChecks(page, ['LINE_NO_TACTIC', 'KPI_NO_BASELINE', 'KPI_NO_TARGET']);

  await goTo(page, 'objectives');
  await type(kpi(page, '1.1').getByLabel(es('actionui.kpis.baseline')), '0');
  await expectSaved(page);
  await expectChecks(page, ['LINE_NO_TACTIC', 'KPI_NO_TARGET']);
  await goTo(page, 'objectives');
  await type(kpi(page, '1.1').getByLabel(es('actionui.kpis.target')), '100');
  await expect(kpi(page, '1.1')).toContainText('de 0 a 100 %');
  await expect(first.getByTestId('smart').getByRole('heading')).toHaveText(/Objetivo SMART completo/);
  await expectChecks(page, ['LINE_NO_TACTIC']);

  // The line serves the objective; its first tactic has only a title, so it lacks owner and dates.
  await goTo(page, 'lines');
  const fromCame = line(page, 1);
  await expect(fromCame).toContainText(TEXT.option);
  await pick(fromCame.getByRole('group', { name: es('actionui.lines.objectives') }), [TEXT.objective]);
  await fromCame.getByLabel(es('actionui.tactics.newTitle')).fill(TEXT.tactics[0]!);
  await fromCame.getByRole('button', { name: es('actionui.tactics.add') }).click();
  await expect(tactic(page, '1.1')).toBeFocused();
  await expectChecks(page, ['TACTIC_NO_OWNER', 'TACTIC_NO_DATES']);

  // Each check leads to the place where it is fixed.
  const fixTactic = es('diagnosis.checks.fixOf', { place: es('ui.nav.lines'), name: TEXT.tactics[0]! });
  await checksRegion(page).getByRole('button', { name: fixTactic }).first().click();
  const review = tactic(page, '1.1');
  await expect(review).toBeFocused();
  await review.getByLabel(es('actionui.tactics.unit')).selectOption({ label: TEXT.unit });
  await review.getByLabel(es('actionui.tactics.owner')).selectOption({ label: `${TEXT.person} — ${TEXT.personRole}` });
  await expectSaved(page);
  await expectChecks(page, ['TACTIC_NO_DATES']);
  await checksRegion(page).getByRole('button', { name: fixTactic }).click();
  await type(review.getByLabel(es('actionui.tactics.start')), '2026-02-02');
  await type(review.getByLabel(es('actionui.tactics.end')), '2026-03-29');
  await type(review.getByLabel(es('actionui.tactics.hoursOnce')), '8');
  await type(review.getByLabel(es('actionui.tactics.hoursPerWeek')), '2');
  // 8 h one-off + 2 h/week over 8 weeks.
  await expect(review.getByTestId('tactic-effort')).toHaveText(/^24\u00a0h/);
  await expectSaved(page);
  await expectChecks(page, []);

  // A second tactic, complete from the start.
  await goTo(page, 'lines');
  await fromCame.getByLabel(es('actionui.tactics.newTitle')).fill(TEXT.tactics[1]!);
  await fromCame.getByRole('button', { name: es('actionui.tactics.add') }).click();
  const training = tactic(page, '1.2');
  await expect(training).toBeFocused();
  await training.getByLabel(es('actionui.tactics.unit')).selectOption({ label: TEXT.unit });
  await training.getByLabel(es('actionui.tactics.owner')).selectOption({ label: `${TEXT.person} — ${TEXT.personRole}` });
  await type(training.getByLabel(es('actionui.tactics.start')), '2026-04-06');
  await type(training.getByLabel(es('actionui.tactics.end')), '2026-06-26');
  await type(training.getByLabel(es('actionui.tactics.hoursOnce')), '12');
  await expect(training.getByTestId('tactic-effort')).toHaveText(/^12\u00a0h/);
  await expect(page.getByTestId('totals').getByTestId('total-hours')).toHaveText('36\u00a0h');
  await expectSaved(page);
  await expectChecks(page, []);

  // Traceability: both weaknesses and the threat lead to the objective, the line, the tactics and the KPI.
  await expect(page.getByText(es('diagnosis.trace.coverage.weakness', { answered: 2, total: 2 }))).toBeVisible();
  await expect(page.getByText(es('diagnosis.trace.coverage.threat', { answered: 1, total: 1 }))).toBeVisible();
  const foundRow = page.getByRole('row', { name: new RegExp(escape(TEXT.foundWeakness)) });
  await expect(foundRow.getByRole('button', { name: TEXT.kpi })).toBeVisible();
  for (const title of TEXT.tactics) await expect(foundRow.getByRole('button', { name: title })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'traceability.png'), fullPage: true });

  // The timeline, filled, grouped by line and then by unit.
  await goTo(page, 'timeline');
  const bar = (title: string) => page.getByRole('button', { name: new RegExp(`^${escape(title)}:`) });
  const byLine = page.getByRole('group', { name: TEXT.option });
  await expect(byLine.getByRole('button', { name: /: del / })).toHaveCount(2);
  await expect(bar(TEXT.tactics[0]!)).toHaveAttribute('data-start', '2026-02-02');
  await expect(bar(TEXT.tactics[0]!)).toHaveAttribute('data-end', '2026-03-29');
  await expect(bar(TEXT.tactics[1]!)).toHaveAttribute('data-start', '2026-04-06');
  await expect(page.getByRole('heading', { name: es('timeline.undated') })).toHaveCount(0);
  await page.screenshot({ path: path.join(SHOTS, 'timeline.png'), fullPage: true });
  await page.getByRole('radio', { name: es('timeline.byUnit') }).check();
  await expect(page.getByRole('group', { name: TEXT.unit }).getByRole('button', { name: /: del / })).toHaveCount(2);
  await page.screenshot({ path: path.join(SHOTS, 'timeline-by-unit.png'), fullPage: true });
  expect(errors).toEqual([]);

  // The Word document: the action-plan chapters, in order, with what was typed here.
  await goTo(page, 'document');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: es('docui.export.export') }).click();
  const file = await download;
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const chapters = chaptersOf(await zip.file('word/document.xml')!.async('string'));
  const titles = [...chapters.keys()];
  const expected = CHAPTER_KEYS.map((key) => es(key));
  expect(titles.filter((title) => expected.includes(title)), `chapters found: ${titles.join(' | ')}`).toEqual(expected);
  const inChapter: Record<(typeof CHAPTER_KEYS)[number], readonly string[]> = {
    'docplan.swot.title': [TEXT.typedWeakness, TEXT.suggestedThreat, TEXT.foundWeakness, TEXT.option],
    'docplan.objectives.title': [TEXT.objective, TEXT.kpi, TEXT.person],
    'docplan.strategy.title': [TEXT.option, ...TEXT.tactics, TEXT.unit],
    'docplan.timeline.title': TEXT.tactics,
    'docplan.resources.title': [TEXT.option, TEXT.unit],
  };
  for (const [key, texts] of Object.entries(inChapter) as [MessageKey, readonly string[]][]) {
    for (const typed of texts) expect(chapters.get(es(key)), `«${typed}» in chapter «${es(key)}»`).toContain(typed);
  }
});
