import { useT } from '../../i18n/useT';

/** Placeholder until the screen is built. */
export function HistorySection() {
  const t = useT();
  return (
    <section aria-labelledby="HistorySection-title">
      <h1 id="HistorySection-title">{t('historyui.nav')}</h1>
    </section>
  );
}
