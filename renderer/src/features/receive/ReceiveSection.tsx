import { useT } from '../../i18n/useT';

/** Placeholder until the screen is built. */
export function ReceiveSection() {
  const t = useT();
  return (
    <section aria-labelledby="ReceiveSection-title">
      <h1 id="ReceiveSection-title">{t('mergeui.nav')}</h1>
    </section>
  );
}
