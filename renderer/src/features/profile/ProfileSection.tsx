import { useId } from 'react';
import { INSTITUTION_TYPES, LOGO_MAX_BYTES, sniffLogoMime, type InstitutionPatch } from '../../../../shared/model/institution';
import { RumboError, formatBytes } from '../../../../shared/errors';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { SelectField } from '../../ui/SelectField';
import { PlanLanguageField } from '../../ui/PlanLanguageField';
import { useDataUrl } from '../../ui/useDataUrl';

/** The institution profile: what the cover, the document control and the page headers show. */
export function ProfileSection() {
  const t = useT();
  const controller = useController();
  const profile = useApp((state) => state.profile);
  const plan = useApp((state) => state.plan);
  const logoInputId = useId();
  const logoUrl = useDataUrl(profile?.logo ?? null);
  if (!profile || !plan) return null;
  const readOnly = plan.readOnly;
  const update = (patch: InstitutionPatch) => void controller.change('institution.update', patch);

  async function chooseLogo(file: File | undefined) {
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) {
      controller.report(new RumboError('LOGO_INVALID', { max: formatBytes(LOGO_MAX_BYTES) }));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mime = sniffLogoMime(bytes);
    if (!mime) {
      controller.report(new RumboError('LOGO_INVALID', { max: formatBytes(LOGO_MAX_BYTES) }));
      return;
    }
    update({ logo: { mime, bytes } });
  }

  return (
    <section aria-labelledby="profile-title" className="section">
      <h1 id="profile-title">{t('ui.profile.title')}</h1>
      <p className="help">{t('ui.profile.help')}</p>
      <div className="form-grid">
        <CommitField label={t('ui.profile.name')} value={profile.name} required maxLength={300} disabled={readOnly} onCommit={(name) => update({ name })} />
        <SelectField
          label={t('ui.profile.type')}
          value={profile.type}
          disabled={readOnly}
          options={INSTITUTION_TYPES.map((code) => ({ value: code, label: t(`common.institutionTypes.${code}`) }))}
          onChange={(type) => update({ type })}
        />
        <CommitField label={t('ui.profile.planTitle')} value={profile.planTitle} maxLength={300} disabled={readOnly} onCommit={(planTitle) => update({ planTitle })} />
        <div className="field-row">
          <CommitField label={t('ui.profile.periodStart')} type="date" value={profile.periodStart} disabled={readOnly} onCommit={(periodStart) => periodStart && update({ periodStart })} />
          <CommitField label={t('ui.profile.periodEnd')} type="date" value={profile.periodEnd} disabled={readOnly} onCommit={(periodEnd) => periodEnd && update({ periodEnd })} />
        </div>
        <CommitField
          label={t('ui.profile.authors')}
          multiline
          value={profile.authors.join('\n')}
          disabled={readOnly}
          onCommit={(text) => update({ authors: text.split('\n') })}
        />
        <CommitField label={t('ui.profile.contact')} hint={t('ui.profile.contactHint')} value={profile.contact} maxLength={500} disabled={readOnly} onCommit={(contact) => update({ contact })} />
        <PlanLanguageField label={t('ui.profile.language')} value={profile.language} disabled={readOnly} onChange={(language) => update({ language })} />
        <fieldset className="field logo-field" disabled={readOnly}>
          <legend>{t('ui.profile.logo')}</legend>
          <div className="logo-preview">
            {logoUrl ? <img src={logoUrl} alt={t('ui.profile.logoAlt', { name: profile.name })} /> : <span className="muted">{t('ui.profile.noLogo')}</span>}
          </div>
          <p className="hint" id={`${logoInputId}-hint`}>
            {t('ui.profile.logoHint')}
          </p>
          <div className="button-row">
            <label className="button secondary" htmlFor={logoInputId}>
              {t('ui.profile.logoChoose')}
            </label>
            <input
              id={logoInputId}
              className="visually-hidden"
              type="file"
              accept="image/png,image/jpeg"
              aria-describedby={`${logoInputId}-hint`}
              onChange={(event) => {
                void chooseLogo(event.target.files?.[0]);
                event.target.value = '';
              }}
            />
            {profile.logo && (
              <button type="button" className="secondary" onClick={() => update({ logo: null })}>
                {t('ui.profile.logoRemove')}
              </button>
            )}
          </div>
        </fieldset>
      </div>
      <p className="muted small">{t('ui.profile.revision', { revision: plan.meta.revision, format: plan.meta.formatVersion })}</p>
    </section>
  );
}
