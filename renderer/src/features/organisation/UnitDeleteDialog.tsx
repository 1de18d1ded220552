import { useState } from 'react';
import type { UnitCount } from '../../../../shared/audit/summary';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { UnitSelect } from './UnitSelect';
import { childrenOf, parentOf, type UnitIndex } from './unit-tree';

interface UnitDeleteDialogProps {
  unitId: string;
  index: UnitIndex;
  count: UnitCount | undefined;
  peopleInUnit: number;
  onConfirm: (moveAccountsTo: string | null) => void;
  onCancel: () => void;
}

/**
 * Says what deleting a unit does before it happens: how many accounts, people and sub-units
 * it has, that the sub-units move up, and where its accounts and people go (the user chooses;
 * its parent unless they say otherwise).
 */
export function UnitDeleteDialog({ unitId, index, count, peopleInUnit, onConfirm, onCancel }: UnitDeleteDialogProps) {
  const t = useT();
  const unit = index.byId.get(unitId);
  const parentId = parentOf(index, unitId);
  const [destination, setDestination] = useState<string | null>(parentId);
  if (!unit) return null;
  const parent = parentId === null ? undefined : index.byId.get(parentId);
  const accounts = count?.own ?? 0;
  const subunits = childrenOf(index, unitId).length;
  const somethingToMove = accounts + peopleInUnit > 0;

  return (
    <ConfirmDialog
      title={t('organisation.delete.title', { name: unit.name })}
      confirmLabel={t('organisation.delete.confirm')}
      cancelLabel={t('organisation.delete.cancel')}
      onConfirm={() => onConfirm(destination)}
      onCancel={onCancel}
    >
      <p>
        {t('organisation.delete.contents', {
          accounts: t('organisation.delete.accounts', { count: accounts }),
          people: t('organisation.delete.people', { count: peopleInUnit }),
          subunits: t('organisation.delete.subunits', { count: subunits }),
        })}
      </p>
      {subunits > 0 && (
        <p>{parent ? t('organisation.delete.subunitsToParent', { parent: parent.name }) : t('organisation.delete.subunitsToTop')}</p>
      )}
      {somethingToMove ? (
        <UnitSelect
          label={t('organisation.delete.destination')}
          value={destination}
          noneLabel={t('organisation.delete.noUnit')}
          exclude={new Set([unitId])}
          notes={parentId === null ? undefined : new Map([[parentId, t('organisation.delete.destinationParent')]])}
          onChange={setDestination}
        />
      ) : (
        <p>{t('organisation.delete.nothingToMove')}</p>
      )}
      <p className="muted small">{t('organisation.delete.undoHint')}</p>
    </ConfirmDialog>
  );
}
