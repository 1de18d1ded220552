import type { PlanEngine } from '../../../shared/engine/engine';
import type { CallInput } from '../../../shared/engine/contract';

/** What the app does to send a copy: prepare it, (write it,) and have the plan remember it. */
export async function sendCopy(engine: PlanEngine, input: CallInput<'plan.prepareCopy'>) {
  const copy = await engine.call('plan.prepareCopy', input);
  await engine.call('plan.recordCopy', { token: copy.token });
  return copy;
}
