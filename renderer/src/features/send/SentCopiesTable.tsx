import { useMemo } from 'react';
import { formatDateTime } from '../../../../shared/i18n';
import type { SnapshotInfo } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import type { SentCopies } from './useSentCopies';

/** The copies already sent: when, by whom, for whom, what they carried and from which working version. */
export function SentCopiesTable({ sent }: { sent: SentCopies }) {
  const t = useT();
  const scopeOf = useScopeLabels();
  return (
    <section aria-labelledby="sent-copies-title" className="sent-copies">
      <h2 id="sent-copies-title">{t('sendui.sent.title')}</h2>
      {sent.kind === 'loading' && <p className="muted">{t('sendui.sent.loading')}</p>}
      {sent.kind === 'failed' && (
        <p role="alert" className="field-problem">
          {sent.message}
        </p>
      )}
      {sent.kind === 'loaded' && sent.copies.length === 0 && <p className="muted">{t('sendui.sent.empty')}</p>}
      {sent.kind === 'loaded' && sent.copies.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="sent-copies-caption" tabIndex={0}>
          <table className="sent-table">
            <caption id="sent-copies-caption" className="visually-hidden">
              {t('sendui.sent.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('sendui.sent.columns.date')}</th>
                <th scope="col">{t('sendui.sent.columns.by')}</th>
                <th scope="col">{t('sendui.sent.columns.recipient')}</th>
                <th scope="col">{t('sendui.sent.columns.scope')}</th>
                <th scope="col">{t('sendui.sent.columns.revision')}</th>
              </tr>
            </thead>
            <tbody>
              {sent.copies.map((copy) => (
                <SentCopyRow key={copy.id} copy={copy} scope={scopeOf(copy.unitId)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function SentCopyRow({ copy, scope }: { copy: SnapshotInfo; scope: string }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  return (
    <tr>
      <th scope="row">
        <time dateTime={copy.createdAt}>{formatDateTime(lang, copy.createdAt)}</time>
      </th>
      <td>{copy.createdBy}</td>
      <td>{copy.label || <span className="muted">{t('sendui.sent.noRecipient')}</span>}</td>
      <td>{scope}</td>
      <td>v{copy.revision}</td>
    </tr>
  );
}

/** "Plan completo", or the package's unit by its current name (the unit may have been deleted since). */
function useScopeLabels(): (unitId: string | null) => string {
  const t = useT();
  const units = useApp((state) => state.inventory?.units);
  const names = useMemo(() => new Map((units ?? []).map((unit) => [unit.id, unit.name])), [units]);
  return (unitId) => (unitId === null ? t('sendui.sent.wholePlan') : t('sendui.sent.package', { unit: names.get(unitId) ?? t('sendui.sent.unitDeleted') }));
}
