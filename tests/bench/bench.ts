/**
 * `npm run bench`: how Rumbo copes with a large plan (300 units, 388 people, 5,000 accounts) on
 * this machine. It prints numbers next to the targets we aim for on old office PCs; it never
 * fails on timings (tests check behaviour, not speed), only when something does not work.
 *
 * RUMBO_BENCH_GRID=0 leaves out the grid and the timeline in Chromium (each builds the browser
 * edition first unless RUMBO_BENCH_WEB names a built one); RUMBO_BENCH_PORT is the port they serve it on.
 */
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SqlJsStatic } from 'sql.js';
import { formatBytes, toErrorValue } from '../../shared/errors';
import { PlanEngine } from '../../shared/engine/engine';
import { rasterizeForNode } from '../../electron/node/rasterize';
import { loadSqlJsForNode } from '../../electron/node/sqljs';
import { NodeFileStore } from '../../electron/store';
import { accountsCsv } from './accounts-csv';
import { measureGridInChromium } from './grid-render';
import { LARGE_PLAN, fillLargePlan, unitCount } from './large-plan';
import { LARGE_ACTION_PLAN, fillLargeActionPlan } from './large-action-plan';
import { MemoryWatch, median, timeRuns, type MemoryPeaks } from './measure';
import { hasPandoc, planMarkdown, timePandoc } from './pandoc-reference';
import { measureTimelineInChromium } from './timeline-render';
import { CHANGES_PER_SIDE, measureSharing } from './sharing-copies';

const OPEN_RUNS = 5;
const SAVE_RUNS = 5;
const FINDINGS_RUNS = 9;
const DOCX_RUNS = 3;
const IMPORT_RUNS = 3;
const GRID_RUNS = 3;
const TIMELINE_RUNS = 3;
const MB = 1024 * 1024;
const CHROMIUM = process.env.RUMBO_CHROMIUM ?? '/usr/bin/chromium';

interface Line {
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (value: number) => `${(value / MB).toFixed(1)} MB`;
const spread = (times: number[]) => `(${times.map((time) => time.toFixed(0)).join(', ')})`;
const timed = (measure: string, times: number[], limit: number, extra = ''): Line => ({
  measure: `${measure}, median of ${times.length}`,
  value: `${ms(median(times))} ${spread(times)}${extra}`,
  target: `≤ ${limit} ms`,
  met: median(times) <= limit,
});
const missing = (measure: string, why: string, target = ''): Line => ({ measure, value: `not measured: ${why}`, target, met: null });

/** What went wrong, in one line: a stable code for our own errors, the message otherwise. */
function reason(error: unknown): string {
  const value = toErrorValue(error, 'en');
  return value.code === 'INTERNAL' && error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : value.code;
}

async function newPlanBytes(SQL: SqlJsStatic, engine: PlanEngine, accounts: number): Promise<Uint8Array> {
  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva del Río (banco de pruebas)' });
  return fillLargePlan(SQL, (await engine.call('plan.export')).bytes, { ...LARGE_PLAN, accounts });
}

async function main(): Promise<void> {
  const watch = new MemoryWatch();
  const started = performance.now();
  const SQL = await loadSqlJsForNode();
  // With the charts rasterizer, as the app and the command line export: the real document.
  const engine = new PlanEngine({ SQL, author: 'Benchmark', rasterize: rasterizeForNode });
  const lines: Line[] = [];

  const buildStart = performance.now();
  const bytes = await newPlanBytes(SQL, engine, LARGE_PLAN.accounts);
  lines.push({ measure: 'Build the large plan (rows written through shared/db)', value: ms(performance.now() - buildStart), target: '', met: null });
  watch.sample();

  const openTimes = await timeRuns(OPEN_RUNS, () => engine.call('plan.open', { bytes }));
  const { counts } = await engine.call('plan.info');
  if (counts.units !== unitCount(LARGE_PLAN) || counts.accounts !== LARGE_PLAN.accounts) throw new Error(`unexpected counts ${JSON.stringify(counts)}`);
  watch.sample();

  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rumbo-bench-'));
  let savedBytes = bytes;
  try {
    const store = new NodeFileStore({ dataDir: path.join(folder, 'data'), user: 'bench', machine: os.hostname(), pid: process.pid });
    const target = path.join(folder, 'grande.rumbo');
    const exportTimes: number[] = [];
    const writeTimes: number[] = [];
    const saveTimes = await timeRuns(SAVE_RUNS, async () => {
      const start = performance.now();
      const exported = await engine.call('plan.export');
      exportTimes.push(performance.now() - start);
      await store.savePlan(target, exported.bytes, exported.sha256);
      writeTimes.push(performance.now() - start - exportTimes[exportTimes.length - 1]!);
      savedBytes = exported.bytes;
    });
    const savedSize = (await fs.stat(target)).size;
    watch.sample();
    lines.push(
      { measure: 'Plan file size', value: `${formatBytes(savedSize)} (${savedSize.toLocaleString('en')} bytes)`, target: '≤ 10 MB', met: savedSize <= 10 * MB },
      timed('Open (plan.open from bytes)', openTimes, 1000),
      timed('Save (plan.export + savePlan)', saveTimes, 2000),
      { measure: '  of which export + verification', value: ms(median(exportTimes)), target: '', met: null },
      { measure: '  of which atomic write, backup, read-back', value: ms(median(writeTimes)), target: '', met: null },
    );
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
  }

  lines.push(...(await findingsLines(engine, counts.accounts)));
  watch.sample();

  lines.push(...(await actionPlanLines(SQL, engine, savedBytes)));
  watch.sample();

  lines.push(...(await documentLines(engine)));
  watch.sample();
  lines.push(...(await importLines(SQL)));
  watch.sample();
  lines.push(...(await sharingLines(SQL, savedBytes)));
  const peaks = watch.stop();
  lines.push(
    { measure: 'Peak RSS (kernel high-water mark)', value: mb(peaks.rss), target: '≤ 500 MB', met: peaks.rss <= 500 * MB },
    { measure: 'Peak JS heap used (sampled)', value: mb(peaks.heapUsed), target: '', met: null },
    { measure: 'Peak array buffers incl. sql.js memory (sampled)', value: mb(peaks.arrayBuffers), target: '', met: null },
  );
  lines.push(...(await gridLines(savedBytes)));
  lines.push({ measure: 'Whole benchmark', value: ms(performance.now() - started), target: '', met: null });

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `Rumbo benchmark — ${counts.units} units (areas → departments → services), ${counts.people} people, ${counts.accounts.toLocaleString('en')} accounts`,
  );
  console.log(`Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu} × ${os.cpus().length}, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
  printTable(lines);
}

/**
 * The audit of the whole inventory. The engine keeps it until the plan changes, so each measured
 * run follows a change (the dormancy threshold, set to alternate values outside the timing), as
 * every edit a user makes does; the repeated read at the same revision is shown beside it.
 */
async function findingsLines(engine: PlanEngine, accounts: number): Promise<Line[]> {
  let kinds = 0;
  const fresh: number[] = [];
  for (let run = 0; run < FINDINGS_RUNS; run++) {
    await engine.call('audit.updateSettings', { dormantAfterDays: 91 + (run % 2) });
    fresh.push(...(await timeRuns(1, async () => (kinds = (await engine.call('audit.findings')).length))));
  }
  const repeated = await timeRuns(FINDINGS_RUNS, () => engine.call('audit.findings'));
  return [
    timed(`Audit findings over ${accounts.toLocaleString('en')} accounts after a change (audit.findings)`, fresh, 500, `, ${kinds} kinds`),
    { measure: '  asked again at the same revision (kept by the engine)', value: ms(median(repeated)), target: '', met: null },
  ];
}

/**
 * Issue 4's large action plan on top of the large inventory: the whole chain with its plan
 * checks, SMART completeness, traceability and totals (action.get), recomputed after a change;
 * then its timeline in Chromium.
 */
async function actionPlanLines(SQL: SqlJsStatic, engine: PlanEngine, inventoryBytes: Uint8Array): Promise<Line[]> {
  await engine.call('plan.open', { bytes: fillLargeActionPlan(SQL, inventoryBytes) });
  const plan = await engine.call('action.get');
  const { swot, objectives, lines, tactics } = LARGE_ACTION_PLAN;
  if (plan.tactics.length !== tactics || plan.swot.length !== swot) throw new Error('unexpected action plan');
  const times: number[] = [];
  for (let run = 0; run < 5; run++) {
    await engine.call('resources.updateSettings', { annualHours: 1642 + run });
    times.push(...(await timeRuns(1, () => engine.call('action.get'))));
  }
  const checks = await timeRuns(5, () => engine.call('plan.checks'));
  return [
    timed(`Action plan with checks and totals (action.get: ${swot} SWOT, ${objectives} objectives, ${plan.kpis.length} KPIs, ${lines} lines, ${tactics} tactics)`, times, 1000, `, ${plan.checks.length} kinds of check`),
    timed('  plan checks alone (plan.checks)', checks, 1000),
    ...(await timelineLines((await engine.call('plan.export')).bytes, tactics)),
  ];
}

/**
 * The Word document of the large plan as it stands after actionPlanLines — the 5,000-account
 * inventory and the large action plan — with its charts, and pandoc writing the same content
 * from Markdown as the yardstick. The export's own memory is watched apart from the whole run's.
 */
async function documentLines(engine: PlanEngine): Promise<Line[]> {
  let size = 0;
  let docxTimes: number[];
  const rssBefore = process.memoryUsage().rss;
  const kernelPeakBefore = process.resourceUsage().maxRSS * 1024;
  const watch = new MemoryWatch();
  try {
    docxTimes = await timeRuns(DOCX_RUNS, async () => {
      watch.sample();
      size = (await engine.call('document.export')).length;
      watch.sample();
    });
  } catch (error) {
    watch.stop();
    return [missing('.docx export (document.export)', reason(error))];
  }
  const peaks = watch.stop();
  const title = `.docx export with charts (document.export), ${formatBytes(size)}`;
  const memory = exportMemoryLine(peaks, rssBefore, kernelPeakBefore);
  if (!hasPandoc()) return [timed(title, docxTimes, 15_000), memory, missing('  pandoc, same content from Markdown', 'pandoc is not installed')];
  const markdown = planMarkdown(await engine.call('inventory.get'), await engine.call('action.get'));
  const pandoc = await timePandoc(markdown);
  const ratio = median(docxTimes) / pandoc.ms;
  return [
    { ...timed(title, docxTimes, 15_000, `, ${ratio.toFixed(2)}× pandoc`), target: '≤ pandoc (ratio ≤ 1)', met: ratio <= 1 },
    memory,
    {
      measure: `  pandoc 1 run, same content from Markdown (${formatBytes(markdown.length)}, no charts)`,
      value: `${ms(pandoc.ms)}, ${formatBytes(pandoc.bytes)}${pandoc.peakRss === null ? '' : `, peak RSS ${mb(pandoc.peakRss)}`}`,
      target: '',
      met: null,
    },
  ];
}

/**
 * The export's peak. Heap and array buffers are sampled during it alone; for RSS the kernel's
 * high-water mark is exact only when the export raised it — otherwise the export stayed below a
 * peak some earlier step set, which is all that can be said without a sampled RSS of its own.
 */
function exportMemoryLine(peaks: MemoryPeaks, rssBefore: number, kernelPeakBefore: number): Line {
  const rss = peaks.rss > kernelPeakBefore ? mb(peaks.rss) : `≤ ${mb(kernelPeakBefore)} (below an earlier peak)`;
  return {
    measure: '  peak memory during the export',
    value: `RSS ${rss} from ${mb(rssBefore)}, heap ${mb(peaks.heapUsed)}, array buffers ${mb(peaks.arrayBuffers)}`,
    target: '',
    met: null,
  };
}

/**
 * Importing 5,000 accounts from a CSV file into a plan that has the organisation and the people
 * but no accounts yet: the preview the user checks, then the commit. Each run starts again from
 * the same plan.
 */
async function importLines(SQL: SqlJsStatic): Promise<Line[]> {
  const count = LARGE_PLAN.accounts;
  const engine = new PlanEngine({ SQL, author: 'Benchmark' });
  const organisation = await newPlanBytes(SQL, engine, 0);
  await engine.call('plan.open', { bytes: organisation });
  const { units, people } = await engine.call('inventory.get');
  const csv = accountsCsv(count, units, people);
  const input = { bytes: csv, fileName: 'inventario.csv' };
  const previewTimes: number[] = [];
  const commitTimes: number[] = [];
  try {
    for (let run = 0; run < IMPORT_RUNS; run++) {
      await engine.call('plan.open', { bytes: organisation });
      let start = performance.now();
      const preview = await engine.call('accounts.importPreview', input);
      previewTimes.push(performance.now() - start);
      if (preview.invalid > 0 || preview.valid !== count) throw new Error(`the preview finds ${preview.valid} valid and ${preview.invalid} invalid rows of ${count}`);
      start = performance.now();
      const result = await engine.call('accounts.importCommit', input);
      commitTimes.push(performance.now() - start);
      if (result.imported !== count) throw new Error(`imported ${result.imported} of ${count}`);
    }
  } catch (error) {
    return [missing(`Import ${count.toLocaleString('en')} accounts from CSV`, reason(error))];
  }
  return [
    { measure: `Import ${count.toLocaleString('en')} accounts from CSV (${formatBytes(csv.length)}, ; UTF-8 BOM)`, value: '', target: '', met: null },
    timed('  preview (accounts.importPreview)', previewTimes, 5000),
    timed('  commit, one undo step (accounts.importCommit)', commitTimes, 10_000),
  ];
}

/** Issue 6: two copies of the large plan, 500 changes on each side, compared and merged back. */
async function sharingLines(SQL: SqlJsStatic, planBytes: Uint8Array): Promise<Line[]> {
  const title = `Two copies of the ${LARGE_PLAN.accounts.toLocaleString('en')}-account plan, ${CHANGES_PER_SIDE} changes on each side`;
  try {
    const measured = await measureSharing(SQL, planBytes);
    const { added, changed, removed } = measured.merged;
    return [
      { measure: title, value: '', target: '', met: null },
      { measure: '  prepare a copy to send (plan.prepareCopy)', value: ms(measured.prepareMs), target: '≤ 5 s', met: measured.prepareMs <= 5000 },
      { measure: '  copy size (compact, with its gzipped ancestor)', value: `${formatBytes(measured.copyBytes)} (plan ${formatBytes(measured.planBytes)})`, target: '', met: null },
      timed('  compare (plan.compare)', measured.compareMs, 2000),
      timed('  merge preview (plan.mergePreview)', measured.previewMs, 5000, `; ${measured.changesOffered} changes offered, ${measured.conflicts} conflicts`),
      { measure: '  merge, one undo step (plan.merge)', value: `${ms(measured.mergeMs)}; ${added} added, ${changed} changed, ${removed} removed`, target: '≤ 5 s', met: measured.mergeMs <= 5000 },
    ];
  } catch (error) {
    return [missing(title, reason(error))];
  }
}

/** The accounts grid of the large plan in Chromium: first rows shown, a search applied, the last row reached. */
async function gridLines(planBytes: Uint8Array): Promise<Line[]> {
  const title = `Grid in Chromium with ${LARGE_PLAN.accounts.toLocaleString('en')} accounts`;
  if (process.env.RUMBO_BENCH_GRID === '0') return [missing(title, 'RUMBO_BENCH_GRID=0')];
  if (!existsSync(CHROMIUM)) return [missing(title, `no Chromium at ${CHROMIUM}`)];
  try {
    const result = await measureGridInChromium({
      planBytes,
      runs: GRID_RUNS,
      searchText: '123',
      expectedAccounts: LARGE_PLAN.accounts,
      port: Number(process.env.RUMBO_BENCH_PORT ?? 5189),
      ...(process.env.RUMBO_BENCH_WEB ? { builtDir: process.env.RUMBO_BENCH_WEB } : {}),
      chromiumPath: CHROMIUM,
    });
    const line = (measure: string, value: number, limit: number): Line => ({ measure: `  ${measure}, median of ${GRID_RUNS}`, value: ms(value), target: `≤ ${limit} ms`, met: value <= limit });
    return [
      { measure: title, value: `${result.accounts.toLocaleString('en')} rows`, target: '', met: null },
      line('render (open the accounts screen to rows painted)', result.renderMs, 1000),
      line('filter (search typed to new count painted)', result.filterMs, 500),
      ...(result.scrollMs === undefined ? [] : [line('scroll to the last row', result.scrollMs, 500)]),
    ];
  } catch (error) {
    return [missing(title, reason(error))];
  }
}

/** The timeline (Gantt) of the large action plan in Chromium: shown, regrouped both ways, scrolled to its end. */
async function timelineLines(planBytes: Uint8Array, tactics: number): Promise<Line[]> {
  const title = `Timeline in Chromium with ${tactics.toLocaleString('en')} tactics`;
  if (process.env.RUMBO_BENCH_GRID === '0') return [missing(title, 'RUMBO_BENCH_GRID=0')];
  if (!existsSync(CHROMIUM)) return [missing(title, `no Chromium at ${CHROMIUM}`)];
  try {
    const result = await measureTimelineInChromium({
      planBytes,
      runs: TIMELINE_RUNS,
      port: Number(process.env.RUMBO_BENCH_PORT ?? 5189),
      ...(process.env.RUMBO_BENCH_WEB ? { builtDir: process.env.RUMBO_BENCH_WEB } : {}),
      chromiumPath: CHROMIUM,
    });
    const line = (measure: string, value: number, limit: number): Line => ({ measure: `  ${measure}, median of ${TIMELINE_RUNS}`, value: ms(value), target: `≤ ${limit} ms`, met: value <= limit });
    return [
      { measure: title, value: `${result.bars.toLocaleString('en')} bars, ${result.elements.toLocaleString('en')} elements in the page`, target: '', met: null },
      line('render (open the timeline to bars painted)', result.renderMs, 1000),
      line('group by unit (choice to bars painted)', result.byUnitMs, 1000),
      line('group by line again', result.byLineMs, 1000),
      line('scroll to the end of the chart', result.scrollMs, 500),
    ];
  } catch (error) {
    return [missing(title, reason(error))];
  }
}

function printTable(lines: Line[]): void {
  const headers = ['Measure', 'Value', 'Target', 'Within'];
  const rows = lines.map((line) => [line.measure, line.value, line.target, line.met === null ? '' : line.met ? 'ok' : 'OVER']);
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  console.log(format(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(format(row));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
