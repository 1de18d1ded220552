import { PLATFORM_CODES, type AccountStatus, type Platform } from '../model/accounts';
import type { UnitKind } from '../model/units';
import { MAP_TEXT, estimateTextWidth, truncateText, wrapText, type TextMeasure, type TextRole } from './text';

/**
 * The account map as boxes and positions, computed without React or the DOM so that the screen,
 * the printout and the picture in the Word document are the same drawing.
 *
 * The organisation reads as an organigram in columns: while the top of the tree is a single unit
 * (the institution, the mayor's office) it is a banner across the whole width; below it, each
 * area is a column with its sub-units stacked and indented under it, and the areas fill the
 * columns left to right, each one going where the columns are shortest. Accounts are chips that
 * wrap inside their unit's card. Accounts with no unit have their own group at the top.
 */
export const MAP_METRICS = {
  padding: 8,
  /** Between the cards of one area. */
  cardGap: 8,
  /** Between two areas in the same column, and after the groups that span the width. */
  areaGap: 20,
  columnGap: 16,
  minColumnWidth: 250,
  /** Indentation per level of the tree, until a card would be narrower than minCardWidth. */
  indent: 18,
  minCardWidth: 150,
  chipHeight: 22,
  /** Between chips, across and down. */
  chipGap: 4,
  /** Between the card's text and its first chip. */
  chipsTop: 6,
  chipPaddingX: 6,
  /** The chip's own outline, inside its box. */
  chipBorder: 1,
  chipIcon: 14,
  chipInnerGap: 4,
  /** The status mark after the handle. */
  chipMark: 10,
  /** The findings mark, when the account has findings. */
  chipFlag: 12,
  nameMaxLines: 3,
  detailMaxLines: 2,
  titleMaxLines: 2,
  noteMaxLines: 2,
} as const;

export interface MapUnitInput {
  id: string;
  parentId: string | null;
  /** Order among siblings. */
  position: number;
  name: string;
  kind: UnitKind;
  /** The line under the name (kind, responsible person), already in the reader's language. */
  detail: string;
}

export interface MapAccountInput {
  id: string;
  /** Null, or a unit not in the input: the account goes to the group of accounts without a unit. */
  unitId: string | null;
  platform: Platform;
  /** What the chip says: the handle, or a stand-in when there is none. */
  label: string;
  status: AccountStatus;
  /** The audit has findings about it. */
  flagged: boolean;
}

export interface MapInput {
  units: readonly MapUnitInput[];
  accounts: readonly MapAccountInput[];
}

/** Texts the layout has to size, in the reader's language. */
export interface MapLabels {
  orphans: (count: number) => string;
  /** After the name on the part of a card carried over to the next page. */
  continued: string;
  folded: (units: number, accounts: number) => string;
}

export interface MapLayoutOptions {
  /** Width of the drawing, in CSS pixels. */
  width: number;
  labels: MapLabels;
  /** Defaults to an estimate; the screen passes a measure of the real font. */
  measure?: TextMeasure;
  /** Units whose sub-units are folded away (their own accounts stay). */
  folded?: ReadonlySet<string>;
  /** Draw the group of accounts without a unit (the screen shows them in a tray of its own). Default true. */
  includeOrphans?: boolean;
  /** Room kept at the right of a foldable unit's name, for a fold button. */
  toggleWidth?: number;
  /** Cut into pages of this height: no card crosses a page edge; a card taller than a page continues on the next. */
  paging?: { pageHeight: number; firstPageHeight?: number };
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One line of text; `y` is the top of its line box (MAP_TEXT[role].lineHeight high). */
export interface PlacedText {
  text: string;
  role: TextRole;
  x: number;
  y: number;
  width: number;
}

export interface UnitBox extends Rect {
  type: 'unit';
  unitId: string;
  unitKind: UnitKind;
  /** Depth in the organisation tree (0: top level). */
  depth: number;
  /** Spans the whole width: the single unit at the top of the tree. */
  banner: boolean;
  /** Heads a column: an area, drawn a little stronger. */
  area: boolean;
  /** 0 for the card itself; 1, 2… for its continuations on later pages. */
  part: number;
  foldable: boolean;
  folded: boolean;
  texts: PlacedText[];
}

export interface OrphanBox extends Rect {
  type: 'orphans';
  part: number;
  texts: PlacedText[];
}

export type MapBox = UnitBox | OrphanBox;

export interface ChipBox extends Rect {
  accountId: string;
  /** The unit whose card holds it; null in the group without a unit. */
  ownerId: string | null;
  /** Index in `boxes` of the card (or card part) that holds it. */
  box: number;
  /** The label, shortened with an ellipsis when it did not fit. */
  text: string;
  platform: Platform;
  status: AccountStatus;
  flagged: boolean;
}

/** A line from a parent unit to one of its sub-units, drawn behind the cards. */
export interface MapConnector {
  parentId: string;
  childId: string;
  points: { x: number; y: number }[];
}

export interface MapPage {
  top: number;
  height: number;
}

export interface MapLayout {
  width: number;
  height: number;
  /** In reading order: the group without a unit, then the tree in pre-order (area by area). */
  boxes: MapBox[];
  chips: ChipBox[];
  connectors: MapConnector[];
  /** Without paging, one page that holds everything. */
  pages: MapPage[];
}

const M = MAP_METRICS;

/** A chip's width besides its text: padding, platform badge, status mark and, when flagged, the findings mark. */
export function chipChromeWidth(flagged: boolean): number {
  return 2 * (M.chipBorder + M.chipPaddingX) + M.chipIcon + 2 * M.chipInnerGap + M.chipMark + (flagged ? M.chipInnerGap + M.chipFlag : 0);
}

/**
 * Page edges in layout coordinates; without paging there is one endless page. Heights are whole
 * pixels: with fractions, a page's end computed from its top could land a hair before it, and
 * the walk over the pages would never leave that page.
 */
class Pager {
  private readonly first: number;
  readonly height: number;

  constructor(first: number, height: number) {
    this.first = Number.isFinite(first) ? Math.max(1, Math.floor(first)) : first;
    this.height = Number.isFinite(height) ? Math.max(1, Math.floor(height)) : height;
  }

  private index(y: number): number {
    return y < this.first ? 0 : 1 + Math.floor((y - this.first) / this.height);
  }

  private top(index: number): number {
    if (index === 0) return 0;
    return index === 1 ? this.first : this.first + (index - 1) * this.height;
  }

  start(y: number): number {
    return this.top(this.index(y));
  }

  end(y: number): number {
    return this.top(this.index(y) + 1);
  }

  /** Where a block of height `h` wanted at `y` goes: there if it fits on that page, else at the top of the next. */
  fit(y: number, h: number): number {
    return y + h <= this.end(y) || y === this.start(y) ? y : this.end(y);
  }

  pages(total: number): MapPage[] {
    if (!Number.isFinite(this.first)) return [{ top: 0, height: total }];
    const count = Math.max(1, this.index(Math.max(0, total - 1)) + 1);
    return Array.from({ length: count }, (_, index) => ({ top: this.top(index), height: this.top(index + 1) - this.top(index) }));
  }
}

interface Tree {
  children: Map<string | null, MapUnitInput[]>;
  accounts: Map<string | null, MapAccountInput[]>;
  depth: Map<string, number>;
  /** Units and accounts in each unit's subtree, itself included. */
  subtree: Map<string, { units: number; accounts: number }>;
}

const bySiblingOrder = (a: MapUnitInput, b: MapUnitInput) => a.position - b.position || compareText(a.name, b.name) || compareText(a.id, b.id);
const PLATFORM_ORDER = new Map<string, number>(PLATFORM_CODES.map((code, index) => [code, index]));
/** The order of chips on a card: by network (in the order of PLATFORM_CODES), then by label. */
export const compareMapAccounts = (a: MapAccountInput, b: MapAccountInput) =>
  (PLATFORM_ORDER.get(a.platform) ?? 99) - (PLATFORM_ORDER.get(b.platform) ?? 99) || compareText(a.label.toLowerCase(), b.label.toLowerCase()) || compareText(a.id, b.id);

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The tree as the map draws it. A received file is checked for cycles before anything reads it,
 * but the layout must end whatever it is given: every unit is visited once, and units that no
 * top-level unit leads to become top-level units themselves.
 */
function buildTree(input: MapInput): Tree {
  const known = new Map(input.units.map((unit) => [unit.id, unit]));
  const declared = new Map<string | null, MapUnitInput[]>();
  for (const unit of input.units) {
    const parent = unit.parentId !== null && unit.parentId !== unit.id && known.has(unit.parentId) ? unit.parentId : null;
    const list = declared.get(parent) ?? [];
    list.push(unit);
    declared.set(parent, list);
  }
  for (const list of declared.values()) list.sort(bySiblingOrder);

  const children = new Map<string | null, MapUnitInput[]>([[null, []]]);
  const depth = new Map<string, number>();
  const order: MapUnitInput[] = [];
  const visit = (root: MapUnitInput, parent: string | null, rootDepth: number) => {
    const stack: [MapUnitInput, string | null, number][] = [[root, parent, rootDepth]];
    while (stack.length > 0) {
      const [unit, parentId, level] = stack.pop()!;
      if (depth.has(unit.id)) continue;
      depth.set(unit.id, level);
      order.push(unit);
      children.get(parentId)!.push(unit);
      children.set(unit.id, []);
      const next = (declared.get(unit.id) ?? []).filter((child) => !depth.has(child.id));
      for (let i = next.length - 1; i >= 0; i--) stack.push([next[i]!, unit.id, level + 1]);
    }
  };
  for (const root of declared.get(null) ?? []) visit(root, null, 0);
  for (const unit of [...input.units].sort(bySiblingOrder)) if (!depth.has(unit.id)) visit(unit, null, 0);

  const accounts = new Map<string | null, MapAccountInput[]>();
  for (const account of input.accounts) {
    const owner = account.unitId !== null && known.has(account.unitId) ? account.unitId : null;
    const list = accounts.get(owner) ?? [];
    list.push(account);
    accounts.set(owner, list);
  }
  for (const list of accounts.values()) list.sort(compareMapAccounts);

  const subtree = new Map<string, { units: number; accounts: number }>();
  for (let i = order.length - 1; i >= 0; i--) {
    const unit = order[i]!;
    const total = { units: 1, accounts: accounts.get(unit.id)?.length ?? 0 };
    for (const child of children.get(unit.id)!) {
      const inner = subtree.get(child.id)!;
      total.units += inner.units;
      total.accounts += inner.accounts;
    }
    subtree.set(unit.id, total);
  }
  return { children, accounts, depth, subtree };
}

interface CardContent {
  header: PlacedLine[];
  /** The one line heading a card's continuation on the next page. */
  continued: PlacedLine;
  accounts: readonly MapAccountInput[];
  note: PlacedLine[];
}

interface PlacedLine {
  text: string;
  role: TextRole;
  width: number;
}

type Block = { kind: 'row'; chips: { account: MapAccountInput; text: string; width: number; offset: number }[] } | { kind: 'note'; line: PlacedLine };

/** Lays out the account map. Pure: the same input and options give the same drawing. */
export function layoutAccountMap(input: MapInput, options: MapLayoutOptions): MapLayout {
  const width = Math.max(M.minCardWidth, Math.floor(options.width));
  const rawMeasure = options.measure ?? estimateTextWidth;
  const cache = new Map<string, number>();
  const measure: TextMeasure = (text, role) => {
    const key = `${role}\u0000${text}`;
    let value = cache.get(key);
    if (value === undefined) {
      value = rawMeasure(text, role);
      cache.set(key, value);
    }
    return value;
  };
  const folded = options.folded ?? new Set<string>();
  const toggleWidth = options.toggleWidth ?? 0;
  const pager = options.paging
    ? new Pager(options.paging.firstPageHeight ?? options.paging.pageHeight, options.paging.pageHeight)
    : new Pager(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  const tree = buildTree(input);
  const boxes: MapBox[] = [];
  const chips: ChipBox[] = [];
  const connectors: MapConnector[] = [];
  const unitParts = new Map<string, { first: UnitBox; last: UnitBox }>();
  /** Parent → child pairs, joined by connectors once every card has its place. */
  const pendingLinks: [string, string][] = [];
  const bannerLinks: [string, string][] = [];
  const visibleChildren = (id: string) => (folded.has(id) ? [] : tree.children.get(id)!);

  const lines = (text: string, role: TextRole, lineWidth: number, maxLines: number): PlacedLine[] =>
    wrapText(text, lineWidth, role, measure, maxLines).map((line) => ({ text: line, role, width: lineWidth }));

  function chipRows(accounts: readonly MapAccountInput[], inner: number): Block[] {
    const rows: Block[] = [];
    let row: Extract<Block, { kind: 'row' }> | null = null;
    let used = 0;
    for (const account of accounts) {
      const chrome = chipChromeWidth(account.flagged);
      const text = truncateText(account.label, Math.max(0, inner - chrome), 'chip', measure);
      const chipWidth = Math.min(inner, Math.ceil(chrome + measure(text, 'chip')));
      if (!row || used + M.chipGap + chipWidth > inner) {
        row = { kind: 'row', chips: [] };
        rows.push(row);
        used = -M.chipGap;
      }
      row.chips.push({ account, text, width: chipWidth, offset: used + M.chipGap });
      used += M.chipGap + chipWidth;
    }
    return rows;
  }

  /**
   * Places one card (a unit, or the group without a unit) at `x`, from `top` down, and returns
   * its bottom. With paging it starts on the next page unless it fits, and a card taller than a
   * page goes on in parts, each headed by the `continued` line.
   */
  function placeCard(content: CardContent, x: number, top: number, cardWidth: number, make: (rect: Rect, part: number, texts: PlacedText[]) => MapBox, ownerId: string | null): number {
    const inner = cardWidth - 2 * M.padding;
    const blocks: Block[] = [...chipRows(content.accounts, inner), ...content.note.map((line) => ({ kind: 'note' as const, line }))];
    const heightOf = (block: Block) => (block.kind === 'row' ? M.chipHeight : MAP_TEXT[block.line.role].lineHeight);
    const gapBefore = (previous: Block | null, block: Block) => (previous === null ? M.chipsTop : previous.kind === 'row' && block.kind === 'row' ? M.chipGap : 0);
    const headerHeight = (header: PlacedLine[]) => header.reduce((sum, line) => sum + MAP_TEXT[line.role].lineHeight, 0);

    let full = 2 * M.padding + headerHeight(content.header);
    blocks.forEach((block, index) => (full += gapBefore(blocks[index - 1] ?? null, block) + heightOf(block)));
    const first = blocks[0];
    const least = 2 * M.padding + headerHeight(content.header) + (first ? gapBefore(null, first) + heightOf(first) : 0);
    let partTop = pager.fit(top, full <= pager.height ? full : least);

    let part = 0;
    let header = content.header;
    let cursor = 0;
    let texts: PlacedText[] = [];
    let previous: Block | null = null;
    let pending: { x: number; y: number; width: number; chip: { account: MapAccountInput; text: string } }[] = [];
    const startPart = () => {
      cursor = partTop + M.padding;
      texts = header.map((line) => {
        const placed = { text: line.text, role: line.role, x: x + M.padding, y: cursor, width: line.width };
        cursor += MAP_TEXT[line.role].lineHeight;
        return placed;
      });
      previous = null;
      pending = [];
    };
    const endPart = () => {
      const index = boxes.length;
      boxes.push(make({ x, y: partTop, width: cardWidth, height: cursor + M.padding - partTop }, part, texts));
      for (const chip of pending) {
        const { account } = chip.chip;
        chips.push({
          accountId: account.id,
          ownerId,
          box: index,
          text: chip.chip.text,
          platform: account.platform,
          status: account.status,
          flagged: account.flagged,
          x: chip.x,
          y: chip.y,
          width: chip.width,
          height: M.chipHeight,
        });
      }
    };

    startPart();
    for (const block of blocks) {
      let gap = gapBefore(previous, block);
      if (previous !== null && cursor + gap + heightOf(block) + M.padding > pager.end(partTop)) {
        endPart();
        part += 1;
        partTop = pager.end(partTop);
        header = [content.continued];
        startPart();
        gap = gapBefore(null, block);
      }
      const y = cursor + gap;
      if (block.kind === 'row') {
        for (const chip of block.chips) pending.push({ x: x + M.padding + chip.offset, y, width: chip.width, chip });
      } else {
        texts.push({ text: block.line.text, role: block.line.role, x: x + M.padding, y, width: block.line.width });
      }
      cursor = y + heightOf(block);
      previous = block;
    }
    endPart();
    return boxes[boxes.length - 1]!.y + boxes[boxes.length - 1]!.height;
  }

  function continuedLine(name: string, inner: number): PlacedLine {
    const suffix = ` ${options.labels.continued}`;
    const room = Math.max(0, inner - measure(suffix, 'name'));
    return { text: `${truncateText(name, room, 'name', measure)}${suffix}`, role: 'name', width: inner };
  }

  function placeUnit(unit: MapUnitInput, x: number, top: number, cardWidth: number, role: 'banner' | 'area' | 'unit'): number {
    const inner = cardWidth - 2 * M.padding;
    const foldable = tree.children.get(unit.id)!.length > 0;
    const isFolded = foldable && folded.has(unit.id);
    const nameWidth = Math.max(M.padding, inner - (foldable ? toggleWidth : 0));
    const name = lines(unit.name, 'name', nameWidth, M.nameMaxLines);
    const hidden = tree.subtree.get(unit.id)!;
    const ownCount = tree.accounts.get(unit.id)?.length ?? 0;
    const content: CardContent = {
      header: [...(name.length > 0 ? name : [{ text: '', role: 'name' as const, width: nameWidth }]), ...lines(unit.detail, 'detail', inner, M.detailMaxLines)],
      continued: continuedLine(unit.name, inner),
      accounts: tree.accounts.get(unit.id) ?? [],
      note: isFolded ? lines(options.labels.folded(hidden.units - 1, hidden.accounts - ownCount), 'note', inner, M.noteMaxLines) : [],
    };
    const depth = tree.depth.get(unit.id)!;
    let first: UnitBox | null = null;
    const bottom = placeCard(
      content,
      x,
      top,
      cardWidth,
      (rect, part, texts) => {
        const box: UnitBox = { type: 'unit', unitId: unit.id, unitKind: unit.kind, depth, banner: role === 'banner', area: role === 'area', part, foldable, folded: isFolded, texts, ...rect };
        first ??= box;
        unitParts.set(unit.id, { first, last: box });
        return box;
      },
      unit.id,
    );
    return bottom;
  }

  /** An area as a column: the area's card, then its sub-units in pre-order, indented by level. */
  function placeBranch(area: MapUnitInput, x: number, top: number, columnWidth: number): number {
    const indentLevels = Math.max(0, Math.floor((columnWidth - M.minCardWidth) / M.indent));
    const indentOf = (level: number) => Math.min(level, indentLevels) * M.indent;
    let cursor = top;
    const stack: [MapUnitInput, number][] = [[area, 0]];
    while (stack.length > 0) {
      const [unit, level] = stack.pop()!;
      cursor = placeUnit(unit, x + indentOf(level), cursor, columnWidth - indentOf(level), level === 0 ? 'area' : 'unit') + M.cardGap;
      const next = visibleChildren(unit.id);
      for (let i = next.length - 1; i >= 0; i--) stack.push([next[i]!, level + 1]);
      for (const child of next) pendingLinks.push([unit.id, child.id]);
    }
    return cursor - M.cardGap;
  }

  let cursor = 0;
  const orphans = tree.accounts.get(null) ?? [];
  if ((options.includeOrphans ?? true) && orphans.length > 0) {
    const inner = width - 2 * M.padding;
    const content: CardContent = {
      header: lines(options.labels.orphans(orphans.length), 'title', inner, M.titleMaxLines),
      continued: { text: truncateText(`${options.labels.orphans(orphans.length)} ${options.labels.continued}`, inner, 'title', measure), role: 'title', width: inner },
      accounts: orphans,
      note: [],
    };
    cursor = placeCard(content, 0, 0, width, (rect, part, texts) => ({ type: 'orphans', part, texts, ...rect }), null) + M.areaGap;
  }

  // The single unit at the top of the tree (and the single one under it, and so on) spans the width.
  let areas = tree.children.get(null)!;
  let banner: MapUnitInput | null = null;
  while (areas.length === 1 && visibleChildren(areas[0]!.id).length > 0) {
    const unit = areas[0]!;
    if (banner) bannerLinks.push([banner.id, unit.id]);
    cursor = placeUnit(unit, 0, cursor, width, 'banner') + M.areaGap;
    banner = unit;
    areas = visibleChildren(unit.id);
  }

  const columns = Math.max(1, Math.min(areas.length, Math.floor((width + M.columnGap) / (M.minColumnWidth + M.columnGap))));
  const columnWidth = Math.floor((width - (columns - 1) * M.columnGap) / columns);
  const bottoms = Array.from({ length: columns }, () => cursor);
  for (const area of areas) {
    const column = bottoms.indexOf(Math.min(...bottoms));
    bottoms[column] = placeBranch(area, column * (columnWidth + M.columnGap), bottoms[column]!, columnWidth) + M.areaGap;
  }

  for (const [parentId, childId] of pendingLinks) {
    const parent = unitParts.get(parentId)!;
    const child = unitParts.get(childId)!.first;
    const elbowX = parent.first.x + M.indent / 2;
    const tickY = child.y + M.padding + MAP_TEXT.name.lineHeight / 2;
    connectors.push({
      parentId,
      childId,
      points: [
        { x: elbowX, y: parent.last.y + parent.last.height },
        { x: elbowX, y: tickY },
        { x: child.x, y: tickY },
      ],
    });
  }

  for (const [parentId, childId] of bannerLinks) {
    const parent = unitParts.get(parentId)!.last;
    const child = unitParts.get(childId)!.first;
    const middle = width / 2;
    connectors.push({ parentId, childId, points: [{ x: middle, y: parent.y + parent.height }, { x: middle, y: child.y }] });
  }

  const height = boxes.reduce((max, box) => Math.max(max, box.y + box.height), 0);
  return { width, height, boxes, chips, connectors, pages: pager.pages(height) };
}
