import { useDroppable } from '@dnd-kit/core';
import { useId, type CSSProperties, type ReactNode, type Ref } from 'react';
import type { ChipBox, MapBox, MapLayout, PlacedText, Rect, UnitBox } from '../../../../shared/inventory-map/layout';
import { MAP_TEXT } from '../../../../shared/inventory-map/text';
import { AccountChip, ChipFace } from './AccountChip';

/** What the screen's map does with a chip or a card; the printed map has none of it. */
export interface CanvasInteraction {
  chipLabel: (accountId: string) => string;
  cardLabel: (box: UnitBox) => string;
  foldLabel: (box: UnitBox) => string;
  roleDescription: string;
  selectedId: string | null;
  readOnly: boolean;
  /** Accounts drawn even out of view: the selected one, the one being dragged, the one about to get focus. */
  pinned: ReadonlySet<string>;
  onSelect: (accountId: string, byKeyboard: boolean) => void;
  onClearSelection: () => void;
  onToggleFold: (unitId: string) => void;
}

/** The drop target id of a unit's card; the tray is TRAY_DROP_ID. */
export const unitDropId = (unitId: string) => `unit:${unitId}`;
export const TRAY_DROP_ID = 'tray';

const intersects = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function textStyle(text: PlacedText, box: Rect): CSSProperties {
  const style = MAP_TEXT[text.role];
  return { left: text.x - box.x, top: text.y - box.y, width: text.width, fontSize: style.size, lineHeight: `${style.lineHeight}px`, fontWeight: style.weight };
}

/** The card's lines where the layout put them: the name as a heading, the rest as paragraphs. */
function BoxTexts({ box, nameId }: { box: MapBox; nameId?: string }) {
  const lines = (roles: PlacedText['role'][]) => box.texts.filter((text) => roles.includes(text.role));
  const spans = (texts: PlacedText[]) =>
    texts.map((text, index) => (
      <span key={index} className="map-text" style={textStyle(text, box)}>
        {text.text}
      </span>
    ));
  const heading = lines(['name', 'title']);
  return (
    <>
      {heading.length > 0 &&
        (box.type === 'unit' ? (
          <h3 id={nameId} className="map-card-name">
            {spans(heading)}
          </h3>
        ) : (
          <h2 id={nameId} className="map-card-name">
            {spans(heading)}
          </h2>
        ))}
      {lines(['detail']).length > 0 && <p className="map-card-detail">{spans(lines(['detail']))}</p>}
      {lines(['note']).length > 0 && <p className="map-card-note">{spans(lines(['note']))}</p>}
    </>
  );
}

function boxStyle(box: Rect, offsetY: number): CSSProperties {
  return { left: box.x, top: box.y - offsetY, width: box.width, height: box.height };
}

function chipStyle(chip: ChipBox, box: Rect): CSSProperties {
  return { left: chip.x - box.x, top: chip.y - box.y, width: chip.width, height: chip.height };
}

function boxClass(box: MapBox): string {
  if (box.type === 'orphans') return 'map-card map-orphans';
  return ['map-card', box.banner ? 'banner' : '', box.area ? 'area' : '', box.part > 0 ? 'continued' : ''].filter(Boolean).join(' ');
}

interface CardProps {
  box: MapBox;
  offsetY: number;
  children: ReactNode;
  labelledBy: string;
  label?: string;
  ref?: Ref<HTMLDivElement>;
  highlighted?: boolean;
}

function CardFrame({ box, offsetY, children, labelledBy, label, ref, highlighted }: CardProps) {
  return (
    <div
      ref={ref}
      className={`${boxClass(box)}${highlighted ? ' drop-over' : ''}`}
      data-kind={box.type === 'unit' ? box.unitKind : undefined}
      data-unit-id={box.type === 'unit' ? box.unitId : undefined}
      role="group"
      aria-labelledby={label ? undefined : labelledBy}
      aria-label={label}
      style={boxStyle(box, offsetY)}
    >
      {children}
    </div>
  );
}

function DroppableCard(props: Omit<CardProps, 'ref' | 'highlighted'> & { box: UnitBox }) {
  const { setNodeRef, isOver } = useDroppable({ id: unitDropId(props.box.unitId), data: { unitId: props.box.unitId } });
  return <CardFrame {...props} ref={setNodeRef} highlighted={isOver} />;
}

interface MapCanvasProps {
  layout: MapLayout;
  /** Only what meets this rectangle is drawn (large maps); null draws everything. */
  view: Rect | null;
  /** Draws the part of the map from this height down (a printed page); boxes starting elsewhere are left out. */
  band?: { top: number; height: number };
  interaction?: CanvasInteraction;
}

/**
 * Draws a layout: connectors behind, then the cards with their chips. On screen the cards are
 * drop targets and the chips draggable; on paper they are plain drawings.
 */
export function MapCanvas({ layout, view, band, interaction }: MapCanvasProps) {
  const idPrefix = useId();
  const offsetY = band?.top ?? 0;
  const height = band?.height ?? layout.height;
  const inBand = (box: Rect) => !band || (box.y >= band.top && box.y < band.top + band.height);
  const shown = (rect: Rect) => view === null || intersects(rect, view);

  const chipsByBox = new Map<number, ChipBox[]>();
  for (const chip of layout.chips) {
    const list = chipsByBox.get(chip.box) ?? [];
    list.push(chip);
    chipsByBox.set(chip.box, list);
  }
  const pinnedBoxes = new Set(layout.chips.filter((chip) => interaction?.pinned.has(chip.accountId)).map((chip) => chip.box));

  return (
    <div className="map-canvas" style={{ width: layout.width, height }}>
      <svg className="map-connectors" width={layout.width} height={height} aria-hidden="true" focusable="false">
        {layout.connectors.map((line) => (
          <polyline key={`${line.parentId}-${line.childId}`} points={line.points.map((point) => `${point.x},${point.y - offsetY}`).join(' ')} />
        ))}
      </svg>
      {layout.boxes.map((box, index) => {
        if (!inBand(box) || (!shown(box) && !pinnedBoxes.has(index))) return null;
        const nameId = `${idPrefix}-${index}`;
        const chips = (chipsByBox.get(index) ?? []).filter((chip) => shown(chip) || interaction?.pinned.has(chip.accountId));
        const content = (
          <>
            <BoxTexts box={box} nameId={nameId} />
            {interaction && box.type === 'unit' && box.foldable && box.part === 0 && (
              <button type="button" className="map-fold" aria-expanded={!box.folded} aria-label={interaction.foldLabel(box)} title={interaction.foldLabel(box)} onClick={() => interaction.onToggleFold(box.unitId)}>
                <span aria-hidden="true">{box.folded ? '▸' : '▾'}</span>
              </button>
            )}
            {chips.map((chip) =>
              interaction ? (
                <AccountChip
                  key={chip.accountId}
                  accountId={chip.accountId}
                  platform={chip.platform}
                  status={chip.status}
                  text={chip.text}
                  flagged={chip.flagged}
                  label={interaction.chipLabel(chip.accountId)}
                  roleDescription={interaction.roleDescription}
                  selected={interaction.selectedId === chip.accountId}
                  readOnly={interaction.readOnly}
                  style={chipStyle(chip, box)}
                  onSelect={interaction.onSelect}
                  onClearSelection={interaction.onClearSelection}
                />
              ) : (
                <ChipFace key={chip.accountId} platform={chip.platform} status={chip.status} text={chip.text} flagged={chip.flagged} style={chipStyle(chip, box)} />
              ),
            )}
          </>
        );
        const key = box.type === 'unit' ? `${box.unitId}:${box.part}` : `orphans:${box.part}`;
        return interaction && box.type === 'unit' ? (
          <DroppableCard key={key} box={box} offsetY={offsetY} labelledBy={nameId} label={interaction.cardLabel(box)}>
            {content}
          </DroppableCard>
        ) : (
          <CardFrame key={key} box={box} offsetY={offsetY} labelledBy={nameId}>
            {content}
          </CardFrame>
        );
      })}
    </div>
  );
}
