/// <reference lib="webworker" />
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import resvgWasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import dejaVuSansUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import dejaVuSansBoldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import { resvgRasterizer } from '../../../shared/docx/charts/resvg-rasterizer';
import { PlanEngine } from '../../../shared/engine/engine';
import type { EngineRequest, EngineResponse } from './protocol';

/**
 * The plan engine runs here, away from the page: a received plan file is parsed inside this
 * Worker, which the page can terminate, and long exports never freeze the screen.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

/**
 * The document's charts from SVG to PNG. resvg and its fonts (about 4 MB) are our own bundled
 * files, fetched the first time a chart is drawn rather than at start-up: most sessions never export.
 */
const rasterize = resvgRasterizer(async () => {
  const [wasm, ...fonts] = await Promise.all([resvgWasmUrl, dejaVuSansUrl, dejaVuSansBoldUrl].map(bundledBytes));
  return { wasm: wasm!, fonts };
});

async function bundledBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const engineReady = initSqlJs({ locateFile: () => wasmUrl }).then((SQL) => new PlanEngine({ SQL, rasterize }));

// Calls are answered one at a time, in order, so a save never interleaves with an edit.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<EngineRequest>) => {
  const { id, name, input } = event.data;
  queue = queue.then(async () => {
    const engine = await engineReady;
    const outcome = await engine.dispatch(name, input);
    const response: EngineResponse = { id, outcome };
    const transfer = outcome.ok ? transferablesOf(outcome.value) : [];
    scope.postMessage(response, transfer);
  });
};

function transferablesOf(value: unknown): Transferable[] {
  if (value instanceof Uint8Array) return [value.buffer];
  if (value && typeof value === 'object' && 'bytes' in value && value.bytes instanceof Uint8Array) return [value.bytes.buffer];
  return [];
}
