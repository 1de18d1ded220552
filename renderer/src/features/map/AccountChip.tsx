import { useDraggable } from '@dnd-kit/core';
import type { CSSProperties, HTMLAttributes, KeyboardEvent, Ref } from 'react';
import type { AccountStatus, Platform } from '../../../../shared/model/accounts';
import { FindingMarkIcon, PlatformGlyph, StatusMarkIcon } from './glyphs';

interface ChipFaceProps extends HTMLAttributes<HTMLDivElement> {
  platform: Platform;
  status: AccountStatus;
  text: string;
  flagged: boolean;
  ref?: Ref<HTMLDivElement>;
}

/** What an account looks like on the map: badge, handle, status mark, findings mark. */
export function ChipFace({ platform, status, text, flagged, className, ...rest }: ChipFaceProps) {
  return (
    <div className={`map-chip${className ? ` ${className}` : ''}`} data-status={status} {...rest}>
      <PlatformGlyph platform={platform} />
      <span className="map-chip-text">{text}</span>
      <StatusMarkIcon status={status} />
      {flagged && <FindingMarkIcon />}
    </div>
  );
}

/** The draggable id of an account's chip; droppables are units and the tray. */
export const chipDragId = (accountId: string) => `account:${accountId}`;

export interface ChipDragData {
  accountId: string;
}

interface AccountChipProps {
  accountId: string;
  platform: Platform;
  status: AccountStatus;
  text: string;
  flagged: boolean;
  /** Everything a screen reader needs: handle, network, status, findings. */
  label: string;
  roleDescription: string;
  selected: boolean;
  readOnly: boolean;
  style?: CSSProperties;
  onSelect: (accountId: string, byKeyboard: boolean) => void;
  onClearSelection: () => void;
}

/**
 * An account on the map: click or Enter selects it (for "Assign to unit…"), the mouse drags it,
 * Space picks it up for a keyboard drag. Enter is kept for selecting, so that the explicit
 * keyboard way and the drag never fight over the same key.
 */
export function AccountChip({ accountId, platform, status, text, flagged, label, roleDescription, selected, readOnly, style, onSelect, onClearSelection }: AccountChipProps) {
  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({
    id: chipDragId(accountId),
    data: { accountId } satisfies ChipDragData,
    disabled: readOnly,
    attributes: { roleDescription },
  });

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      onSelect(accountId, true);
    } else if (event.key === 'Escape' && selected) {
      event.preventDefault();
      onClearSelection();
    } else {
      listeners?.onKeyDown?.(event);
    }
  }

  return (
    <ChipFace
      ref={setNodeRef}
      platform={platform}
      status={status}
      text={text}
      flagged={flagged}
      {...attributes}
      {...listeners}
      onKeyDown={onKeyDown}
      onClick={() => onSelect(accountId, false)}
      className={[selected ? 'selected' : '', isDragging ? 'dragging' : ''].filter(Boolean).join(' ')}
      aria-pressed={selected}
      aria-label={label}
      title={label}
      data-account-id={accountId}
      style={style}
    />
  );
}
