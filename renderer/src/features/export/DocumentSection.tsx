import { useState } from 'react';
import type { Lang } from '../../../../shared/i18n';
import { PlanLanguageField } from '../../ui/PlanLanguageField';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';

/** Export of the formal Word document. */
export function DocumentSection() {
  const t = useT();
  const controller = useController();
  const profile = useApp((state) => state.profile);
  const busy = useApp((state) => state.busy);
  const [lang, setLang] = useState<Lang>(profile?.language ?? 'es');
  const [written, setWritten] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  if (!profile) return null;

  async function exportNow() {
    setWorking(true);
    setWritten(null);
    try {
      setWritten(await controller.exportDocument(lang));
    } finally {
      setWorking(false);
    }
  }

  return (
    <section aria-labelledby="document-title" className="section">
      <h1 id="document-title">{t('ui.document.title')}</h1>
      <p className="help">{t('ui.document.help')}</p>
      <PlanLanguageField label={t('ui.document.language')} value={lang} onChange={setLang} />
      <button type="button" disabled={busy || working} onClick={() => void exportNow()}>
        {t('ui.document.export')}
      </button>
      <p role="status" aria-live="polite" className="muted">
        {working ? t('ui.document.exporting') : written ? t('ui.document.exported', { name: written }) : ''}
      </p>
    </section>
  );
}
