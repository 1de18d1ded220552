import { useId, useState } from 'react';
import type { EffortTotal } from '../../../../shared/action/effort';
import { formatDate, formatNumber } from '../../../../shared/i18n';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { formatFte, formatHours, formatMoney } from '../objectives/numbers';

interface Row {
  key: string;
  name: string;
  total: EffortTotal;
}

/**
 * "It is not free": hours, full-time equivalents and cost of the whole plan, always in sight
 * (sticky at the top of the screen), with the split by strategy line and by unit on demand.
 */
export function TotalsBar() {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const action = useApp((state) => state.action);
  const units = useApp((state) => state.inventory?.units);
  const id = useId();
  const [open, setOpen] = useState(false);
  if (!action) return null;
  const { totals, period, settings } = action;

  const lineRows: Row[] = action.lines.flatMap((line, index) => {
    const total = totals.byLine[line.id];
    return total ? [{ key: line.id, name: t('actionui.lines.numbered', { number: index + 1, name: line.name }), total }] : [];
  });
  const unitName = new Map((units ?? []).map((unit) => [unit.id, unit.name]));
  const unitRows: Row[] = Object.entries(totals.byUnit)
    .map(([unitId, total]) => ({ key: unitId || 'none', name: unitId ? (unitName.get(unitId) ?? t('actionui.totals.unknownUnit')) : t('actionui.totals.noUnit'), total }))
    .sort((a, b) => b.total.hours - a.total.hours);

  return (
    <section className="totals-bar" aria-labelledby={`${id}-title`} data-testid="totals">
      <div className="totals-row">
        <h2 id={`${id}-title`}>{t('actionui.totals.title')}</h2>
        <dl className="totals-figures">
          <div>
            <dt>{t('actionui.totals.hours')}</dt>
            <dd data-testid="total-hours">{formatHours(lang, totals.all.hours)}</dd>
          </div>
          <div>
            <dt>
              <abbr title={t('actionui.totals.fteLong')}>{t('actionui.totals.fte')}</abbr>
            </dt>
            <dd data-testid="total-fte">{formatFte(lang, totals.all.fte)}</dd>
          </div>
          <div>
            <dt>{t('actionui.totals.cost')}</dt>
            <dd data-testid="total-cost">{formatMoney(lang, totals.all.cost)}</dd>
          </div>
          <div>
            <dt>{t('actionui.totals.tactics')}</dt>
            <dd data-testid="total-tactics">{formatNumber(lang, totals.all.tactics)}</dd>
          </div>
        </dl>
        <button type="button" className="secondary small-button" aria-expanded={open} aria-controls={`${id}-breakdown`} onClick={() => setOpen(!open)}>
          {open ? t('actionui.totals.hideBreakdown') : t('actionui.totals.showBreakdown')}
        </button>
      </div>
      <p className="totals-note">
        {t('actionui.totals.note', { start: formatDate(lang, period.start), end: formatDate(lang, period.end), annualHours: formatNumber(lang, settings.annualHours) })}
      </p>
      {open && (
        <div id={`${id}-breakdown`} className="totals-breakdown">
          <Breakdown caption={t('actionui.totals.byLine')} firstColumn={t('actionui.totals.line')} rows={lineRows} empty={t('actionui.totals.nothingYet')} />
          <Breakdown caption={t('actionui.totals.byUnit')} firstColumn={t('actionui.totals.unit')} rows={unitRows} empty={t('actionui.totals.nothingYet')} />
        </div>
      )}
    </section>
  );
}

function Breakdown({ caption, firstColumn, rows, empty }: { caption: string; firstColumn: string; rows: Row[]; empty: string }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  return (
    <table className="breakdown-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{firstColumn}</th>
          <th scope="col" className="numeric">
            {t('actionui.totals.hours')}
          </th>
          <th scope="col" className="numeric">
            <abbr title={t('actionui.totals.fteLong')}>{t('actionui.totals.fte')}</abbr>
          </th>
          <th scope="col" className="numeric">
            {t('actionui.totals.cost')}
          </th>
          <th scope="col" className="numeric">
            {t('actionui.totals.tactics')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 ? (
          <tr>
            <td colSpan={5} className="muted">
              {empty}
            </td>
          </tr>
        ) : (
          rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.name}</th>
              <td className="numeric">{formatHours(lang, row.total.hours)}</td>
              <td className="numeric">{formatFte(lang, row.total.fte)}</td>
              <td className="numeric">{formatMoney(lang, row.total.cost)}</td>
              <td className="numeric">{formatNumber(lang, row.total.tactics)}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
