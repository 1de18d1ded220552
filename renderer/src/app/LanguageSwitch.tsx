import { useId } from 'react';
import { LANGUAGES, type Lang } from '../../../shared/i18n';
import { useController } from './controller-context';
import { useApp } from './store';
import { useT } from '../i18n/useT';

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
const OWN_NAMES: Record<Lang, string> = { es: 'Español', en: 'English' };

export function LanguageSwitch() {
  const lang = useApp((state) => state.lang);
  const controller = useController();
  const t = useT();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('ui.app.language')}</label>
      <select id={id} value={lang} onChange={(event) => void controller.setLanguage(event.target.value as Lang)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code} lang={code}>
            {OWN_NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
