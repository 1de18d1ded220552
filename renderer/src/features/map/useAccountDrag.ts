import {
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useRef, useState } from 'react';
import type { Lang } from '../../../../shared/i18n';
import { accountLabel } from '../../../../shared/inventory-map/input';
import type { Account } from '../../../../shared/model/accounts';
import type { OrgUnit } from '../../../../shared/model/units';
import { useT } from '../../i18n/useT';
import type { ChipDragData } from './AccountChip';
import { jumpBetweenDropTargets } from './dnd';
import { TRAY_DROP_ID, unitDropId } from './MapCanvas';

interface AccountDragOptions {
  accounts: ReadonlyMap<string, Account>;
  units: ReadonlyMap<string, OrgUnit>;
  lang: Lang;
  /** An account was dropped on a unit (or, with null, on the tray of accounts without a unit). */
  onDrop: (accountId: string, unitId: string | null) => void;
}

const accountIdOf = (data: unknown) => (data as ChipDragData | undefined)?.accountId;
const unitIdOf = (data: unknown) => (data as { unitId?: string } | undefined)?.unitId;

/**
 * Dragging accounts onto units, with the mouse or the keyboard, and what a screen reader hears
 * on the way, in the user's language.
 */
export function useAccountDrag({ accounts, units, lang, onDrop }: AccountDragOptions) {
  const t = useT();
  const [draggingId, setDraggingId] = useState<string | null>(null);
  // The start already says where the account is: the first "over" its own place is not repeated.
  const origin = useRef<UniqueIdentifier | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: jumpBetweenDropTargets,
      // Enter is the chip's own key (select it for "Assign to unit…"); Space picks it up.
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] },
    }),
  );

  const accountFrom = (data: unknown) => {
    const id = accountIdOf(data);
    return id ? accounts.get(id) : undefined;
  };
  const handle = (account: Account) => accountLabel(account, lang);
  const unitName = (overId: UniqueIdentifier, data: unknown) => (overId === TRAY_DROP_ID ? null : (units.get(unitIdOf(data) ?? '')?.name ?? null));

  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      const account = accountFrom(active.data.current);
      if (!account) return undefined;
      const place = account.unitId ? units.get(account.unitId)?.name : undefined;
      origin.current = place && account.unitId ? unitDropId(account.unitId) : TRAY_DROP_ID;
      return t('map.drag.start', { account: handle(account), place: place ?? t('map.tray.title') });
    },
    onDragOver: ({ over }) => {
      const first = origin.current;
      origin.current = null;
      if (over && over.id === first) return undefined;
      if (!over) return t('map.drag.overNothing');
      const name = unitName(over.id, over.data.current);
      return name ? t('map.drag.overUnit', { unit: name }) : t('map.drag.overTray');
    },
    onDragEnd: ({ active, over }) => {
      const account = accountFrom(active.data.current);
      if (!account || !over) return undefined;
      const name = unitName(over.id, over.data.current);
      return name ? t('map.drag.dropUnit', { account: handle(account), unit: name }) : t('map.drag.dropTray', { account: handle(account) });
    },
    onDragCancel: ({ active }) => {
      const account = accountFrom(active.data.current);
      return account ? t('map.drag.cancel', { account: handle(account) }) : undefined;
    },
  };

  return {
    draggingId,
    sensors,
    accessibility: { announcements, screenReaderInstructions: { draggable: t('map.drag.instructions') } },
    onDragStart: (event: DragStartEvent) => setDraggingId(accountIdOf(event.active.data.current) ?? null),
    onDragCancel: () => setDraggingId(null),
    onDragEnd: (event: DragEndEvent) => {
      setDraggingId(null);
      const accountId = accountIdOf(event.active.data.current);
      if (!accountId || !event.over) return;
      const unitId = event.over.id === TRAY_DROP_ID ? null : (unitIdOf(event.over.data.current) ?? null);
      if (event.over.id !== TRAY_DROP_ID && !unitId) return;
      onDrop(accountId, unitId);
    },
  };
}
