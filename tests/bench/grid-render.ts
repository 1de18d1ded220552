/**
 * How fast the accounts grid shows and filters a large inventory in a real browser: the
 * browser edition is built (or taken from a folder), served with `vite preview`, and driven
 * in Debian's Chromium through Playwright. The plan is opened the way a user opens one, with
 * "Abrir archivo…". Times are taken inside the page (performance.now() up to the frame that
 * shows the result), so the cost of Playwright's own messaging is left out.
 * Prints nothing: the caller (tests/bench/bench.ts) decides how to report the numbers.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { PlanEngine } from '../../shared/engine/engine';
import { loadSqlJsForNode } from '../../electron/node/sqljs';
import { fillLargePlan } from './large-plan';
import { median } from './measure';
import { buildWebEdition, launchChromium, openPlanInPage, repositoryPath, serveWebEdition, stopProcess } from './web-edition';

export interface GridBenchOptions {
  /** The plan file to open; by default the large plan of tests/bench/large-plan.ts (300 units, 5,000 accounts). */
  planBytes?: Uint8Array;
  /** A built browser edition (absolute, or relative to the repository); built into a temporary folder when absent. */
  builtDir?: string;
  /** Port for `vite preview`; pick one no other test run uses. */
  port?: number;
  /** Measured runs of each step; the median is returned. */
  runs?: number;
  /** Typed into the grid's search box; must match some accounts but not all. */
  searchText?: string;
  /** When given, the grid must report exactly this many accounts, or the measure is refused. */
  expectedAccounts?: number;
  chromiumPath?: string;
}

export interface GridBenchResult {
  /** From the click on "Cuentas" to the frame that shows the first rows. */
  renderMs: number;
  /** From typing the search text to the frame that shows the new count. */
  filterMs: number;
  /** From jumping to the end of the grid to the frame that shows the last row. */
  scrollMs?: number;
  /** Accounts in the grid, as it announced them. */
  accounts: number;
}

export async function measureGridInChromium(options: GridBenchOptions = {}): Promise<GridBenchResult> {
  const runs = options.runs ?? 5;
  const port = options.port ?? 5189;
  const planBytes = options.planBytes ?? (await largePlanBytes());
  let tempDir: string | null = null;
  let builtDir = options.builtDir ? repositoryPath(options.builtDir) : null;
  let server: ChildProcess | null = null;
  const browser = await launchChromium(options.chromiumPath);
  try {
    if (!builtDir) {
      tempDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rumbo-grid-bench-'));
      builtDir = path.join(tempDir, 'web');
      await buildWebEdition(builtDir);
    }
    server = await serveWebEdition(builtDir, port);
    const page = await (await browser.newContext({ locale: 'es-ES', viewport: { width: 1600, height: 1000 } })).newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await openPlanInPage(page, planBytes);

    const accountsButton = page.getByRole('navigation').getByRole('button', { name: 'Cuentas', exact: true });
    const profileButton = page.getByRole('navigation').getByRole('button', { name: 'Institución', exact: true });
    const render: number[] = [];
    const filter: number[] = [];
    const scroll: number[] = [];
    let accounts = 0;
    for (let run = 0; run < runs; run++) {
      await profileButton.click();
      await page.getByRole('heading', { name: 'Perfil de la institución' }).waitFor();
      render.push(await page.evaluate(showGrid, await accountsButton.elementHandle()));
      accounts = Number(await page.getByRole('grid').getAttribute('aria-rowcount')) - 1;
      if (options.expectedAccounts !== undefined && accounts !== options.expectedAccounts) {
        throw new Error(`the grid shows ${accounts} accounts, ${options.expectedAccounts} expected`);
      }
      filter.push(await page.evaluate(typeSearch, options.searchText ?? '12'));
      await page.evaluate(typeSearch, '');
      scroll.push(await page.evaluate(scrollToEnd));
    }
    return { renderMs: median(render), filterMs: median(filter), scrollMs: median(scroll), accounts };
  } finally {
    await browser.close();
    if (server) await stopProcess(server);
    if (tempDir) await fs.rm(tempDir, { recursive: true, force: true });
  }
}

/** The bench plan: an engine-made plan filled by large-plan.ts, re-opened by the engine as any received file. */
async function largePlanBytes(): Promise<Uint8Array> {
  const SQL = await loadSqlJsForNode();
  const engine = new PlanEngine({ SQL, author: 'Benchmark' });
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva del Río (banco de pruebas)' });
  const bytes = fillLargePlan(SQL, (await engine.call('plan.export')).bytes);
  await engine.call('plan.open', { bytes });
  return (await engine.call('plan.export')).bytes;
}

// The three functions below run inside the page (serialised by Playwright): no imports, no closures,
// and no named inner functions (tsx wraps those in a `__name` helper that the page does not have).

async function showGrid(button: HTMLElement | SVGElement | null): Promise<number> {
  const start = performance.now();
  (button as HTMLElement).click();
  while (!document.querySelector('[role="grid"] [role="row"][aria-rowindex="2"]')) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (performance.now() - start > 60_000) throw new Error('the grid never showed a row');
  }
  // The rows are in the page; the next frame is the one that paints them.
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}

async function typeSearch(text: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('[role="search"] input[type="search"]');
  const count = document.querySelector('[data-testid="account-count"]');
  if (!input || !count) throw new Error('no search box or count on the accounts screen');
  const before = count.textContent;
  if (input.value === text) return 0;
  const start = performance.now();
  // React listens for the input event; the value must be set through the native setter for it to notice.
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  while (count.textContent === before) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (performance.now() - start > 60_000) throw new Error(`searching "${text}" never changed the count`);
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return performance.now() - start;
}

async function scrollToEnd(): Promise<number> {
  const grid = document.querySelector<HTMLElement>('[role="grid"]');
  if (!grid) throw new Error('no grid');
  const last = grid.getAttribute('aria-rowcount');
  const start = performance.now();
  grid.scrollTop = grid.scrollHeight;
  while (!grid.querySelector(`[role="row"][aria-rowindex="${last}"]`)) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (performance.now() - start > 60_000) throw new Error('the last row never showed');
  }
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const elapsed = performance.now() - start;
  grid.scrollTop = 0;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return elapsed;
}
