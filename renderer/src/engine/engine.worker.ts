/// <reference lib="webworker" />
import initSqlJs from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm-browser.wasm?url';
import { PlanEngine } from '../../../shared/engine/engine';
import type { EngineRequest, EngineResponse } from './protocol';

/**
 * The plan engine runs here, away from the page: a received plan file is parsed inside this
 * Worker, which the page can terminate, and long exports never freeze the screen.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const engineReady = initSqlJs({ locateFile: () => wasmUrl }).then((SQL) => new PlanEngine({ SQL }));

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
