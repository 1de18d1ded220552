import { useId, useState } from 'react';
import { findMetric, unitLabel } from '../../../../shared/action/metrics';
import type { Kpi } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import type { Say } from './ActionStatus';
import { CUSTOM_METRIC, KpiEditor, kpiTitle, useMetricOptions } from './KpiEditor';
import { focusRecord, recordElementId } from './reveal';

interface KpiListProps {
  objectiveId: string;
  objectiveNumber: number;
  kpis: readonly Kpi[];
  readOnly: boolean;
  say: Say;
}

/** The KPIs that measure one objective, and the way to add one (from the catalogue or custom). */
export function KpiList({ objectiveId, objectiveNumber, kpis, readOnly, say }: KpiListProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="kpis" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('actionui.kpis.title', { count: kpis.length, number: objectiveNumber })}</h3>
      {kpis.length === 0 && (
        <p className="flag flag-bad">
          <span aria-hidden="true">⚠ </span>
          {t('actionui.kpis.none')}
        </p>
      )}
      {kpis.length > 0 && (
        <ol className="kpi-list">
          {kpis.map((kpi, index) => (
            <li key={kpi.id}>
              <KpiEditor kpi={kpi} number={`${objectiveNumber}.${index + 1}`} index={index} count={kpis.length} readOnly={readOnly} say={say} />
            </li>
          ))}
        </ol>
      )}
      {!readOnly && <AddKpi objectiveId={objectiveId} objectiveNumber={objectiveNumber} say={say} />}
    </section>
  );
}

function AddKpi({ objectiveId, objectiveNumber, say }: { objectiveId: string; objectiveNumber: number; say: Say }) {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const metricOptions = useMetricOptions();
  const id = useId();
  const [metric, setMetric] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const custom = metric === CUSTOM_METRIC;

  async function add() {
    if (!metric) return setProblem(t('actionui.kpis.chooseMetricFirst'));
    if (custom && !name.trim()) return setProblem(t('actionui.kpis.nameNeeded'));
    const known = findMetric(metric);
    const kpi = await controller.change('kpi.create', {
      objectiveId,
      metric,
      name: custom ? name.trim() : '',
      ...(known ? { unit: unitLabel(lang, known.unit), frequency: known.frequency } : {}),
    });
    if (!kpi) return;
    setMetric('');
    setName('');
    setProblem(null);
    say(t('actionui.kpis.added', { name: kpiTitle(lang, kpi, t('actionui.kpis.untitled')), number: objectiveNumber }));
    requestAnimationFrame(() => focusRecord(recordElementId('kpi', kpi.id)));
  }

  return (
    <form
      className="add-kpi"
      aria-label={t('actionui.kpis.addFormLabel', { number: objectiveNumber })}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-metric`}>{t('actionui.kpis.newMetric')}</label>
        <select
          id={`${id}-metric`}
          value={metric}
          aria-invalid={problem && !metric ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(event) => {
            setMetric(event.target.value);
            setProblem(null);
          }}
        >
          <option value="">{t('actionui.kpis.chooseMetric')}</option>
          <optgroup label={t('actionui.kpis.catalogue')}>
            {metricOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
          <option value={CUSTOM_METRIC}>{t('actionui.kpis.customMetric')}</option>
        </select>
      </div>
      {custom && (
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('actionui.kpis.newName')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={300}
            autoFocus
            data-draft={name ? 'true' : undefined}
            aria-invalid={problem && custom && !name.trim() ? true : undefined}
            aria-describedby={problem ? `${id}-problem` : undefined}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
      )}
      <button type="submit" className="secondary">
        {t('actionui.kpis.add')}
      </button>
      {problem && (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
