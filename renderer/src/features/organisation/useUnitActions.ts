import { useMemo } from 'react';
import type { UnitKind } from '../../../../shared/model/units';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { childrenOf, indexUnits, keyboardPlacement, placementOf, samePlacement, type KeyboardMove, type Placement, type UnitIndex } from './unit-tree';
import { revealUnit, selectUnit, setExpanded } from './view-store';

const CANNOT = {
  up: 'organisation.moved.cannotUp',
  down: 'organisation.moved.cannotDown',
  indent: 'organisation.moved.cannotIndent',
  outdent: 'organisation.moved.cannotOutdent',
} as const;

function currentIndex(): UnitIndex {
  return indexUnits(useApp.getState().inventory?.units ?? []);
}

/**
 * The changes the organisation screen makes, each one engine change (one undo step), each
 * followed by a sentence that says what happened. The engine's refusals are shown by the
 * controller; here they simply leave the tree as it was.
 */
export function useUnitActions(announce: (text: string) => void) {
  const controller = useController();
  const t = useT();

  return useMemo(() => {
    // What a move did, read back from the plan: the controller answers nothing for 'unit.move'.
    function sayWhereItIs(id: string, expected: Placement): boolean {
      const index = currentIndex();
      const unit = index.byId.get(id);
      if (!unit || !samePlacement(placementOf(index, id), expected)) return false;
      const total = childrenOf(index, expected.parentId).length;
      const position = expected.index + 1;
      const parent = expected.parentId === null ? null : index.byId.get(expected.parentId);
      announce(
        parent
          ? t('organisation.moved.inside', { name: unit.name, parent: parent.name, position, total })
          : t('organisation.moved.top', { name: unit.name, position, total }),
      );
      return true;
    }

    async function move(id: string, placement: Placement): Promise<boolean> {
      const before = currentIndex();
      // The destination opens first, so that the unit stays in sight where it lands.
      if (placement.parentId !== null) {
        revealUnit(before, placement.parentId);
        setExpanded([placement.parentId], true);
      }
      await controller.change('unit.move', { id, parentId: placement.parentId, index: placement.index });
      return sayWhereItIs(id, placement);
    }

    async function moveByKey(id: string, direction: KeyboardMove): Promise<boolean> {
      const index = currentIndex();
      const unit = index.byId.get(id);
      if (!unit) return false;
      const placement = keyboardPlacement(index, id, direction);
      if (!placement) {
        announce(t(CANNOT[direction], { name: unit.name }));
        return false;
      }
      return move(id, placement);
    }

    async function create(name: string, kind: UnitKind, parentId: string | null): Promise<boolean> {
      const unit = await controller.change('unit.create', { name, kind, parentId });
      if (!unit) return false;
      const parent = parentId === null ? null : currentIndex().byId.get(parentId);
      if (parentId !== null) setExpanded([parentId], true);
      announce(parent ? t('organisation.create.createdInside', { name: unit.name, parent: parent.name }) : t('organisation.create.createdTop', { name: unit.name }));
      return true;
    }

    async function rename(id: string, name: string): Promise<boolean> {
      const unit = currentIndex().byId.get(id);
      if (!unit || name.trim() === unit.name) return false;
      if (name.trim() === '') {
        announce(t('organisation.tree.nameMissing', { name: unit.name }));
        return false;
      }
      const updated = await controller.change('unit.update', { id, name });
      if (updated) announce(t('organisation.tree.renamed', { name: updated.name }));
      return updated !== undefined;
    }

    async function remove(id: string, moveAccountsTo: string | null): Promise<boolean> {
      const before = currentIndex();
      const unit = before.byId.get(id);
      if (!unit) return false;
      const here = placementOf(before, id);
      await controller.change('unit.delete', { id, moveAccountsTo });
      const after = currentIndex();
      if (after.byId.has(id)) return false;
      // The selection moves to where the unit was: its first sub-unit (now in its place), a sibling or the parent.
      const siblings = childrenOf(after, here.parentId);
      const next = siblings[here.index] ?? siblings[here.index - 1] ?? (here.parentId !== null ? after.byId.get(here.parentId) : undefined);
      selectUnit(next?.id ?? null);
      announce(t('organisation.delete.done', { name: unit.name }));
      return true;
    }

    return { move, moveByKey, create, rename, remove };
  }, [announce, controller, t]);
}

export type UnitActions = ReturnType<typeof useUnitActions>;
