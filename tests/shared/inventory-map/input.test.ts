import { describe, expect, it } from 'vitest';
import { accountLabel, mapInputFromInventory, mapLabels } from '../../../shared/inventory-map/input';
import { layoutAccountMap } from '../../../shared/inventory-map/layout';
import { engineWithPlan } from '../helpers';

/** A small organisation made through the real engine, as the screens would make it. */
async function organisation() {
  const { engine } = await engineWithPlan();
  const ana = await engine.call('person.create', { name: 'Ana Gil' });
  const culture = await engine.call('unit.create', { name: 'Concejalía de Cultura', kind: 'political', responsibleId: ana.id });
  const library = await engine.call('unit.create', { name: 'Biblioteca municipal', parentId: culture.id });
  const sports = await engine.call('unit.create', { name: 'Servicio de Deportes' });
  const libraryX = await engine.call('account.create', { platform: 'x', url: 'https://x.com/biblio_villanueva', unitId: library.id, peopleIds: [ana.id], twoFactor: true, recoveryEmailCorporate: true, purpose: 'informative' });
  const cultureIg = await engine.call('account.create', { platform: 'instagram', handle: '@cultura', unitId: culture.id, status: 'proposed' });
  const orphan = await engine.call('account.create', { platform: 'other', displayName: 'Blog de fiestas' });
  return { inventory: await engine.call('inventory.get'), culture, library, sports, libraryX, cultureIg, orphan };
}

describe('the map input from the inventory', () => {
  it('says each unit’s kind and responsible person, and marks accounts with findings', async () => {
    const { inventory, culture, sports, libraryX, orphan } = await organisation();
    const input = mapInputFromInventory(inventory, 'es');
    expect(input.units.find((unit) => unit.id === culture.id)!.detail).toBe('Política · Resp.: Ana Gil');
    expect(input.units.find((unit) => unit.id === sports.id)!.detail).toBe('Administrativa · Sin responsable');
    expect(mapInputFromInventory(inventory, 'en').units.find((unit) => unit.id === culture.id)!.detail).toBe('Political · Head: Ana Gil');
    // The orphan is found by the audit (no unit); the library account has everything in order.
    expect(input.accounts.find((account) => account.id === orphan.id)).toMatchObject({ unitId: null, label: 'Blog de fiestas', flagged: true });
    expect(input.accounts.find((account) => account.id === libraryX.id)).toMatchObject({ label: '@biblio_villanueva', platform: 'x', flagged: false });
  });

  it('filters by network and status; “only units with accounts” keeps the path down to each account', async () => {
    const { inventory, culture, library, sports, libraryX, cultureIg } = await organisation();
    const onlyX = mapInputFromInventory(inventory, 'es', { platform: 'x', status: null, onlyUnitsWithAccounts: true });
    expect(onlyX.accounts.map((account) => account.id)).toEqual([libraryX.id]);
    expect(onlyX.units.map((unit) => unit.id).sort()).toEqual([culture.id, library.id].sort());

    const proposed = mapInputFromInventory(inventory, 'es', { platform: null, status: 'proposed', onlyUnitsWithAccounts: false });
    expect(proposed.accounts.map((account) => account.id)).toEqual([cultureIg.id]);
    expect(proposed.units.map((unit) => unit.id)).toContain(sports.id);
  });

  it('feeds the layout: every account of the inventory on the map, the orphan in its group', async () => {
    const { inventory, orphan } = await organisation();
    const layout = layoutAccountMap(mapInputFromInventory(inventory, 'es'), { width: 1040, labels: mapLabels('es') });
    expect(layout.chips.map((chip) => chip.accountId).sort()).toEqual(inventory.accounts.map((account) => account.id).sort());
    expect(layout.boxes[0]).toMatchObject({ type: 'orphans' });
    expect(layout.boxes[0]!.texts[0]!.text).toBe('Cuentas sin unidad (1)');
    expect(layout.chips.find((chip) => chip.accountId === orphan.id)!.ownerId).toBeNull();
  });

  it('labels: the handle, else the display name, else the address, else a stand-in', () => {
    expect(accountLabel({ handle: ' @a ', displayName: 'A', url: 'https://a.es' }, 'es')).toBe('@a');
    expect(accountLabel({ handle: '', displayName: 'Radio', url: 'https://a.es' }, 'es')).toBe('Radio');
    expect(accountLabel({ handle: '', displayName: '', url: 'https://a.es' }, 'es')).toBe('https://a.es');
    expect(accountLabel({ handle: '', displayName: '', url: '' }, 'en')).toBe('(no handle)');
  });

  it('the folded note counts in the reader’s language', () => {
    expect(mapLabels('es').folded(1, 0)).toBe('Plegado: 1 subunidad y 0 cuentas');
    expect(mapLabels('en').folded(3, 1)).toBe('Folded: 3 sub-units and 1 account');
  });
});
