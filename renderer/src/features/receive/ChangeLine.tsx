import type { DescribedChange } from '../../../../shared/merge/describe';
import { useT } from '../../i18n/useT';

/** One change in words: its kind (a word, not only a colour), which record, who and when, and each field before → after. */
export function ChangeLine({ change }: { change: DescribedChange }) {
  const t = useT();
  return (
    <div className="change-line">
      <p className="change-head">
        <span className={`kind-badge kind-${change.kind}`}>{t(`mergeui.kinds.${change.kind}`)}</span> <span className="change-title">{change.title}</span>
        {change.by && <span className="change-meta">{change.at ? t('mergeui.change.byAt', { by: change.by, at: change.at }) : t('mergeui.change.by', { by: change.by })}</span>}
      </p>
      {change.fields.length > 0 && (
        <ul className="change-fields" aria-label={t('mergeui.change.fieldsLabel')}>
          {change.fields.map((field) => (
            <li key={field.column}>
              <span className="field-name">{field.label}:</span> <span className="before">{field.beforeText}</span> <span aria-hidden="true">→</span>{' '}
              <span className="visually-hidden">{t('mergeui.change.becomes')} </span>
              <span className="after">{field.afterText}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
