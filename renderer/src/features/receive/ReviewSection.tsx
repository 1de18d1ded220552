import type { OfferedChange } from '../../../../shared/model/sharing';
import { useT } from '../../i18n/useT';
import { ChangeLine } from './ChangeLine';
import { ChangeList } from './ChangeList';
import { OPEN_UP_TO, broughtCount, changeState, keyOf, nestChanges, type Decisions } from './review';

interface ReviewSectionProps {
  title: string;
  changes: OfferedChange[];
  byKey: ReadonlyMap<string, OfferedChange>;
  decisions: Decisions;
  disabled: boolean;
  onBring: (keys: readonly string[], bring: boolean) => void;
}

/** The changes of one section of the app, each with its own "bring" box, and both answers for the whole section. */
export function ReviewSection({ title, changes, byKey, decisions, disabled, onBring }: ReviewSectionProps) {
  const t = useT();
  const keys = changes.map((change) => change.key);
  return (
    <details className="change-section" open={changes.length <= OPEN_UP_TO}>
      <summary>{t('mergeui.review.sectionSummary', { title, brought: broughtCount(changes, decisions, byKey), total: changes.length })}</summary>
      <div className="button-row section-bulk">
        <button type="button" className="secondary compact" disabled={disabled} aria-label={t('mergeui.review.acceptSection', { section: title })} onClick={() => onBring(keys, true)}>
          {t('mergeui.review.acceptAll')}
        </button>
        <button type="button" className="secondary compact" disabled={disabled} aria-label={t('mergeui.review.rejectSection', { section: title })} onClick={() => onBring(keys, false)}>
          {t('mergeui.review.rejectAll')}
        </button>
      </div>
      <ChangeList
        nodes={nestChanges(changes)}
        render={(change) => <ReviewChange change={change} byKey={byKey} decisions={decisions} disabled={disabled} onBring={onBring} />}
      />
    </details>
  );
}

function ReviewChange({ change, byKey, decisions, disabled, onBring }: { change: OfferedChange } & Omit<ReviewSectionProps, 'title' | 'changes'>) {
  const t = useT();
  const { brought, forced } = changeState(change, decisions, byKey);
  const parent = forced && change.partOf ? byKey.get(keyOf(change.partOf)) : undefined;
  return (
    <div className={brought ? 'review-change' : 'review-change left-out'}>
      <label className="bring">
        <input
          type="checkbox"
          aria-label={t('mergeui.review.bringNamed', { title: change.title })}
          checked={brought}
          disabled={disabled || forced}
          onChange={(event) => onBring([change.key], event.target.checked)}
        />
        <span aria-hidden="true">{t('mergeui.review.bring')}</span>
      </label>
      <div>
        <ChangeLine change={change} />
        {parent && <p className="muted small goes-with">{t('mergeui.change.goesWith', { parent: parent.title })}</p>}
      </div>
    </div>
  );
}
