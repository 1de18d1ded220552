import { useId } from 'react';
import type { OfferedConflict } from '../../../../shared/model/sharing';
import { useT } from '../../i18n/useT';
import type { Side } from './review';

/** One thing both sides changed: the sentence, each value (before, here, in the copy) and the two ways to settle it. */
export function ConflictChoice({ conflict, chosen, disabled, onChoose }: { conflict: OfferedConflict; chosen: Side; disabled: boolean; onChoose: (side: Side) => void }) {
  const t = useT();
  const name = useId();
  return (
    <fieldset className="conflict" data-conflict-id={conflict.id}>
      <legend>{conflict.text}</legend>
      {conflict.fields.length > 0 && (
        <table className="conflict-fields">
          <thead>
            <tr>
              <th scope="col">{t('mergeui.review.columns.field')}</th>
              <th scope="col">{t('mergeui.review.columns.base')}</th>
              <th scope="col">{t('mergeui.review.columns.mine')}</th>
              <th scope="col">{t('mergeui.review.columns.theirs')}</th>
            </tr>
          </thead>
          <tbody>
            {conflict.fields.map((field) => (
              <tr key={field.label}>
                <th scope="row">{field.label}</th>
                <td className="muted">{field.base}</td>
                <td className={chosen === 'mine' ? 'chosen' : undefined}>{field.mine}</td>
                <td className={chosen === 'theirs' ? 'chosen' : undefined}>{field.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="conflict-choices">
        {(['mine', 'theirs'] as const).map((side) => (
          <label key={side} className={chosen === side ? 'choice chosen' : 'choice'}>
            <input type="radio" name={name} value={side} checked={chosen === side} disabled={disabled} onChange={() => onChoose(side)} />
            <span>{conflict.choices[side]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
