import { useState, type FormEvent } from 'react';
import { INSTITUTION_TYPES, type InstitutionType } from '../../../shared/model/institution';
import { formatDateTime, type Lang } from '../../../shared/i18n';
import { useController } from './controller-context';
import { useApp } from './store';
import { useT } from '../i18n/useT';
import { LanguageSwitch } from './LanguageSwitch';
import { SelectField } from '../ui/SelectField';
import { PlanLanguageField } from '../ui/PlanLanguageField';

/** The first screen: create a plan, open one, pick a recent one, or recover unsaved work. */
export function Welcome() {
  const t = useT();
  const controller = useController();
  const { recent, recovery, lang, busy } = useApp();

  return (
    <main id="content" className="welcome">
      <header className="welcome-header">
        <div>
          <h1>{t('ui.welcome.title')}</h1>
          <p className="tagline">{t('ui.welcome.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      {controller.host.kind === 'browser' && <p className="edition-note">{t('ui.app.browserEdition')}</p>}

      {recovery.length > 0 && (
        <section className="card recovery" aria-labelledby="recovery-title">
          <h2 id="recovery-title">{t('ui.welcome.recoveryTitle')}</h2>
          <p>{t('ui.welcome.recoveryHint')}</p>
          <ul>
            {recovery.map((entry) => (
              <li key={entry.id}>
                <span>{t('ui.welcome.recoveryItem', { name: entry.name, time: formatDateTime(lang, entry.savedAt) })}</span>
                <button type="button" disabled={busy} onClick={() => void controller.restoreRecovery(entry.id)}>
                  {t('ui.welcome.restore')}
                </button>
                <button type="button" className="secondary" disabled={busy} onClick={() => void controller.discardRecovery(entry.id)}>
                  {t('ui.welcome.discard')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <div className="welcome-grid">
        <NewPlanForm />
        <section className="card" aria-labelledby="open-title">
          <h2 id="open-title">{t('ui.welcome.openTitle')}</h2>
          <div className="button-row">
            <button type="button" disabled={busy} onClick={() => void controller.openFromDialog()}>
              {t('ui.welcome.openFile')}
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => void controller.openSample()}>
              {t('ui.welcome.openSample')}
            </button>
          </div>
          <h3>{t('ui.welcome.recent')}</h3>
          {recent.length === 0 ? (
            <p className="muted">{t('ui.welcome.noRecent')}</p>
          ) : (
            <ul className="recent-list">
              {recent.map((file) => (
                <li key={file.handle}>
                  <button type="button" className="link" disabled={busy} onClick={() => void controller.openRecent(file.handle)}>
                    {file.name}
                  </button>
                  <span className="muted">
                    {file.where ? `${file.where} · ` : ''}
                    {formatDateTime(lang, file.openedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
}

function NewPlanForm() {
  const t = useT();
  const controller = useController();
  const uiLang = useApp((state) => state.lang);
  const busy = useApp((state) => state.busy);
  const year = new Date().getFullYear();
  const [name, setName] = useState('');
  const [type, setType] = useState<InstitutionType>('town_council');
  const [title, setTitle] = useState('');
  const [periodStart, setPeriodStart] = useState(`${year}-01-01`);
  const [periodEnd, setPeriodEnd] = useState(`${year + 1}-12-31`);
  const [language, setLanguage] = useState<Lang>(uiLang);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      setProblem(t('ui.welcome.nameRequired'));
      return;
    }
    if (periodStart && periodEnd && periodStart > periodEnd) {
      setProblem(t('ui.profile.periodOrder'));
      return;
    }
    setProblem(null);
    await controller.createPlan({
      institutionName: name,
      institutionType: type,
      planTitle: title.trim() || undefined,
      periodStart: periodStart || undefined,
      periodEnd: periodEnd || undefined,
      language,
    });
  }

  return (
    <section className="card" aria-labelledby="new-title">
      <h2 id="new-title">{t('ui.welcome.newPlan')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className="field">
          <label htmlFor="new-name">{t('ui.welcome.institutionName')}</label>
          <input
            id="new-name"
            value={name}
            required
            maxLength={300}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'new-problem' : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <SelectField
          label={t('ui.welcome.institutionType')}
          value={type}
          options={INSTITUTION_TYPES.map((code) => ({ value: code, label: t(`common.institutionTypes.${code}`) }))}
          onChange={setType}
        />
        <div className="field">
          <label htmlFor="new-title">{t('ui.welcome.planTitle')}</label>
          <input id="new-title" value={title} maxLength={300} placeholder={t('ui.welcome.planTitlePlaceholder')} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="new-start">{t('ui.welcome.periodStart')}</label>
            <input id="new-start" type="date" value={periodStart} onChange={(event) => setPeriodStart(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="new-end">{t('ui.welcome.periodEnd')}</label>
            <input id="new-end" type="date" value={periodEnd} onChange={(event) => setPeriodEnd(event.target.value)} />
          </div>
        </div>
        <PlanLanguageField label={t('ui.welcome.planLanguage')} value={language} onChange={setLanguage} />
        {problem && (
          <p id="new-problem" className="field-problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {t('ui.welcome.create')}
        </button>
      </form>
    </section>
  );
}
