import { useT } from '../../i18n/useT';

/** Placeholder until the screen is built. */
export function VersionsSection() {
  const t = useT();
  return (
    <section aria-labelledby="VersionsSection-title">
      <h1 id="VersionsSection-title">{t('approvalui.nav')}</h1>
    </section>
  );
}
