import { describe, expect, it } from 'vitest';
import { PlanEngine } from '../../shared/engine/engine';
import { loadSqlJsForNode } from '../../electron/node/sqljs';

describe('engine smoke', () => {
  it('creates, edits, undoes, exports and reopens', async () => {
    const SQL = await loadSqlJsForNode();
    const engine = new PlanEngine({ SQL, author: 'Ana' });
    const state = await engine.call('plan.create', { institutionName: 'Ayuntamiento de Villanueva' });
    expect(state.info.institution.name).toBe('Ayuntamiento de Villanueva');
    await engine.call('institution.update', { name: 'Ayto. Villanueva', authors: ['Ana', 'Luis'] });
    expect((await engine.call('institution.get')).name).toBe('Ayto. Villanueva');
    await engine.call('history.undo');
    expect((await engine.call('institution.get')).name).toBe('Ayuntamiento de Villanueva');
    await engine.call('history.redo');
    const exported = await engine.call('plan.export');
    const other = new PlanEngine({ SQL });
    const reopened = await other.call('plan.open', { bytes: exported.bytes });
    expect(reopened.info.institution.name).toBe('Ayto. Villanueva');
    expect(reopened.meta.revision).toBe(3);
  });
});
