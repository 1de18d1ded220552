import { useMemo } from 'react';
import { translatorFor, type Translator } from '../../../shared/i18n';
import { useApp } from '../app/store';

/** The translator for the current UI language; components re-render when it changes. */
export function useT(): Translator {
  const lang = useApp((state) => state.lang);
  return useMemo(() => translatorFor(lang), [lang]);
}
