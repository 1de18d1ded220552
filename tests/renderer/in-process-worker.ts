import type { PlanEngine } from '../../shared/engine/engine';
import type { EngineRequest, EngineResponse } from '../../renderer/src/engine/protocol';

/** The engine Worker's protocol answered in-process by a real engine, one call at a time as the Worker does. */
export function inProcessWorker(engine: PlanEngine): Worker {
  let queue = Promise.resolve();
  const worker = {
    onmessage: null as ((event: MessageEvent<EngineResponse>) => void) | null,
    postMessage(request: EngineRequest) {
      queue = queue.then(async () => {
        const outcome = await engine.dispatch(request.name, request.input);
        worker.onmessage?.({ data: { id: request.id, outcome } } as MessageEvent<EngineResponse>);
      });
    },
  };
  return worker as unknown as Worker;
}
