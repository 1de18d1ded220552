import { dismissNotice, useApp } from './store';
import { useController } from './controller-context';
import { useT } from '../i18n/useT';

/** Messages for the user. Errors are announced at once (role=alert); the rest politely. */
export function Notices() {
  const notices = useApp((state) => state.notices);
  const controller = useController();
  const t = useT();
  return (
    <section className="notices" aria-label={t('ui.app.notices')}>
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <p>{notice.message}</p>
          {notice.action === 'openCopy' && (
            <button type="button" onClick={() => void controller.openAsCopy()}>
              {t('ui.app.openCopy')}
            </button>
          )}
          {notice.action === 'saveAs' && (
            <button type="button" onClick={() => void controller.saveAs()}>
              {t('ui.toolbar.saveAs')}
            </button>
          )}
          <button type="button" className="link" aria-label={t('ui.app.dismiss')} onClick={() => dismissNotice(notice.id)}>
            ×
          </button>
        </div>
      ))}
    </section>
  );
}
