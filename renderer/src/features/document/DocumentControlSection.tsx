import type { DocumentSettings } from '../../../../shared/model/document';
import { translate } from '../../../../shared/i18n';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { UnitSelect } from '../organisation/UnitSelect';
import { ListField } from './ListField';
import { VersionHistory } from './VersionHistory';
import './document.css';

type SettingsPatch = Partial<Omit<DocumentSettings, 'id'>>;

/** The document control ("ficha del documento"): every field one undo step, as in the profile. */
export function DocumentControlSection() {
  const t = useT();
  const controller = useController();
  const document = useApp((state) => state.document);
  const profile = useApp((state) => state.profile);
  const plan = useApp((state) => state.plan);
  if (!document || !profile || !plan) return null;
  const { settings } = document;
  const readOnly = plan.readOnly;
  const update = (patch: SettingsPatch) => void controller.change('document.update', patch);
  // The default is what the document will say, so it is named in the plan's language.
  const defaultType = translate(profile.language, 'document.documentType');

  return (
    <section aria-labelledby="document-control-title" className="section document-control">
      <h1 id="document-control-title">{t('docui.control.title')}</h1>
      <p className="help">{t('docui.control.help')}</p>
      <p className="document-status">
        <span>{t('docui.control.status', { status: t(`common.planStatuses.${plan.meta.status}`), version: plan.meta.versionLabel })}</span>
        <span className="muted">{t('docui.control.fromProfile')}</span>
        <button type="button" className="link" onClick={() => useApp.setState({ section: 'profile' })}>
          {t('docui.control.openProfile')}
        </button>
      </p>
      <div className="form-grid document-control-fields">
        <CommitField
          label={t('docui.control.documentType')}
          hint={t('docui.control.documentTypeHint', { default: defaultType })}
          value={settings.documentType}
          maxLength={300}
          disabled={readOnly}
          onCommit={(documentType) => update({ documentType })}
        />
        <UnitSelect
          label={t('docui.control.owningUnit')}
          hint={t('docui.control.owningUnitHint')}
          noneLabel={t('docui.control.owningUnitNone')}
          value={settings.owningUnitId}
          disabled={readOnly}
          onChange={(owningUnitId) => update({ owningUnitId })}
        />
        <CommitField
          label={t('docui.control.approvedBy')}
          hint={t('docui.control.approvedByHint')}
          value={settings.approvedBy}
          maxLength={300}
          disabled={readOnly}
          onCommit={(approvedBy) => update({ approvedBy })}
        />
        <div className="field-row">
          <CommitField
            label={t('docui.control.approvedOn')}
            type="date"
            value={settings.approvedOn ?? ''}
            disabled={readOnly}
            onCommit={(approvedOn) => update({ approvedOn: approvedOn || null })}
          />
          <CommitField
            label={t('docui.control.approvalReference')}
            hint={t('docui.control.approvalReferenceHint')}
            value={settings.approvalReference}
            maxLength={300}
            disabled={readOnly}
            onCommit={(approvalReference) => update({ approvalReference })}
          />
        </div>
        <div className="field-row">
          <CommitField
            label={t('docui.control.nextReviewOn')}
            hint={t('docui.control.nextReviewHint')}
            type="date"
            value={settings.nextReviewOn ?? ''}
            disabled={readOnly}
            onCommit={(nextReviewOn) => update({ nextReviewOn: nextReviewOn || null })}
          />
          <div />
        </div>
        <ListField
          label={t('docui.control.relatedDocuments')}
          hint={t('docui.control.relatedDocumentsHint')}
          value={settings.relatedDocuments}
          maxLength={5_000}
          disabled={readOnly}
          onCommit={(relatedDocuments) => update({ relatedDocuments })}
        />
        <ListField
          label={t('docui.control.legislation')}
          hint={t('docui.control.legislationHint')}
          value={settings.legislation}
          maxLength={5_000}
          disabled={readOnly}
          onCommit={(legislation) => update({ legislation })}
        />
      </div>
      <VersionHistory versions={document.versions} readOnly={readOnly} />
    </section>
  );
}
