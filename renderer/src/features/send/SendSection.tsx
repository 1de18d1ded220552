import { useT } from '../../i18n/useT';

/** Placeholder until the screen is built. */
export function SendSection() {
  const t = useT();
  return (
    <section aria-labelledby="SendSection-title">
      <h1 id="SendSection-title">{t('sendui.nav')}</h1>
    </section>
  );
}
