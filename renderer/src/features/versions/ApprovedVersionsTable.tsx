import { formatDate, formatDateTime } from '../../../../shared/i18n';
import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';

interface ApprovedVersionsTableProps {
  versions: readonly SnapshotInfo[];
  /** Why "View" cannot be used now (no plan file to come back to); null when it can. */
  viewBlocked: string | null;
  busy: boolean;
  onView: (version: SnapshotInfo) => void;
  onExport: (version: SnapshotInfo) => void;
}

/** The approved versions, newest first: who approved each, when, under which reference, and when it was frozen. */
export function ApprovedVersionsTable({ versions, viewBlocked, busy, onView, onExport }: ApprovedVersionsTableProps) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  return (
    <div className="table-scroll" role="region" aria-labelledby="approved-versions-caption" tabIndex={0}>
      <table className="approved-versions-table">
        <caption id="approved-versions-caption" className="visually-hidden">
          {t('approvalui.versions.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('approvalui.versions.columns.version')}</th>
            <th scope="col">{t('approvalui.versions.columns.approvedBy')}</th>
            <th scope="col">{t('approvalui.versions.columns.approvedOn')}</th>
            <th scope="col">{t('approvalui.versions.columns.reference')}</th>
            <th scope="col">{t('approvalui.versions.columns.frozen')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('approvalui.versions.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => (
            <tr key={version.id}>
              <th scope="row">{version.label}</th>
              <td>{version.approvedBy}</td>
              <td>{version.approvedOn ? formatDate(lang, version.approvedOn) : ''}</td>
              <td>{version.approvalReference || <span className="muted">{t('approvalui.versions.noReference')}</span>}</td>
              <td>
                {formatDateTime(lang, version.createdAt)}
                {version.createdBy && <span className="muted small frozen-by">{t('approvalui.versions.frozenBy', { author: version.createdBy })}</span>}
              </td>
              <td className="version-actions-cell">
                <div className="button-row">
                  <button
                    type="button"
                    className="secondary compact"
                    disabled={busy || viewBlocked !== null}
                    aria-label={t('approvalui.versions.viewLabel', { label: version.label })}
                    aria-describedby={viewBlocked ? 'view-blocked-reason' : undefined}
                    onClick={() => onView(version)}
                  >
                    {t('approvalui.versions.view')}
                  </button>
                  <button type="button" className="secondary compact" disabled={busy} aria-label={t('approvalui.versions.exportLabel', { label: version.label })} onClick={() => onExport(version)}>
                    {t('approvalui.versions.export')}
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
