import { describe, expect, it } from 'vitest';
import { computeFindings, type FindingCode } from '../../../shared/audit/findings';
import { summaryByPlatform, summaryByUnit } from '../../../shared/audit/summary';
import type { Account } from '../../../shared/model/accounts';
import type { OrgUnit } from '../../../shared/model/units';

const unit = (id: string, kind: OrgUnit['kind'] = 'administrative', parentId: string | null = null, position = 0): OrgUnit => ({
  id, parentId, name: id, kind, position, responsibleId: null, contact: '',
});

/** A well-kept account: no finding applies to it. */
const healthy = (id: string, changes: Partial<Account> = {}): Account => ({
  id,
  platform: 'x',
  handle: `@${id}`,
  url: '',
  displayName: id,
  unitId: 'servicio',
  status: 'active',
  purpose: 'informative',
  audience: '',
  languages: ['es'],
  followers: 100,
  postsPerWeek: 3,
  lastPostOn: '2026-11-01',
  verified: true,
  credentialsHolderId: null,
  twoFactor: true,
  recoveryEmailCorporate: true,
  openedOn: null,
  notes: '',
  peopleIds: ['p1'],
  ...changes,
});

const units = [unit('servicio'), unit('concejalia', 'political')];
const options = { today: '2026-11-28', dormantAfterDays: 90 };
const codes = (accounts: Account[]) => Object.fromEntries(computeFindings(accounts, units, options).map((finding) => [finding.code, finding.items]));

describe('audit findings', () => {
  it('a well-kept inventory has none', () => {
    expect(computeFindings([healthy('a'), healthy('b')], units, options)).toEqual([]);
  });

  it('finds each problem on exactly the accounts that have it', () => {
    const accounts = [
      healthy('ok'),
      healthy('sin-unidad', { unitId: null }),
      healthy('sin-gestor', { peopleIds: [] }),
      healthy('sin-2fa', { twoFactor: false }),
      healthy('2fa-desconocido', { twoFactor: null }),
      healthy('correo-personal', { recoveryEmailCorporate: false }),
      healthy('dormida', { lastPostOn: '2026-08-01' }),
      healthy('marcada-inactiva', { status: 'dormant' }),
      healthy('politica', { unitId: 'concejalia' }),
      healthy('sin-finalidad', { purpose: null }),
      healthy('dup1', { handle: '@Repetida' }),
      healthy('dup2', { handle: 'repetida', platform: 'x' }),
    ];
    const found = codes(accounts);
    const expected: Record<FindingCode, string[]> = {
      NO_UNIT: ['sin-unidad'],
      NO_MANAGER: ['sin-gestor'],
      NO_2FA: ['sin-2fa', '2fa-desconocido'],
      PERSONAL_RECOVERY_EMAIL: ['correo-personal'],
      DUPLICATE: ['dup1', 'dup2'],
      DORMANT: ['dormida', 'marcada-inactiva'],
      POLITICAL_OWNER: ['politica'],
      NO_PURPOSE: ['sin-finalidad'],
    };
    expect(found).toEqual(expected);
  });

  it('the dormant threshold is the plan setting, counted in whole days', () => {
    const account = healthy('limite', { lastPostOn: '2026-08-30' }); // 90 days before today
    expect(codes([account]).DORMANT).toBeUndefined();
    expect(computeFindings([account], units, { ...options, dormantAfterDays: 89 }).map((f) => f.code)).toContain('DORMANT');
  });

  it('closed accounts are history, not risk; proposed ones only need a unit and a purpose', () => {
    expect(codes([healthy('cerrada', { status: 'closed', unitId: null, twoFactor: false, peopleIds: [] })])).toEqual({});
    const proposed = codes([healthy('propuesta', { status: 'proposed', twoFactor: null, peopleIds: [], unitId: null })]);
    expect(Object.keys(proposed)).toEqual(['NO_UNIT']);
  });

  it('orders findings by severity and reports counts', () => {
    const found = computeFindings([healthy('a', { purpose: null, unitId: null })], units, options);
    expect(found.map((finding) => [finding.code, finding.severity, finding.count])).toEqual([
      ['NO_UNIT', 'high', 1],
      ['NO_PURPOSE', 'low', 1],
    ]);
  });
});

describe('inventory summaries', () => {
  it('counts accounts per network, most first, with followers', () => {
    const accounts = [healthy('a', { platform: 'instagram', followers: 10 }), healthy('b', { platform: 'x', followers: null }), healthy('c', { platform: 'x', followers: 5 })];
    expect(summaryByPlatform(accounts)).toEqual([
      { platform: 'x', accounts: 2, followers: 5 },
      { platform: 'instagram', accounts: 1, followers: 10 },
    ]);
  });

  it('counts accounts per unit in tree order, with totals including the units below, and the ones with no unit last', () => {
    const tree = [unit('area', 'political', null, 0), unit('servicio-b', 'administrative', 'area', 1), unit('servicio-a', 'administrative', 'area', 0), unit('otra', 'administrative', null, 1)];
    const accounts = [healthy('1', { unitId: 'area' }), healthy('2', { unitId: 'servicio-b' }), healthy('3', { unitId: 'servicio-b' }), healthy('4', { unitId: null })];
    expect(summaryByUnit(accounts, tree).map((row) => [row.unitId, row.own, row.total])).toEqual([
      ['area', 1, 3],
      ['servicio-a', 0, 0],
      ['servicio-b', 2, 2],
      ['otra', 0, 0],
      [null, 1, 1],
    ]);
  });
});
