/**
 * How fast the timeline (Gantt) of a large action plan shows in a real browser: the browser
 * edition (built, or taken from a folder) is served with `vite preview` and driven in Debian's
 * Chromium; the plan is opened with "Abrir archivo…". Times are taken inside the page, from the
 * click to the frame after the one that paints the result, so they include React's work, style,
 * layout and paint, and leave out Playwright's messaging.
 * Prints nothing: the caller (tests/bench/bench.ts) reports the numbers.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from '@playwright/test';
import { PlanEngine } from '../../shared/engine/engine';
import { translate } from '../../shared/i18n';
import { loadSqlJsForNode } from '../../electron/node/sqljs';
import { fillLargeActionPlan } from './large-action-plan';
import { fillLargePlan } from './large-plan';
import { median } from './measure';
import { buildWebEdition, launchChromium, openPlanInPage, repositoryPath, serveWebEdition, stopProcess } from './web-edition';

export interface TimelineBenchOptions {
  /** The plan file to open; by default the large inventory with the large action plan of tests/bench. */
  planBytes?: Uint8Array;
  /** A built browser edition (absolute, or relative to the repository); built into a temporary folder when absent. */
  builtDir?: string;
  /** Port for `vite preview`; pick one no other test run uses. */
  port?: number;
  /** Measured runs of each step; the median is returned. */
  runs?: number;
  chromiumPath?: string;
  /** Called with the page once the timeline is showing, after the measured runs (for a profile or a picture). */
  afterRuns?: (page: Page) => Promise<void>;
}

export interface TimelineBenchResult {
  /** From the click on "Cronograma" (coming from another screen) to the frame after the bars are painted. */
  renderMs: number;
  /** From choosing "Unidad responsable" to the frame after the regrouped bars are painted. */
  byUnitMs: number;
  /** From choosing "Línea estratégica" again to the frame after the regrouped bars are painted. */
  byLineMs: number;
  /** From jumping to the bottom of the page to the frame after the last rows are painted. */
  scrollMs: number;
  /** Bars in the page once shown (every dated tactic that touches the plan period, unless the chart virtualises). */
  bars: number;
  /** Elements in the page with the timeline showing: what style and layout have to go through. */
  elements: number;
}

const es = (key: Parameters<typeof translate>[1]) => translate('es', key);

export async function measureTimelineInChromium(options: TimelineBenchOptions = {}): Promise<TimelineBenchResult> {
  const runs = options.runs ?? 5;
  const port = options.port ?? 5190;
  const planBytes = options.planBytes ?? (await largeActionPlanBytes());
  let tempDir: string | null = null;
  let builtDir = options.builtDir ? repositoryPath(options.builtDir) : null;
  let server: ChildProcess | null = null;
  let browser: Browser | null = null;
  try {
    if (!builtDir) {
      tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rumbo-timeline-bench-'));
      builtDir = path.join(tempDir, 'web');
      await buildWebEdition(builtDir);
    }
    server = await serveWebEdition(builtDir, port);
    browser = await launchChromium(options.chromiumPath);
    const page = await (await browser.newContext({ locale: 'es-ES', viewport: { width: 1600, height: 1000 } })).newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await openPlanInPage(page, planBytes);

    const nav = page.getByRole('navigation', { name: es('ui.nav.label') });
    const timelineButton = nav.getByRole('button', { name: es('ui.nav.timeline'), exact: true });
    const profileButton = nav.getByRole('button', { name: es('ui.nav.profile'), exact: true });
    const byUnit = page.getByRole('radio', { name: es('timeline.byUnit') });
    const byLine = page.getByRole('radio', { name: es('timeline.byLine') });
    const chart = page.getByRole('group', { name: es('timeline.title'), exact: true });
    const times = { render: [] as number[], byUnit: [] as number[], byLine: [] as number[], scroll: [] as number[] };
    let bars = 0;
    let elements = 0;
    for (let run = 0; run < runs; run++) {
      await profileButton.click();
      await page.getByRole('heading', { name: es('ui.profile.title') }).waitFor();
      const shown = await page.evaluate(showTimeline, await timelineButton.elementHandle());
      times.render.push(shown.ms);
      bars = shown.bars;
      elements = shown.elements;
      times.byUnit.push(await page.evaluate(regroup, [await byUnit.elementHandle(), await chart.elementHandle()] as const));
      times.byLine.push(await page.evaluate(regroup, [await byLine.elementHandle(), await chart.elementHandle()] as const));
      times.scroll.push(await page.evaluate(scrollToBottom));
    }
    if (bars === 0) throw new Error('the timeline drew no bars');
    await options.afterRuns?.(page);
    return { renderMs: median(times.render), byUnitMs: median(times.byUnit), byLineMs: median(times.byLine), scrollMs: median(times.scroll), bars, elements };
  } finally {
    await browser?.close();
    if (server) await stopProcess(server);
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  }
}

/** The bench plan: the large inventory and the large action plan, re-opened and saved by the engine as a user's file would be. */
export async function largeActionPlanBytes(): Promise<Uint8Array> {
  const SQL = await loadSqlJsForNode();
  const engine = new PlanEngine({ SQL, author: 'Benchmark' });
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva del Río (banco de pruebas)' });
  const bytes = fillLargeActionPlan(SQL, fillLargePlan(SQL, (await engine.call('plan.export')).bytes));
  await engine.call('plan.open', { bytes });
  return (await engine.call('plan.export')).bytes;
}

// The functions below run inside the page (serialised by Playwright): no imports, no closures,
// and no named inner functions (tsx wraps those in a `__name` helper that the page does not have).
// Each waits for a frame after the one where the change is first in the page: a requestAnimationFrame
// callback runs before its frame's style, layout and paint, so the second one comes after them.

async function showTimeline(button: HTMLElement | SVGElement | null): Promise<{ ms: number; bars: number; elements: number }> {
  const start = performance.now();
  (button as HTMLElement).click();
  while (!document.querySelector('button[data-start]')) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (performance.now() - start > 60_000) throw new Error('the timeline never drew a bar');
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const ms = performance.now() - start;
  return { ms, bars: document.querySelectorAll('button[data-start]').length, elements: document.getElementsByTagName('*').length };
}

/** Chooses a grouping and waits until the chart's first group is another one. */
async function regroup([radio, chart]: readonly [HTMLElement | SVGElement | null, HTMLElement | SVGElement | null]): Promise<number> {
  const first = (chart as HTMLElement).querySelector(':scope > [role="group"]');
  const start = performance.now();
  (radio as HTMLElement).click();
  while ((chart as HTMLElement).querySelector(':scope > [role="group"]') === first) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (performance.now() - start > 60_000) throw new Error('the timeline never regrouped');
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}

async function scrollToBottom(): Promise<number> {
  const start = performance.now();
  window.scrollTo(0, document.documentElement.scrollHeight);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const elapsed = performance.now() - start;
  window.scrollTo(0, 0);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return elapsed;
}
