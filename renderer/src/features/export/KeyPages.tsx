import { formatDate, translatorFor, type Lang } from '../../../../shared/i18n';
import type { ControlField } from '../../../../shared/docx/types';
import type { DocumentSetup } from '../../../../shared/model/document';
import type { InstitutionProfile } from '../../../../shared/model/institution';
import type { PlanMeta } from '../../../../shared/model/plan';
import { useT } from '../../i18n/useT';
import { useDataUrl } from '../../ui/useDataUrl';
import { localIsoDate } from '../document/versions';

interface KeyPagesProps {
  lang: Lang;
  draft: boolean;
  profile: InstitutionProfile;
  meta: PlanMeta;
  document: DocumentSetup;
  /** The document control's rows as the document prints them (from the engine's preview). */
  control: readonly ControlField[];
}

/**
 * The cover and the document control as small pages, written in the document's language from
 * the data the screens already hold: enough to check names, dates and the DRAFT marking before
 * producing the file, not a page-exact rendering.
 */
export function KeyPages({ lang, draft, profile, meta, document, control }: KeyPagesProps) {
  const t = useT();
  const doc = translatorFor(lang);
  const logoUrl = useDataUrl(profile.logo);
  const date = (iso: string) => formatDate(lang, iso, 'long');
  const versions = [...document.versions].sort((a, b) => a.position - b.position);

  return (
    <section aria-labelledby="key-pages-title" className="key-pages">
      <h3 id="key-pages-title">{t('docui.export.preview.pages')}</h3>
      <div className="page-row">
        <figure className="page-figure">
          <div className="page-sheet cover-sheet" lang={lang} data-testid="cover-preview">
            {draft && <p className="sheet-draft">{doc('document.draftMark')}</p>}
            {logoUrl && <img className="sheet-logo" src={logoUrl} alt={doc('document.cover.logoAlt', { institution: profile.name })} />}
            <p className="sheet-institution">{profile.name}</p>
            <p className="sheet-title">{profile.planTitle || doc('document.defaultPlanTitle')}</p>
            <p className="sheet-period">{doc('document.cover.period', { period: doc('document.period', { start: date(profile.periodStart), end: date(profile.periodEnd) }) })}</p>
            {draft && <p className="sheet-detail">{doc('document.cover.draftNotice')}</p>}
            <div className="sheet-foot">
              <p>{doc('document.cover.version', { version: meta.versionLabel })}</p>
              <p>{doc('document.cover.date', { date: date(localIsoDate()) })}</p>
              <p>{doc('document.cover.status', { status: doc(`common.planStatuses.${meta.status}`) })}</p>
            </div>
          </div>
          <figcaption>{t('docui.export.preview.cover')}</figcaption>
        </figure>
        <figure className="page-figure">
          <div className="page-sheet control-sheet" lang={lang} data-testid="control-preview">
            {draft && <p className="sheet-draft small-mark">{doc('document.draftMark')}</p>}
            <p className="sheet-heading">{doc('document.control.title')}</p>
            <table className="sheet-table">
              <thead>
                <tr>
                  <th scope="col">{doc('document.fieldColumn')}</th>
                  <th scope="col">{doc('document.valueColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {control.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>
                      {row.items.map((item, index) => (
                        <span key={index} className="sheet-line">
                          {item}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="sheet-subheading">{doc('docui.pages.versionsTitle')}</p>
            {versions.length === 0 ? (
              <p className="sheet-note">{doc('docui.pages.noVersions')}</p>
            ) : (
              <table className="sheet-table">
                <thead>
                  <tr>
                    <th scope="col">{doc('docui.versions.columns.version')}</th>
                    <th scope="col">{doc('docui.versions.columns.issuedOn')}</th>
                    <th scope="col">{doc('docui.versions.columns.author')}</th>
                    <th scope="col">{doc('docui.versions.columns.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {versions.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">{row.version}</th>
                      <td>{formatDate(lang, row.issuedOn)}</td>
                      <td>{row.author}</td>
                      <td>{row.changes}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <figcaption>{t('docui.export.preview.control')}</figcaption>
        </figure>
      </div>
    </section>
  );
}
