import { memo, useEffect, useRef, useState } from 'react';
import type { DocumentVersion } from '../../../../shared/model/document';
import { translate } from '../../../../shared/i18n';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { localIsoDate, suggestNextVersion } from './versions';

type VersionPatch = Partial<Omit<DocumentVersion, 'id' | 'position'>> & { id: string };

/**
 * The document's version history as a table of fields: each cell commits on pause, Enter or
 * leaving (one undo step); a new row arrives filled with a likely number and today's date and
 * takes the focus; removing asks first.
 */
export function VersionHistory({ versions, readOnly }: { versions: readonly DocumentVersion[]; readOnly: boolean }) {
  const t = useT();
  const controller = useController();
  const plan = useApp((state) => state.plan);
  const profile = useApp((state) => state.profile);
  const [removing, setRemoving] = useState<DocumentVersion | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const rows = [...versions].sort((a, b) => a.position - b.position);

  useEffect(() => {
    if (!focusId) return;
    const input = tableRef.current?.querySelector<HTMLInputElement>(`tr[data-version-id="${focusId}"] input`);
    if (!input) return;
    input.focus();
    input.select();
    setFocusId(null);
  }, [focusId, versions]);

  if (!plan || !profile) return null;

  async function addVersion() {
    if (!plan || !profile) return;
    const version = suggestNextVersion(rows, plan.meta.versionLabel);
    const created = await controller.change('documentVersion.create', {
      version,
      issuedOn: localIsoDate(),
      author: profile.authors[0] ?? '',
      // Written into the document, so in the plan's language rather than the screen's.
      changes: rows.length === 0 ? translate(profile.language, 'docui.versions.firstChanges') : '',
    });
    if (!created) return;
    setAnnouncement(t('docui.versions.added', { version: created.version }));
    setFocusId(created.id);
  }

  function update(patch: VersionPatch, label: string) {
    if (patch.version !== undefined && !patch.version.trim()) return setProblem(t('docui.versions.versionMissing'));
    if (patch.issuedOn !== undefined && !patch.issuedOn) return setProblem(t('docui.versions.dateMissing', { version: label }));
    setProblem(null);
    void controller.change('documentVersion.update', patch);
  }

  return (
    <section aria-labelledby="versions-title" className="version-history">
      <h2 id="versions-title">{t('docui.versions.title')}</h2>
      <p className="help">{t('docui.versions.help')}</p>
      {rows.length === 0 ? (
        <p className="muted">{t('docui.versions.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="versions-caption" tabIndex={0}>
          <table ref={tableRef} className="versions-table">
            <caption id="versions-caption" className="visually-hidden">
              {t('docui.versions.caption')}
            </caption>
            <colgroup>
              <col className="col-version" />
              <col className="col-date" />
              <col className="col-author" />
              <col className="col-changes" />
              <col className="col-action" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('docui.versions.columns.version')}</th>
                <th scope="col">{t('docui.versions.columns.issuedOn')}</th>
                <th scope="col">{t('docui.versions.columns.author')}</th>
                <th scope="col">{t('docui.versions.columns.changes')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('docui.versions.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <VersionRow key={row.id} row={row} readOnly={readOnly} onUpdate={update} onRemove={setRemoving} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row version-actions">
        <button type="button" disabled={readOnly} onClick={() => void addVersion()}>
          + {t('docui.versions.add')}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {removing && (
        <ConfirmDialog
          title={t('docui.versions.removeTitle', { version: removing.version })}
          confirmLabel={t('docui.versions.removeConfirm')}
          cancelLabel={t('docui.versions.cancel')}
          onConfirm={() => {
            const { id } = removing;
            setRemoving(null);
            void controller.change('documentVersion.delete', { id });
          }}
          onCancel={() => setRemoving(null)}
        >
          <p>{t('docui.versions.removeBody')}</p>
          <p className="muted small">{t('docui.versions.undoHint')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface VersionRowProps {
  row: DocumentVersion;
  readOnly: boolean;
  onUpdate: (patch: VersionPatch, label: string) => void;
  onRemove: (row: DocumentVersion) => void;
}

const VersionRow = memo(function VersionRow({ row, readOnly, onUpdate, onRemove }: VersionRowProps) {
  const t = useT();
  const { id, version } = row;
  return (
    <tr data-version-id={id}>
      <th scope="row" className="cell-field">
        <CommitField label={t('docui.versions.cell.version', { version })} value={version} required maxLength={60} disabled={readOnly} onCommit={(next) => onUpdate({ id, version: next }, version)} />
      </th>
      <td className="cell-field">
        <CommitField label={t('docui.versions.cell.issuedOn', { version })} type="date" required value={row.issuedOn} disabled={readOnly} onCommit={(issuedOn) => onUpdate({ id, issuedOn }, version)} />
      </td>
      <td className="cell-field">
        <CommitField label={t('docui.versions.cell.author', { version })} value={row.author} maxLength={300} disabled={readOnly} onCommit={(author) => onUpdate({ id, author }, version)} />
      </td>
      <td className="cell-field">
        <CommitField label={t('docui.versions.cell.changes', { version })} value={row.changes} maxLength={2_000} disabled={readOnly} onCommit={(changes) => onUpdate({ id, changes }, version)} />
      </td>
      <td>
        <button type="button" className="danger-outline compact" disabled={readOnly} aria-label={t('docui.versions.removeLabel', { version })} onClick={() => onRemove(row)}>
          {t('docui.versions.remove')}
        </button>
      </td>
    </tr>
  );
});
