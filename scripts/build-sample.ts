/**
 * Writes resources/sample/sample.rumbo from shared/sample (run after changing the sample or the
 * file format: `npx tsx scripts/build-sample.ts`). `--logo` also redraws resources/sample/logo.png.
 * A test fails when the committed sample no longer matches what the builder produces.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { PlanEngine } from '../shared/engine/engine';
import { SAMPLE_ENGINE_SETTINGS, buildSamplePlan, drawSampleLogo, encodePng } from '../shared/sample';
import { loadSqlJsForNode } from '../electron/node/sqljs';

const SAMPLE_DIR = fileURLToPath(new URL('../resources/sample/', import.meta.url));
const LOGO_PATH = path.join(SAMPLE_DIR, 'logo.png');
const PLAN_PATH = path.join(SAMPLE_DIR, 'sample.rumbo');

/** Temp file + rename, so an interrupted build never leaves a half-written sample behind. */
async function replaceFile(target: string, bytes: Uint8Array): Promise<void> {
  const temp = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temp, bytes);
  await fs.rename(temp, target);
}

async function main(): Promise<void> {
  await fs.mkdir(SAMPLE_DIR, { recursive: true });
  if (process.argv.includes('--logo')) {
    await replaceFile(LOGO_PATH, encodePng(drawSampleLogo(), (bytes) => deflateSync(bytes, { level: 9 })));
    console.log(`logo.png redrawn`);
  }
  const logo = new Uint8Array(await fs.readFile(LOGO_PATH));
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), ...SAMPLE_ENGINE_SETTINGS });
  const plan = await buildSamplePlan(engine, logo);
  await replaceFile(PLAN_PATH, plan.bytes);
  console.log(`${path.relative(process.cwd(), PLAN_PATH)}: ${plan.bytes.length} bytes, SHA-256 ${plan.sha256}`);
  console.log(`${path.relative(process.cwd(), LOGO_PATH)}: ${logo.length} bytes`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
