import type { Person } from '../../../../shared/model/people';
import { useT } from '../../i18n/useT';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { accountLabel } from './account-label';
import type { PersonUsage } from './person-usage';

const LISTED = 8;

interface PersonDeleteDialogProps {
  person: Person;
  usage: PersonUsage | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says where the person is named before deleting them: those places will be left with nobody. */
export function PersonDeleteDialog({ person, usage, onConfirm, onCancel }: PersonDeleteDialogProps) {
  const t = useT();
  const places = usage
    ? [
        ...usage.unitsResponsible.map((unit) => t('organisation.people.delete.responsibleOf', { name: unit.name })),
        ...usage.accountsRun.map((account) => t('organisation.people.delete.runs', { account: accountLabel(t, account) })),
        ...usage.accountsHolding.map((account) => t('organisation.people.delete.holds', { account: accountLabel(t, account) })),
      ]
    : [];
  return (
    <ConfirmDialog
      title={t('organisation.people.delete.title', { name: person.name })}
      confirmLabel={t('organisation.people.delete.confirm')}
      cancelLabel={t('organisation.people.delete.cancel')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      {places.length === 0 ? (
        <p>{t('organisation.people.delete.unreferenced')}</p>
      ) : (
        <>
          <p>{t('organisation.people.delete.referenced')}</p>
          <ul>
            {places.slice(0, LISTED).map((place, at) => (
              <li key={at}>{place}</li>
            ))}
            {places.length > LISTED && <li>{t('organisation.people.delete.more', { count: places.length - LISTED })}</li>}
          </ul>
        </>
      )}
      <p className="muted small">{t('organisation.people.delete.undoHint')}</p>
    </ConfirmDialog>
  );
}
