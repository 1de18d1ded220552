import { useEffect } from 'react';
import { useController } from './controller-context';
import { useApp } from './store';
import { useT } from '../i18n/useT';
import { installShortcuts } from './keyboard';
import { Notices } from './Notices';
import { Welcome } from './Welcome';
import { Workspace } from './Workspace';

export function App() {
  const controller = useController();
  const ready = useApp((state) => state.ready);
  const hasPlan = useApp((state) => state.plan !== null);
  const lang = useApp((state) => state.lang);
  const t = useT();

  useEffect(() => installShortcuts(controller), [controller]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    // Leaving with unsaved edits: start saving and ask; the desktop app then offers to save or discard.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!controller.isPlanDirty()) return;
      void controller.saveNow();
      event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [controller]);

  if (!ready) {
    return (
      <p className="loading" role="status">
        {t('ui.app.loading')}
      </p>
    );
  }
  return (
    <>
      <a href="#content" className="skip-link">
        {t('ui.app.skipToContent')}
      </a>
      <Notices />
      {hasPlan ? <Workspace /> : <Welcome />}
    </>
  );
}
