import type { CallInput, CallName, CallResult } from '../../../shared/engine/contract';
import type { ErrorValue } from '../../../shared/errors';
import type { EngineRequest, EngineResponse } from './protocol';

/** The page's side of the engine Worker: typed calls that resolve with the result or reject with an ErrorValue. */
export class EngineClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: ErrorValue) => void }>();

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      const waiting = this.pending.get(event.data.id);
      if (!waiting) return;
      this.pending.delete(event.data.id);
      const { outcome } = event.data;
      if (outcome.ok) waiting.resolve(outcome.value);
      else waiting.reject(outcome.error);
    };
  }

  call<K extends CallName>(name: K, ...args: undefined extends CallInput<K> ? [CallInput<K>?] : [CallInput<K>]): Promise<CallResult<K>> {
    const id = this.nextId++;
    const request: EngineRequest = { id, name, input: args[0] };
    return new Promise<CallResult<K>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(request);
    });
  }
}

export function startEngine(): EngineClient {
  const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'rumbo-engine' });
  return new EngineClient(worker);
}
