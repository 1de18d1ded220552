import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../../shared/engine/engine';
import { FORMAT_VERSION } from '../../../shared/db/format';
import { sniffLogoMime } from '../../../shared/model/institution';
import { SAMPLE_ENGINE_SETTINGS, SAMPLE_PROFILE, buildSamplePlan } from '../../../shared/sample';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';

const SAMPLE_DIR = fileURLToPath(new URL('../../../resources/sample/', import.meta.url));
const REBUILD = 'stale resources/sample/sample.rumbo: run `npx tsx scripts/build-sample.ts`';

async function readResource(name: string): Promise<Uint8Array> {
  return new Uint8Array(await fs.readFile(`${SAMPLE_DIR}${name}`));
}

/** What a plan holds, minus what is new on every build (the plan and record ids). */
async function contentOf(bytes: Uint8Array) {
  const engine = new PlanEngine({ SQL: await loadSqlJsForNode() });
  const state = await engine.call('plan.open', { bytes, forceReadOnly: true });
  const { id: _id, ...institution } = await engine.call('institution.get');
  const { planId: _planId, ...meta } = state.meta;
  const { id: _infoId, ...plan } = state.info.plan;
  return { meta, institution, info: { ...state.info, plan }, readOnlyReason: state.readOnlyReason?.code ?? null };
}

describe('the bundled sample plan', () => {
  it('opens cleanly, in the current file format', async () => {
    const { meta, readOnlyReason } = await contentOf(await readResource('sample.rumbo'));
    expect(meta.formatVersion, REBUILD).toBe(FORMAT_VERSION);
    // The only reason it is read-only is that we asked for it.
    expect(readOnlyReason).toBe('PLAN_READ_ONLY');
  });

  it('holds exactly what the builder produces today', async () => {
    const engine = new PlanEngine({ SQL: await loadSqlJsForNode(), ...SAMPLE_ENGINE_SETTINGS });
    const fresh = await buildSamplePlan(engine, await readResource('logo.png'));
    expect(await contentOf(await readResource('sample.rumbo')), REBUILD).toEqual(await contentOf(fresh.bytes));
  });

  it('has a complete profile of a clearly fictional town council, with its logo', async () => {
    const { institution } = await contentOf(await readResource('sample.rumbo'));
    const { logo, ...profile } = institution;
    expect(profile).toMatchObject({ ...SAMPLE_PROFILE, authors: [...SAMPLE_PROFILE.authors] });
    expect(profile.authors.length).toBeGreaterThan(1);
    expect(profile.contact).toMatch(/\.example\b/);
    expect(logo?.mime).toBe('image/png');
    expect(logo?.bytes).toEqual(await readResource('logo.png'));
  });

  it('keeps resources/sample to the two files the apps serve, with a small PNG logo', async () => {
    expect((await fs.readdir(SAMPLE_DIR)).sort()).toEqual(['logo.png', 'sample.rumbo']);
    const logo = await readResource('logo.png');
    expect(sniffLogoMime(logo)).toBe('image/png');
    expect(logo.length).toBeLessThan(50 * 1024);
  });
});
