/**
 * `npm run bench`: how Rumbo copes with a large plan (300 units, 5,000 accounts) on this
 * machine. It prints numbers next to the targets we aim for on old office PCs; it never
 * fails on timings (tests check behaviour, not speed), only when something does not work.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { toErrorValue } from '../../shared/errors';
import { formatBytes } from '../../shared/errors';
import { PlanEngine } from '../../shared/engine/engine';
import { loadSqlJsForNode } from '../../electron/node/sqljs';
import { NodeFileStore } from '../../electron/store';
import { LARGE_PLAN, fillLargePlan } from './large-plan';
import { MemoryWatch, median, timeRuns } from './measure';

const OPEN_RUNS = 9;
const SAVE_RUNS = 7;
const DOCX_RUNS = 5;
const MB = 1024 * 1024;

interface Line {
  measure: string;
  value: string;
  target: string;
  met: boolean | null;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (value: number) => `${(value / MB).toFixed(1)} MB`;
const spread = (times: number[]) => `(${times.map((time) => time.toFixed(0)).join(', ')})`;

async function main(): Promise<void> {
  const watch = new MemoryWatch();
  const started = performance.now();
  const SQL = await loadSqlJsForNode();
  const engine = new PlanEngine({ SQL, author: 'Benchmark' });

  await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva del Río (banco de pruebas)' });
  const bytes = fillLargePlan(SQL, (await engine.call('plan.export')).bytes);
  watch.sample();

  const openTimes = await timeRuns(OPEN_RUNS, () => engine.call('plan.open', { bytes }));
  const { counts } = await engine.call('plan.info');
  if (counts.units !== 300 || counts.accounts !== LARGE_PLAN.accounts) throw new Error(`unexpected counts ${JSON.stringify(counts)}`);
  watch.sample();

  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'rumbo-bench-'));
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
    });
    const savedSize = (await fs.stat(target)).size;
    watch.sample();

    let docxTimes: number[] = [];
    let docxSize = 0;
    let docxError = '';
    try {
      docxTimes = await timeRuns(DOCX_RUNS, async () => {
        docxSize = (await engine.call('document.export')).length;
      });
    } catch (error) {
      docxError = toErrorValue(error, 'en').code;
    }
    const peaks = watch.stop();
    const total = performance.now() - started;

    const lines: Line[] = [
      { measure: 'Plan file size', value: `${formatBytes(savedSize)} (${savedSize.toLocaleString('en')} bytes)`, target: '≤ 10 MB', met: savedSize <= 10 * MB },
      { measure: `Open (plan.open from bytes, median of ${OPEN_RUNS})`, value: `${ms(median(openTimes))} ${spread(openTimes)}`, target: '≤ 1000 ms', met: median(openTimes) <= 1000 },
      { measure: `Save (plan.export + savePlan, median of ${SAVE_RUNS})`, value: `${ms(median(saveTimes))} ${spread(saveTimes)}`, target: '≤ 2000 ms', met: median(saveTimes) <= 2000 },
      { measure: '  of which export + verification', value: ms(median(exportTimes)), target: '', met: null },
      { measure: '  of which atomic write, backup, read-back', value: ms(median(writeTimes)), target: '', met: null },
      docxError
        ? { measure: '.docx export (document.export)', value: `not available (${docxError})`, target: '≤ 5000 ms', met: null }
        : { measure: `.docx export (document.export, median of ${DOCX_RUNS})`, value: `${ms(median(docxTimes))} ${spread(docxTimes)}, ${formatBytes(docxSize)}`, target: '≤ 5000 ms', met: median(docxTimes) <= 5000 },
      { measure: 'Peak RSS (kernel high-water mark)', value: mb(peaks.rss), target: '≤ 500 MB', met: peaks.rss <= 500 * MB },
      { measure: 'Peak JS heap used (sampled)', value: mb(peaks.heapUsed), target: '', met: null },
      { measure: 'Peak array buffers incl. sql.js memory (sampled)', value: mb(peaks.arrayBuffers), target: '', met: null },
      { measure: 'Whole benchmark', value: ms(total), target: '', met: null },
    ];
    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`Rumbo benchmark — ${counts.units} units (areas → departments → services), ${counts.accounts.toLocaleString('en')} accounts`);
    console.log(`Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpu} × ${os.cpus().length}\n`);
    printTable(lines);
  } finally {
    await fs.rm(folder, { recursive: true, force: true });
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
