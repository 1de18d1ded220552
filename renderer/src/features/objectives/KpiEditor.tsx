import { useId, useMemo } from 'react';
import { KPI_METRICS, findMetric, metricDescription, metricName, unitLabel } from '../../../../shared/action/metrics';
import { formatDate, LOCALES } from '../../../../shared/i18n';
import type { CallInput } from '../../../../shared/engine/contract';
import { KPI_FREQUENCIES, type Kpi, type KpiFrequency } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import { PersonPicker } from '../people/PersonPicker';
import type { Say } from './ActionStatus';
import { NumberField } from './NumberField';
import { formatNumberInput, outsidePeriod } from './numbers';
import { ReorderButtons } from './ReorderButtons';
import { recordElementId } from './reveal';

export const CUSTOM_METRIC = 'custom';
const BOUND = 1e12;

/** The catalogue's metrics by name in the user's language, for a <select>. */
export function useMetricOptions(): { value: string; label: string }[] {
  const lang = useApp((state) => state.lang);
  return useMemo(() => {
    const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base' });
    return KPI_METRICS.map((metric) => ({ value: metric.code, label: metricName(lang, metric.code) ?? metric.code })).sort((a, b) => collator.compare(a.label, b.label));
  }, [lang]);
}

/** What a KPI is called: its own name, else its catalogue metric's. */
export function kpiTitle(lang: Parameters<typeof metricName>[0], kpi: Kpi, untitled: string): string {
  return kpi.name.trim() || metricName(lang, kpi.metric) || untitled;
}

interface KpiEditorProps {
  kpi: Kpi;
  /** "2.1": the objective's number and the KPI's. */
  number: string;
  index: number;
  count: number;
  readOnly: boolean;
  say: Say;
}

/** One KPI, every field edited in place (each pause or choice is one undo step). */
export function KpiEditor({ kpi, number, index, count, readOnly, say }: KpiEditorProps) {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const period = useApp((state) => state.action?.period);
  const metricOptions = useMetricOptions();
  const headingId = useId();
  const metricId = useId();
  const frequencyId = useId();
  const title = kpiTitle(lang, kpi, t('actionui.kpis.untitled'));
  const name = t('actionui.kpis.recordName', { number });
  const known = findMetric(kpi.metric);
  const update = (patch: Omit<CallInput<'kpi.update'>, 'id'>) => controller.change('kpi.update', { id: kpi.id, ...patch });

  function changeMetric(metric: string) {
    const next = findMetric(metric);
    const previousUnit = known ? unitLabel(lang, known.unit) : '';
    // The unit and frequency follow the metric unless the planner wrote their own.
    const unitFollows = kpi.unit === '' || kpi.unit === previousUnit;
    void update({
      metric,
      ...(next && unitFollows ? { unit: unitLabel(lang, next.unit) } : {}),
      ...(next && kpi.frequency === null ? { frequency: next.frequency } : {}),
    });
  }

  const summary =
    kpi.baseline !== null && kpi.target !== null
      ? t('actionui.kpis.fromTo', { from: formatNumberInput(lang, kpi.baseline), to: formatNumberInput(lang, kpi.target), unit: kpi.unit })
      : null;
  const missing = [kpi.baseline === null && t('actionui.kpis.noBaseline'), kpi.target === null && t('actionui.kpis.noTarget')].filter((text): text is string => Boolean(text));

  return (
    <article id={recordElementId('kpi', kpi.id)} tabIndex={-1} className="kpi record" aria-labelledby={headingId}>
      <div className="record-head">
        <h4 id={headingId}>
          <span className="record-number">{t('actionui.kpis.heading', { number })}</span> {title}
        </h4>
        {summary && <span className="kpi-summary">{summary}</span>}
        {missing.map((text) => (
          <span key={text} className="flag flag-warn">
            <span aria-hidden="true">⚠ </span>
            {text}
          </span>
        ))}
        <span className="record-tools">
          <ReorderButtons
            name={name}
            index={index}
            count={count}
            disabled={readOnly}
            onMove={async (to) => {
              await controller.change('action.reorder', { list: 'kpi', id: kpi.id, index: to });
              say(t('actionui.reorder.moved', { name: title, position: to + 1, total: count }));
            }}
          />
          <button
            type="button"
            className="secondary danger-text small-button"
            disabled={readOnly}
            onClick={async () => {
              await controller.change('kpi.delete', { id: kpi.id });
              // The call answers nothing either way: a refused delete leaves the KPI in the plan.
              if (useApp.getState().action?.kpis.some((other) => other.id === kpi.id)) return;
              say(t('actionui.kpis.deleted', { name: title }), { undoable: true });
            }}
          >
            {t('actionui.kpis.delete')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </span>
      </div>
      <div className="kpi-grid">
        <div className="field span-2">
          <label htmlFor={metricId}>{t('actionui.kpis.metric')}</label>
          <select id={metricId} value={kpi.metric} disabled={readOnly} aria-describedby={known ? `${metricId}-description` : undefined} onChange={(event) => changeMetric(event.target.value)}>
            {metricOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
            <option value={CUSTOM_METRIC}>{t('actionui.kpis.customMetric')}</option>
            {!known && kpi.metric !== CUSTOM_METRIC && <option value={kpi.metric}>{t('actionui.kpis.unknownMetric', { code: kpi.metric })}</option>}
          </select>
          {known && (
            <p className="hint" id={`${metricId}-description`}>
              {metricDescription(lang, kpi.metric)}
            </p>
          )}
        </div>
        <div className="span-2">
          <CommitField
            label={t('actionui.kpis.name')}
            value={kpi.name}
            maxLength={300}
            disabled={readOnly}
            hint={known ? t('actionui.kpis.nameOptional') : t('actionui.kpis.nameCustom')}
            onCommit={(value) => void update({ name: value })}
          />
        </div>
        <CommitField label={t('actionui.kpis.unit')} value={kpi.unit} maxLength={40} disabled={readOnly} onCommit={(value) => void update({ unit: value })} />
        <NumberField
          label={t('actionui.kpis.baseline')}
          value={kpi.baseline}
          allowNegative
          min={-BOUND}
          max={BOUND}
          suffix={kpi.unit || undefined}
          disabled={readOnly}
          onCommit={(value) => void update({ baseline: value })}
        />
        <NumberField
          label={t('actionui.kpis.target')}
          value={kpi.target}
          allowNegative
          min={-BOUND}
          max={BOUND}
          suffix={kpi.unit || undefined}
          disabled={readOnly}
          onCommit={(value) => void update({ target: value })}
        />
        <div>
          <CommitField label={t('actionui.kpis.deadline')} type="date" value={kpi.deadline ?? ''} disabled={readOnly} onCommit={(value) => void update({ deadline: value || null })} />
          {period && outsidePeriod(kpi.deadline, period) && <OutsidePeriod period={period} />}
        </div>
        <div className="field">
          <label htmlFor={frequencyId}>{t('actionui.kpis.frequency')}</label>
          <select
            id={frequencyId}
            value={kpi.frequency ?? ''}
            disabled={readOnly}
            onChange={(event) => void update({ frequency: event.target.value === '' ? null : (event.target.value as KpiFrequency) })}
          >
            <option value="">{t('actionui.kpis.noFrequency')}</option>
            {KPI_FREQUENCIES.map((frequency) => (
              <option key={frequency} value={frequency}>
                {t(`action.frequencies.${frequency}`)}
              </option>
            ))}
          </select>
        </div>
        <CommitField label={t('actionui.kpis.source')} value={kpi.source} maxLength={300} disabled={readOnly} hint={t('actionui.kpis.sourceHint')} onCommit={(value) => void update({ source: value })} />
        <div className="span-2">
          <PersonPicker label={t('actionui.kpis.owner')} value={kpi.ownerId} disabled={readOnly} onChange={(ownerId) => void update({ ownerId })} />
        </div>
      </div>
    </article>
  );
}

/** A date outside the plan period, said in words next to the field. */
export function OutsidePeriod({ period }: { period: { start: string; end: string } }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  return (
    <p className="flag flag-warn outside-period">
      <span aria-hidden="true">⚠ </span>
      {t('actionui.period.outside', { start: formatDate(lang, period.start), end: formatDate(lang, period.end) })}
    </p>
  );
}
