import type { ExportedPlan } from '../engine/contract';
import type { PlanEngine } from '../engine/engine';
import { SAMPLE_PROFILE } from './content';

/**
 * Builds the sample plan through the engine's own calls, so the sample is always in the
 * current file format and passes the same validation as anything a user makes. The engine
 * should be created with SAMPLE_ENGINE_SETTINGS; `logoPng` is resources/sample/logo.png.
 */
export async function buildSamplePlan(engine: PlanEngine, logoPng: Uint8Array): Promise<ExportedPlan> {
  const { name, type, planTitle, periodStart, periodEnd, language, authors, contact } = SAMPLE_PROFILE;
  await engine.call('plan.create', { institutionName: name, institutionType: type, planTitle, periodStart, periodEnd, language });
  await engine.call('institution.update', { authors: [...authors], contact, logo: { mime: 'image/png', bytes: logoPng } });
  return engine.call('plan.export');
}
