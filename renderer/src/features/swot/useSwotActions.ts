import { useMemo } from 'react';
import type { CallInput } from '../../../../shared/engine/contract';
import type { SwotItem, SwotQuadrant } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { recordElementId } from '../traceability/go-to-record';
import { columnsOf } from './board-order';
import { focusSoon, shortText } from './focus-soon';

export interface SwotActions {
  create: (input: CallInput<'swot.create'>) => Promise<SwotItem | undefined>;
  fromFinding: (code: string) => Promise<SwotItem | undefined>;
  update: (id: string, fields: Omit<CallInput<'swot.update'>, 'id'>) => void;
  /** Moves an item; `focusTool` names the card control that gets the focus back afterwards. */
  move: (item: SwotItem, quadrant: SwotQuadrant, index: number, focusTool?: string) => Promise<boolean>;
  remove: (item: SwotItem) => Promise<boolean>;
}

/** Every change the board makes, each one undo step, each one said aloud when it is done. */
export function useSwotActions(announce: (message: string) => void, onDeleted?: (item: SwotItem) => void): SwotActions {
  const controller = useController();
  const t = useT();

  return useMemo(() => {
    const quadrantName = (quadrant: SwotQuadrant) => t(`action.quadrantsPlural.${quadrant}`);
    const currentItems = () => useApp.getState().action?.swot ?? [];

    return {
      async create(input) {
        const item = await controller.change('swot.create', input);
        if (item) announce(t('diagnosis.swot.added', { quadrant: quadrantName(item.quadrant), text: shortText(item.text) }));
        return item;
      },
      async fromFinding(code) {
        const item = await controller.change('swot.fromFinding', { code });
        if (item) announce(t('diagnosis.swot.added', { quadrant: quadrantName(item.quadrant), text: shortText(item.text) }));
        return item;
      },
      update(id, fields) {
        void controller.change('swot.update', { id, ...fields });
      },
      async move(item, quadrant, index, focusTool) {
        await controller.change('swot.move', { id: item.id, quadrant, index });
        // 'swot.move' answers nothing: whether it happened is read from the refreshed plan.
        const column = columnsOf(currentItems())[quadrant];
        const position = column.indexOf(item.id);
        if (position < 0) return false;
        announce(t('diagnosis.swot.moved', { text: shortText(item.text, 60), quadrant: quadrantName(quadrant), position: position + 1, count: column.length }));
        if (focusTool) {
          focusSoon(() => {
            const card = document.getElementById(recordElementId('swot', item.id));
            const tool = card?.querySelector<HTMLButtonElement>(`[data-tool="${focusTool}"]`);
            return tool && !tool.disabled ? tool : card?.querySelector<HTMLElement>('[data-tool="moveTo"]');
          });
        }
        return true;
      },
      async remove(item) {
        const column = columnsOf(currentItems())[item.quadrant];
        const position = column.indexOf(item.id);
        await controller.change('swot.delete', { id: item.id });
        if (currentItems().some((other) => other.id === item.id)) return false;
        announce(t('diagnosis.swot.deleted', { text: shortText(item.text, 60) }));
        onDeleted?.(item);
        // The focus goes to the card that took its place, or to the quadrant's own field.
        const neighbour = column.filter((id) => id !== item.id)[Math.min(position, column.length - 2)];
        focusSoon(() =>
          neighbour
            ? document.getElementById(recordElementId('swot', neighbour))?.querySelector<HTMLElement>('[data-tool="moveTo"]')
            : document.getElementById(`swot-new-${item.quadrant}`),
        );
        return true;
      },
    } satisfies SwotActions;
  }, [announce, controller, onDeleted, t]);
}
