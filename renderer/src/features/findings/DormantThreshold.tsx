import { useController } from '../../app/controller-context';
import { pushNotice } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';

const MIN_DAYS = 1;
const MAX_DAYS = 3650;

/** How long without posting makes an account dormant; the findings follow the new value at once. */
export function DormantThreshold({ days, readOnly }: { days: number; readOnly: boolean }) {
  const t = useT();
  const controller = useController();

  function commit(text: string) {
    const value = Number(text.trim().replace(/[.\s]/g, ''));
    if (!Number.isInteger(value) || value < MIN_DAYS || value > MAX_DAYS) {
      pushNotice({ tone: 'error', message: t('accounts.audit.thresholdInvalid') });
      return;
    }
    if (value !== days) void controller.change('audit.updateSettings', { dormantAfterDays: value });
  }

  return (
    <div className="dormant-threshold">
      <CommitField label={t('accounts.audit.threshold')} hint={t('accounts.audit.thresholdHint')} value={String(days)} maxLength={5} disabled={readOnly} onCommit={commit} />
    </div>
  );
}
