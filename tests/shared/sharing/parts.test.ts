import { describe, expect, it } from 'vitest';
import { relationOf, commonAncestor } from '../../../shared/sharing/lineage';
import { nextApprovedLabel, nextDraftLabel } from '../../../shared/sharing/version-labels';
import { gunzip, gzip } from '../../../shared/sharing/pack';
import type { SnapshotInfo } from '../../../shared/db/repos/snapshots';

const ids = (...values: string[]) => new Set(values);

describe('how a copy relates to the open plan', () => {
  it('is told by whose history contains the other', () => {
    expect(relationOf({ samePlan: true, sameContent: true, mine: ids('a', 'b'), theirs: ids('a', 'b') })).toBe('same');
    expect(relationOf({ samePlan: true, sameContent: false, mine: ids('a', 'b', 'c'), theirs: ids('a', 'b') })).toBe('older');
    expect(relationOf({ samePlan: true, sameContent: false, mine: ids('a'), theirs: ids('a', 'x') })).toBe('newer');
    expect(relationOf({ samePlan: true, sameContent: false, mine: ids('a', 'b'), theirs: ids('a', 'x') })).toBe('diverged');
    expect(relationOf({ samePlan: false, sameContent: true, mine: ids(), theirs: ids() })).toBe('other_plan');
  });

  it('same history but different content (files from before histories were kept) is "diverged", never "same"', () => {
    expect(relationOf({ samePlan: true, sameContent: false, mine: ids(), theirs: ids() })).toBe('diverged');
  });

  it('the common ancestor is the newest snapshot both keep', () => {
    const snapshot = (id: string, createdAt: string): SnapshotInfo => ({
      id,
      kind: 'sent',
      revision: 1,
      label: '',
      unitId: null,
      approvedBy: '',
      approvedOn: null,
      approvalReference: '',
      createdAt,
      createdBy: 'Ana',
      origin: false,
    });
    const old = snapshot('old', '2026-01-01T00:00:00Z');
    const newer = snapshot('newer', '2026-03-01T00:00:00Z');
    const onlyMine = snapshot('mine', '2026-05-01T00:00:00Z');
    expect(commonAncestor([old, newer, onlyMine], [newer, old])?.id).toBe('newer');
    expect(commonAncestor([onlyMine], [old])).toBeNull();
  });
});

describe('version labels', () => {
  it('an approval makes the next whole number; the draft after it counts on from there', () => {
    expect(nextApprovedLabel('0.3')).toBe('1.0');
    expect(nextApprovedLabel('1.4')).toBe('2.0');
    expect(nextApprovedLabel('borrador')).toBe('1.0');
    expect(nextDraftLabel('1.0')).toBe('1.1');
    expect(nextDraftLabel('2')).toBe('2.1');
    expect(nextDraftLabel('2026-A')).toBe('2026-A.1');
  });
});

describe('snapshot packing', () => {
  it('gzip round-trips bytes exactly and makes a repetitive file much smaller', async () => {
    const bytes = new Uint8Array(200_000).map((_, index) => (index % 4096 < 100 ? index % 251 : 0));
    const packed = await gzip(bytes);
    expect(packed.length).toBeLessThan(bytes.length / 10);
    expect(await gunzip(packed)).toEqual(bytes);
  });
});
