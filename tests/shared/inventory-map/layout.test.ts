import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAP_METRICS, layoutAccountMap, type MapAccountInput, type MapInput, type MapLabels, type MapUnitInput, type UnitBox } from '../../../shared/inventory-map/layout';
import { ACCOUNT_STATUSES, PLATFORM_CODES } from '../../../shared/model/accounts';
import { expectEveryAccountOnce, expectSoundLayout } from './map-invariants';

const labels: MapLabels = {
  orphans: (count) => `Cuentas sin unidad (${count})`,
  continued: '(continuación)',
  folded: (units, accounts) => `Plegado: ${units} subunidades y ${accounts} cuentas`,
};

const uuid = (n: number, kind = 'u') => `${kind === 'u' ? '00000000' : 'aaaaaaaa'}-0000-4000-8000-${String(n).padStart(12, '0')}`;

function unit(n: number, parent: number | null, position = n, name = `Unidad ${n}`): MapUnitInput {
  return { id: uuid(n), parentId: parent === null ? null : uuid(parent), position, name, kind: n % 3 === 0 ? 'political' : 'administrative', detail: `Administrativa · Resp.: Persona ${n}` };
}

const numberOf = (candidate: MapUnitInput) => Number(candidate.id.slice(-12));

function account(n: number, unitNumber: number | null, overrides: Partial<MapAccountInput> = {}): MapAccountInput {
  return {
    id: uuid(n, 'a'),
    unitId: unitNumber === null ? null : uuid(unitNumber),
    platform: PLATFORM_CODES[n % PLATFORM_CODES.length]!,
    label: `@cuenta_${n}`,
    status: ACCOUNT_STATUSES[n % ACCOUNT_STATUSES.length]!,
    flagged: n % 4 === 0,
    ...overrides,
  };
}

/** A town council like the sample: the mayor's office over five areas, with services under them. */
function townCouncil(): MapInput {
  const units = [unit(1, null, 0, 'Ayuntamiento de Villanueva del Río')];
  for (let area = 0; area < 5; area++) {
    units.push(unit(10 + area, 1, area, `Área de ${['Cultura', 'Deportes', 'Servicios Sociales y Participación Ciudadana', 'Urbanismo', 'Turismo'][area]}`));
    for (let service = 0; service < 2; service++) units.push(unit(100 + area * 10 + service, 10 + area, service));
  }
  const accounts: MapAccountInput[] = [];
  // Four accounts nobody owns; the rest spread over every unit.
  for (let i = 0; i < 60; i++) accounts.push(account(i, i < 4 ? null : numberOf(units[i % units.length]!)));
  return { units, accounts };
}

describe('the account map layout', () => {
  it('a town council: the institution spans the width, areas are columns, every account is drawn once on its card', () => {
    const input = townCouncil();
    const layout = layoutAccountMap(input, { width: 1040, labels });
    expectSoundLayout(layout);
    expectEveryAccountOnce(layout, input);

    const [orphans, top] = layout.boxes;
    expect(orphans!.type).toBe('orphans');
    expect(orphans!.y).toBe(0);
    expect(orphans!.texts[0]!.text).toBe('Cuentas sin unidad (4)');
    expect(layout.chips.filter((chip) => chip.ownerId === null)).toHaveLength(4);
    expect(top).toMatchObject({ type: 'unit', unitId: uuid(1), banner: true, x: 0, width: 1040 });

    const areas = layout.boxes.filter((box): box is UnitBox => box.type === 'unit' && box.depth === 1);
    expect(areas).toHaveLength(5);
    // Three columns fit in 1,040 pixels: the first three areas head them, the others go under the shortest.
    expect(new Set(areas.slice(0, 3).map((box) => box.x)).size).toBe(3);
    expect(areas.slice(0, 3).every((box) => box.y === areas[0]!.y)).toBe(true);
    expect(areas[3]!.y).toBeGreaterThan(areas[0]!.y);
    expect(areas[4]!.y).toBeGreaterThan(areas[0]!.y);
    // Services are indented under their area.
    const service = layout.boxes.find((box) => box.type === 'unit' && box.unitId === uuid(100))!;
    expect(service.x).toBe(areas[0]!.x + MAP_METRICS.indent);
    expect(layout.connectors.some((line) => line.parentId === uuid(10) && line.childId === uuid(100))).toBe(true);
    expect(layout.connectors.filter((line) => line.parentId === uuid(1))).toHaveLength(0);
  });

  it('orders sibling units by position and chips by network, then handle', () => {
    const input: MapInput = {
      units: [unit(1, null, 2, 'Tercera'), unit(2, null, 0, 'Primera'), unit(3, null, 1, 'Segunda')],
      accounts: [
        account(1, 2, { platform: 'youtube', label: '@b' }),
        account(2, 2, { platform: 'x', label: '@z' }),
        account(3, 2, { platform: 'youtube', label: '@A' }),
      ],
    };
    const layout = layoutAccountMap(input, { width: 1040, labels });
    expect(layout.boxes.map((box) => (box.type === 'unit' ? box.texts[0]!.text : ''))).toEqual(['Primera', 'Segunda', 'Tercera']);
    expect(layout.chips.map((chip) => chip.text)).toEqual(['@z', '@A', '@b']);
    const [first, second, third] = layout.chips;
    expect(second!.x).toBeGreaterThan(first!.x);
    expect(third!.x).toBeGreaterThan(second!.x);
  });

  it('accounts without a unit, or whose unit is not on the map, have their own group, and can be left to a tray', () => {
    const input: MapInput = { units: [unit(1, null)], accounts: [account(1, null), account(2, 99), account(3, 1)] };
    const layout = layoutAccountMap(input, { width: 600, labels });
    expectEveryAccountOnce(layout, input);
    expect(layout.boxes[0]).toMatchObject({ type: 'orphans' });
    expect(layout.chips.filter((chip) => chip.box === 0).map((chip) => chip.accountId).sort()).toEqual([uuid(1, 'a'), uuid(2, 'a')]);

    const withoutTray = layoutAccountMap(input, { width: 600, labels, includeOrphans: false });
    expect(withoutTray.boxes.map((box) => box.type)).toEqual(['unit']);
    expect(withoutTray.chips.map((chip) => chip.accountId)).toEqual([uuid(3, 'a')]);
    expect(withoutTray.boxes[0]!.y).toBe(0);
  });

  it('long names wrap into at most three lines and long handles are shortened to fit their chip', () => {
    const name = 'Concejalía Delegada de Participación Ciudadana, Transparencia, Gobierno Abierto, Nuevas Tecnologías y Administración Electrónica del Ayuntamiento';
    const label = `@${'ayuntamientodevillanuevadelriosegura'.repeat(3)}`;
    const input: MapInput = { units: [{ ...unit(1, null), name }], accounts: [account(1, 1, { label })] };
    const layout = layoutAccountMap(input, { width: 300, labels });
    expectSoundLayout(layout);
    const names = layout.boxes[0]!.texts.filter((text) => text.role === 'name');
    expect(names).toHaveLength(MAP_METRICS.nameMaxLines);
    expect(names[2]!.text.endsWith('…')).toBe(true);
    expect(layout.chips[0]!.text.endsWith('…')).toBe(true);
    expect(layout.chips[0]!.text.length).toBeLessThan(label.length);
  });

  it('a deep tree stays inside its column: indentation stops before cards get too narrow, nothing overlaps', () => {
    const depth = 400;
    const units = Array.from({ length: depth }, (_, i) => unit(i + 1, i === 0 ? null : i));
    const accounts = units.map((_, i) => account(i + 1, i + 1));
    const layout = layoutAccountMap({ units, accounts }, { width: 520, labels });
    expectSoundLayout(layout);
    expectEveryAccountOnce(layout, { units, accounts });
    const cards = layout.boxes.filter((box): box is UnitBox => box.type === 'unit');
    expect(cards).toHaveLength(depth);
    expect(Math.min(...cards.map((box) => box.width))).toBeGreaterThanOrEqual(MAP_METRICS.minCardWidth);
    expect(cards[depth - 1]!.depth).toBe(depth - 1);
    // Pre-order, top to bottom.
    for (let i = 1; i < cards.length; i++) expect(cards[i]!.y).toBeGreaterThan(cards[i - 1]!.y);
  });

  it('ends on a tree with a cycle (a damaged file) and draws every unit once', () => {
    const units = [unit(1, 2), unit(2, 1), unit(3, 3), unit(4, null)];
    const accounts = [account(1, 1), account(2, 2), account(3, 3), account(4, 4)];
    const layout = layoutAccountMap({ units, accounts }, { width: 1040, labels });
    expectSoundLayout(layout);
    expectEveryAccountOnce(layout, { units, accounts });
    expect(layout.boxes.filter((box) => box.type === 'unit').map((box) => (box as UnitBox).unitId).sort()).toEqual([uuid(1), uuid(2), uuid(3), uuid(4)]);
  });

  it('folding a unit hides its sub-units and says how many units and accounts are folded away', () => {
    const input = townCouncil();
    const area = uuid(10);
    const layout = layoutAccountMap(input, { width: 1040, labels, folded: new Set([area]), toggleWidth: 28 });
    expectSoundLayout(layout);
    const card = layout.boxes.find((box): box is UnitBox => box.type === 'unit' && box.unitId === area)!;
    expect(card).toMatchObject({ foldable: true, folded: true });
    expect(layout.boxes.some((box) => box.type === 'unit' && (box.unitId === uuid(100) || box.unitId === uuid(101)))).toBe(false);
    const hiddenAccounts = input.accounts.filter((candidate) => candidate.unitId === uuid(100) || candidate.unitId === uuid(101));
    expect(card.texts.at(-1)!.text).toBe(`Plegado: 2 subunidades y ${hiddenAccounts.length} cuentas`);
    for (const hidden of hiddenAccounts) expect(layout.chips.some((chip) => chip.accountId === hidden.id)).toBe(false);
    // The area's own accounts stay on its card.
    const own = input.accounts.filter((candidate) => candidate.unitId === area).map((candidate) => candidate.id);
    expect(layout.chips.filter((chip) => chip.ownerId === area).map((chip) => chip.accountId).sort()).toEqual(own.sort());
    // The fold button's room is kept beside the name.
    expect(card.texts[0]!.width).toBe(card.width - 2 * MAP_METRICS.padding - 28);
    // Folding the institution itself leaves a single column.
    const all = layoutAccountMap(input, { width: 1040, labels, folded: new Set([uuid(1)]) });
    expect(all.boxes.filter((box) => box.type === 'unit')).toHaveLength(1);
    expect(all.boxes[1]).toMatchObject({ banner: false, width: 1040 });
  });

  it('paging: no card crosses a page edge, and a card taller than a page goes on in parts', () => {
    const input = townCouncil();
    // One unit with 200 accounts cannot fit in a page of 400 pixels.
    const crowded: MapInput = { units: input.units, accounts: [...input.accounts, ...Array.from({ length: 200 }, (_, i) => account(1000 + i, 10))] };
    const layout = layoutAccountMap(crowded, { width: 1040, labels, paging: { pageHeight: 400, firstPageHeight: 250 } });
    expectSoundLayout(layout, 'paged');
    expectEveryAccountOnce(layout, crowded);
    expect(layout.pages[0]).toEqual({ top: 0, height: 250 });
    expect(layout.pages[1]).toEqual({ top: 250, height: 400 });
    expect(layout.pages.at(-1)!.top + layout.pages.at(-1)!.height).toBeGreaterThanOrEqual(layout.height);
    const parts = layout.boxes.filter((box): box is UnitBox => box.type === 'unit' && box.unitId === uuid(10));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((box) => box.part)).toEqual(parts.map((_, i) => i));
    expect(parts[1]!.texts[0]!.text).toMatch(/\(continuación\)$/);
    for (const part of parts.slice(1)) expect(layout.pages.some((page) => page.top === part.y)).toBe(true);
    // Every part fits its page, so nothing is cut when each page is printed on its own sheet.
    for (const box of layout.boxes) {
      const page = layout.pages.find((candidate) => box.y >= candidate.top && box.y < candidate.top + candidate.height)!;
      expect(box.y + box.height).toBeLessThanOrEqual(page.top + page.height);
    }
  });

  it('pages of a fractional height (millimetres at a print scale) are walked to the end', () => {
    const input = townCouncil();
    const layout = layoutAccountMap(input, { width: 1230, labels, paging: { pageHeight: 694 / 0.85, firstPageHeight: 600.4 } });
    expectSoundLayout(layout);
    expect(layout.pages.every((page) => Number.isInteger(page.top) && Number.isInteger(page.height))).toBe(true);
    expect(layout.pages.at(-1)!.top).toBeLessThan(layout.height);
  });

  it('an empty organisation gives an empty drawing', () => {
    const layout = layoutAccountMap({ units: [], accounts: [] }, { width: 1040, labels });
    expect(layout).toMatchObject({ height: 0, boxes: [], chips: [], connectors: [] });
    expect(layout.pages).toEqual([{ top: 0, height: 0 }]);
  });

  it('any forest, any width, with or without pages: sound, and every account drawn once', () => {
    const forest = fc
      .record({
        parents: fc.array(fc.option(fc.nat(), { nil: null }), { minLength: 0, maxLength: 40 }),
        accounts: fc.array(fc.record({ unit: fc.option(fc.nat(), { nil: null }), label: fc.string({ maxLength: 60 }), flagged: fc.boolean() }), { maxLength: 120 }),
        width: fc.integer({ min: 100, max: 2400 }),
        // Page heights come from millimetres and print scales: fractions must not trouble the pages.
        paging: fc.option(fc.record({ pageHeight: fc.double({ min: 120, max: 900, noNaN: true }), firstPageHeight: fc.double({ min: 120, max: 900, noNaN: true }) }), { nil: undefined }),
        names: fc.array(fc.string({ minLength: 1, maxLength: 120 }), { minLength: 1, maxLength: 5 }),
      })
      .map(({ parents, accounts, width, paging, names }) => {
        const units = parents.map((parent, i) => ({
          ...unit(i + 1, parent === null || i === 0 ? null : (parent % i) + 1, parent ?? 0),
          name: names[i % names.length]!,
        }));
        const input: MapInput = {
          units,
          accounts: accounts.map((entry, i) => account(i + 1, entry.unit === null || units.length === 0 ? null : (entry.unit % (units.length + 2)) + 1, { label: entry.label || '(sin usuario)', flagged: entry.flagged })),
        };
        return { input, width, paging };
      });
    fc.assert(
      fc.property(forest, ({ input, width, paging }) => {
        const layout = layoutAccountMap(input, { width, labels, paging });
        expectSoundLayout(layout);
        expectEveryAccountOnce(layout, input);
        expect(layout.boxes.filter((box) => box.type === 'unit' && box.part === 0)).toHaveLength(input.units.length);
      }),
      { numRuns: 150 },
    );
  });

  it('300 units and 5,000 accounts are laid out quickly enough to redo on every change', () => {
    const units: MapUnitInput[] = [];
    for (let area = 0; area < 12; area++) {
      units.push(unit(area + 1, null, area, `Área ${area + 1}`));
      for (let department = 0; department < 4; department++) {
        const id = 100 + area * 10 + department;
        units.push(unit(id, area + 1, department));
        for (let service = 0; service < 5; service++) units.push(unit(1000 + area * 100 + department * 10 + service, id, service));
      }
    }
    const numbers = units.map(numberOf);
    const accounts = Array.from({ length: 5000 }, (_, i) => account(i + 1, i % 37 === 0 ? null : numbers[(i * 7) % numbers.length]!));
    const started = performance.now();
    const layout = layoutAccountMap({ units, accounts }, { width: 1280, labels });
    const elapsed = performance.now() - started;
    expect(units).toHaveLength(300);
    expectSoundLayout(layout);
    expectEveryAccountOnce(layout, { units, accounts });
    console.info(`layout of 300 units / 5,000 accounts: ${elapsed.toFixed(0)} ms, ${layout.width}×${layout.height} px`);
    expect(elapsed).toBeLessThan(3000);
  });
});
