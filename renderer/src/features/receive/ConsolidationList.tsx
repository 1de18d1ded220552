import { formatDateTime } from '../../../../shared/i18n';
import { useApp } from '../../app/store';
import { useEngineQuery } from '../../app/useEngineQuery';
import { useT } from '../../i18n/useT';
import { countsList } from './texts';

/**
 * The copies already merged into the plan, from its own history: read again whenever the plan
 * changes, so a merge, its undo and its redo show at once.
 */
export function ConsolidationList() {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const revision = useApp((state) => state.plan?.meta.revision ?? -1);
  const { value: records, error } = useEngineQuery('history.merges', undefined, String(revision));
  const failed = error !== null;

  return (
    <section aria-labelledby="consolidation-title" className="receive-panel consolidation">
      <h2 id="consolidation-title">{t('mergeui.consolidation.title')}</h2>
      <p className="help">{t('mergeui.consolidation.help')}</p>
      {failed && <p role="alert">{t('mergeui.consolidation.failed')}</p>}
      {records && records.length === 0 && <p className="muted">{t('mergeui.consolidation.empty')}</p>}
      {records && records.length > 0 && (
        <div className="table-scroll" role="region" aria-labelledby="consolidation-caption" tabIndex={0}>
          <table className="consolidation-table">
            <caption id="consolidation-caption" className="visually-hidden">
              {t('mergeui.consolidation.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('mergeui.consolidation.columns.at')}</th>
                <th scope="col">{t('mergeui.consolidation.columns.via')}</th>
                <th scope="col">{t('mergeui.consolidation.columns.editors')}</th>
                <th scope="col">{t('mergeui.consolidation.columns.author')}</th>
                <th scope="col">{t('mergeui.consolidation.columns.counts')}</th>
              </tr>
            </thead>
            <tbody>
              {records.map((record) => (
                <tr key={`${record.at}|${record.via}`}>
                  <td>{formatDateTime(lang, record.at)}</td>
                  <th scope="row">{record.via}</th>
                  <td>{record.editors.length > 0 ? record.editors.join(', ') : t('mergeui.consolidation.noEditors')}</td>
                  <td>{record.author}</td>
                  <td>{countsList(t, lang, record)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
