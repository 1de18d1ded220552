import { useApp } from './store';
import { useController } from './controller-context';
import { useT } from '../i18n/useT';
import { formatDateTime } from '../../../shared/i18n';

/** The truth about saving: "saved" is shown only after the file was written, read back and matched. */
export function SaveStatus() {
  const save = useApp((state) => state.save);
  const lang = useApp((state) => state.lang);
  const controller = useController();
  const t = useT();

  let text: string;
  switch (save.kind) {
    case 'saved':
      text = t('ui.save.savedAt', { time: formatDateTime(lang, save.at).split(' ').pop() ?? '' });
      break;
    case 'pending':
      text = t('ui.save.pending');
      break;
    case 'saving':
      text = t('ui.save.saving');
      break;
    case 'failed':
      text = t('ui.save.failed', { reason: save.error.message });
      break;
    case 'needs-file':
      text = save.reason ? t('ui.save.failed', { reason: save.reason.message }) : t('ui.save.needsFile');
      break;
    case 'read-only':
      text = t('ui.save.readOnlyStatus');
      break;
  }
  const problem = save.kind === 'failed' || save.kind === 'needs-file';
  return (
    <div className={`save-status save-${save.kind}`} data-testid="save-status" data-state={save.kind}>
      <span role="status" aria-live="polite">
        {text}
      </span>
      {problem && (
        <button type="button" onClick={() => void controller.saveAs()}>
          {t('ui.save.chooseLocation')}
        </button>
      )}
    </div>
  );
}
