import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES, computeFindings } from '../../../shared/audit/findings';
import { PlanEngine } from '../../../shared/engine/engine';
import { FORMAT_VERSION } from '../../../shared/db/format';
import { sniffLogoMime } from '../../../shared/model/institution';
import { SAMPLE_ACCOUNTS, SAMPLE_ENGINE_SETTINGS, SAMPLE_PEOPLE, SAMPLE_PROFILE, SAMPLE_UNITS, buildSamplePlan } from '../../../shared/sample';
import { loadSqlJsForNode } from '../../../electron/node/sqljs';
import { REBUILD, SAMPLE_DIR, contentOf, readResource } from './sample-content';

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
    const { raw: _committedRaw, ...committed } = await contentOf(await readResource('sample.rumbo'));
    const { raw: _freshRaw, ...rebuilt } = await contentOf(fresh.bytes);
    expect(committed, REBUILD).toEqual(rebuilt);
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

  it('has the organisation of a town council: areas, councillors’ areas and services, with people who run the accounts', async () => {
    const { raw, inventory } = await contentOf(await readResource('sample.rumbo'));
    expect(raw.units).toHaveLength(SAMPLE_UNITS.length);
    expect(raw.units.length).toBeGreaterThanOrEqual(14);
    expect(raw.people.length).toBeGreaterThanOrEqual(10);
    expect(raw.accounts.length).toBeGreaterThanOrEqual(60);
    expect(new Set(raw.units.map((unit) => unit.kind))).toEqual(new Set(['political', 'administrative']));
    // Three levels: an area, its councillor's area, its services.
    expect(inventory.units.find((unit) => unit.name === 'Biblioteca Municipal')).toMatchObject({ parent: 'Concejalía de Cultura', kind: 'administrative', responsible: 'Javier Montes Rubio' });
    expect(inventory.units.find((unit) => unit.name === 'Concejalía de Cultura')).toMatchObject({ parent: 'Área de Cultura y Turismo', kind: 'political' });
    expect(new Set(raw.accounts.map((account) => account.platform)).size).toBeGreaterThanOrEqual(10);
  });

  it('shows every problem the audit looks for, as inventories that grew on their own do', async () => {
    const { raw } = await contentOf(await readResource('sample.rumbo'));
    expect(raw.findings.map((finding) => finding.code).sort()).toEqual([...FINDING_CODES].sort());
    // Most accounts are in order: the problems are the exception, not the rule.
    const troubled = new Set(raw.findings.flatMap((finding) => finding.items));
    expect(troubled.size).toBeLessThan(raw.accounts.length);
    expect(raw.findings.find((finding) => finding.code === 'POLITICAL_OWNER')!.count).toBeLessThanOrEqual(5);
  });

  it('finds the same accounts dormant whatever the day it is opened, now or in ten years', async () => {
    const { raw } = await contentOf(await readResource('sample.rumbo'));
    const dormantOn = (today: string) =>
      computeFindings(raw.accounts, raw.units, { today, dormantAfterDays: raw.settings.dormantAfterDays }).find((finding) => finding.code === 'DORMANT')!.items;
    const builtOn = SAMPLE_ENGINE_SETTINGS.clock().toISOString().slice(0, 10);
    expect(dormantOn(builtOn).length).toBeGreaterThanOrEqual(5);
    expect(dormantOn('2036-01-01')).toEqual(dormantOn(builtOn));
  });

  it('names nothing real: handles say "ejemplo" or live on .example, and every address and e-mail is on .example', () => {
    for (const account of SAMPLE_ACCOUNTS) {
      expect(account.handle, account.handle).toMatch(/ejemplo|ej$|\.example$/i);
      if (account.url) expect(new URL(account.url).hostname, account.handle).toMatch(/\.example$/);
    }
    for (const person of SAMPLE_PEOPLE) expect(person.email).toMatch(/@[a-z]+\.example$/);
    for (const unit of SAMPLE_UNITS) expect(unit.contact).toMatch(/@[a-z]+\.example$/);
  });

  it('keeps resources/sample to the two files the apps serve, with a small PNG logo', async () => {
    expect((await fs.readdir(SAMPLE_DIR)).sort()).toEqual(['logo.png', 'sample.rumbo']);
    const logo = await readResource('logo.png');
    expect(sniffLogoMime(logo)).toBe('image/png');
    expect(logo.length).toBeLessThan(50 * 1024);
  });
});
