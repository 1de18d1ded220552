import { useId } from 'react';
import { SMART_PARTS, type SmartPart } from '../../../../shared/action/smart';
import { useT } from '../../i18n/useT';

/**
 * The five SMART parts of one objective, each said in words (present or missing) and marked
 * with a symbol as well as a colour; a missing part says how to complete it.
 */
export function SmartChecklist({ missing, objectiveName }: { missing: readonly SmartPart[]; objectiveName: string }) {
  const t = useT();
  const id = useId();
  const done = SMART_PARTS.length - missing.length;
  const complete = missing.length === 0;
  return (
    <section className={complete ? 'smart smart-complete' : 'smart'} aria-labelledby={id} data-testid="smart">
      <h3 id={id}>
        <span className="visually-hidden">{objectiveName}: </span>
        {complete ? t('actionui.smart.complete') : t('actionui.smart.progress', { done, total: SMART_PARTS.length })}
      </h3>
      <ul className="smart-parts">
        {SMART_PARTS.map((part) => {
          const isMissing = missing.includes(part);
          return (
            <li key={part} className={isMissing ? 'smart-part missing' : 'smart-part present'} data-part={part}>
              <span className="smart-mark" aria-hidden="true">
                {isMissing ? '✗' : '✓'}
              </span>
              <span className="smart-name">{t(`action.smart.${part}`)}</span>
              <span className="smart-state">{isMissing ? t('actionui.smart.missing') : t('actionui.smart.present')}</span>
              {isMissing && <span className="smart-hint">{t(`actionui.smart.hints.${part}`)}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
