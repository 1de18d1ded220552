import { useId, useMemo } from 'react';
import { daysInclusive, tacticEffort } from '../../../../shared/action/effort';
import type { CallInput } from '../../../../shared/engine/contract';
import { formatNumber, LOCALES } from '../../../../shared/i18n';
import { TACTIC_STATUSES, type CostRole, type Tactic, type TacticStatus } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import type { Say } from '../objectives/ActionStatus';
import { OutsidePeriod } from '../objectives/KpiEditor';
import { MultiPicker, type PickerGroup } from '../objectives/MultiPicker';
import { NumberField } from '../objectives/NumberField';
import { formatHours, formatMoney, outsidePeriod } from '../objectives/numbers';
import { ReorderButtons } from '../objectives/ReorderButtons';
import { focusRecord, recordElementId } from '../objectives/reveal';
import { UnitSelect } from '../organisation/UnitSelect';
import { PersonPicker } from '../people/PersonPicker';
import { setTacticOpen } from './view-store';
import { RecordHistoryLink } from '../history/RecordHistoryLink';

const MAX_AMOUNT = 1e9;

interface TacticEditorProps {
  tactic: Tactic;
  number: string;
  index: number;
  count: number;
  roles: ReadonlyMap<string, CostRole>;
  readOnly: boolean;
  say: Say;
}

/** Every field of a tactic, edited in place; each pause or choice is one undo step. */
export function TacticEditor({ tactic, number, index, count, roles, readOnly, say }: TacticEditorProps) {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const action = useApp((state) => state.action);
  const id = useId();
  const name = t('actionui.tactics.recordName', { number });
  const update = (patch: Omit<CallInput<'tactic.update'>, 'id'>) => controller.change('tactic.update', { id: tactic.id, ...patch });

  const accountGroups = useAccountGroups();

  if (!action) return null;
  const period = action.period;

  async function moveToLine(lineId: string) {
    const target = action?.lines.findIndex((line) => line.id === lineId) ?? -1;
    await update({ lineId });
    if (useApp.getState().action?.tactics.find((other) => other.id === tactic.id)?.lineId !== lineId) return;
    say(t('actionui.tactics.movedToLine', { title: tactic.title, number: target + 1 }));
    setTacticOpen(tactic.id, true);
    requestAnimationFrame(() => focusRecord(recordElementId('tactic', tactic.id)));
  }

  return (
    <div className="tactic-editor">
      <div className="tactic-grid">
        <CommitField
          label={t('actionui.tactics.title')}
          value={tactic.title}
          maxLength={300}
          required
          disabled={readOnly}
          onCommit={(title) => {
            if (title.trim()) void update({ title: title.trim() });
          }}
        />
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('actionui.tactics.status')}</label>
          <select id={`${id}-status`} value={tactic.status} disabled={readOnly} onChange={(event) => void update({ status: event.target.value as TacticStatus })}>
            {TACTIC_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`action.tacticStatuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="span-2">
          <CommitField label={t('actionui.tactics.description')} value={tactic.description} multiline maxLength={5000} disabled={readOnly} onCommit={(description) => void update({ description })} />
        </div>
        <UnitSelect label={t('actionui.tactics.unit')} value={tactic.unitId} noneLabel={t('actionui.tactics.noUnit')} disabled={readOnly} onChange={(unitId) => void update({ unitId })} />
        <PersonPicker label={t('actionui.tactics.owner')} value={tactic.ownerId} unitIdForNew={tactic.unitId} disabled={readOnly} onChange={(ownerId) => void update({ ownerId })} />
        <div>
          <CommitField label={t('actionui.tactics.start')} type="date" value={tactic.startOn ?? ''} disabled={readOnly} onCommit={(value) => void update({ startOn: value || null })} />
          {outsidePeriod(tactic.startOn, period) && <OutsidePeriod period={period} />}
        </div>
        <div>
          <CommitField label={t('actionui.tactics.end')} type="date" value={tactic.endOn ?? ''} disabled={readOnly} onCommit={(value) => void update({ endOn: value || null })} />
          {outsidePeriod(tactic.endOn, period) && <OutsidePeriod period={period} />}
        </div>
      </div>

      <fieldset className="effort-fields">
        <legend>{t('actionui.tactics.effortLegend')}</legend>
        <div className="tactic-grid four">
          <NumberField
            label={t('actionui.tactics.hoursOnce')}
            value={tactic.hoursOnce}
            emptyValue={0}
            min={0}
            max={MAX_AMOUNT}
            suffix="h"
            disabled={readOnly}
            onCommit={(hoursOnce) => void update({ hoursOnce: hoursOnce ?? 0 })}
          />
          <NumberField
            label={t('actionui.tactics.hoursPerWeek')}
            value={tactic.hoursPerWeek}
            emptyValue={0}
            min={0}
            max={168}
            suffix={t('actionui.tactics.hPerWeek')}
            disabled={readOnly}
            onCommit={(hoursPerWeek) => void update({ hoursPerWeek: hoursPerWeek ?? 0 })}
          />
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('actionui.tactics.role')}</label>
            <select id={`${id}-role`} value={tactic.roleId ?? ''} disabled={readOnly} onChange={(event) => void update({ roleId: event.target.value || null })}>
              <option value="">{t('actionui.tactics.noRole')}</option>
              {action.roles.map((role) => (
                <option key={role.id} value={role.id}>
                  {t('actionui.tactics.roleOption', { name: role.name, cost: formatMoney(lang, role.hourlyCost) })}
                </option>
              ))}
            </select>
            {action.roles.length === 0 && <p className="hint">{t('actionui.tactics.noRolesYet')}</p>}
          </div>
          <NumberField
            label={t('actionui.tactics.otherCost')}
            value={tactic.otherCost}
            emptyValue={0}
            min={0}
            max={MAX_AMOUNT}
            suffix="€"
            disabled={readOnly}
            onCommit={(otherCost) => void update({ otherCost: otherCost ?? 0 })}
          />
        </div>
        <EffortExplanation tactic={tactic} roles={roles} />
      </fieldset>

      <MultiPicker
        label={t('actionui.tactics.accounts')}
        groups={accountGroups}
        value={tactic.accountIds}
        disabled={readOnly}
        emptyText={t('actionui.tactics.accountsNone')}
        nothingToChoose={t('actionui.tactics.noAccounts')}
        searchFrom={12}
        onChange={(accountIds) => update({ accountIds })}
      />

      <div className="tactic-tools">
        {action.lines.length > 1 && (
          <div className="field move-line">
            <label htmlFor={`${id}-line`}>{t('actionui.tactics.line')}</label>
            <select id={`${id}-line`} value={tactic.lineId} disabled={readOnly} onChange={(event) => void moveToLine(event.target.value)}>
              {action.lines.map((line, lineIndex) => (
                <option key={line.id} value={line.id}>
                  {t('actionui.lines.numbered', { number: lineIndex + 1, name: line.name })}
                </option>
              ))}
            </select>
          </div>
        )}
        <ReorderButtons
          name={name}
          index={index}
          count={count}
          disabled={readOnly}
          onMove={async (to) => {
            await controller.change('action.reorder', { list: 'tactic', id: tactic.id, index: to });
            say(t('actionui.reorder.moved', { name: tactic.title, position: to + 1, total: count }));
          }}
        />
        <RecordHistoryLink id={tactic.id} label={tactic.title} context={name} className="secondary small-button" />
        <button
          type="button"
          className="secondary danger-text small-button"
          disabled={readOnly}
          onClick={async () => {
            await controller.change('tactic.delete', { id: tactic.id });
            if (useApp.getState().action?.tactics.some((other) => other.id === tactic.id)) return;
            say(t('actionui.tactics.deleted', { title: tactic.title }), { undoable: true });
          }}
        >
          {t('actionui.tactics.delete')}
          <span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </div>
  );
}

/** The inventory's accounts by network (networks and handles in alphabetical order), for the picker. */
function useAccountGroups(): PickerGroup[] {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const accounts = useApp((state) => state.inventory?.accounts);
  return useMemo(() => {
    const collator = new Intl.Collator(LOCALES[lang], { sensitivity: 'base', numeric: true });
    const byPlatform = new Map<string, PickerGroup & { items: { id: string; label: string; tag: string }[] }>();
    for (const account of accounts ?? []) {
      const platform = t(`inventory.platforms.${account.platform}`);
      const group = byPlatform.get(account.platform) ?? { key: account.platform, label: platform, items: [] };
      group.items.push({ id: account.id, label: account.handle || account.displayName || account.url, tag: platform });
      byPlatform.set(account.platform, group);
    }
    const groups = [...byPlatform.values()].sort((a, b) => collator.compare(a.label, b.label));
    for (const group of groups) group.items.sort((a, b) => collator.compare(a.label, b.label));
    return groups;
  }, [accounts, lang, t]);
}

/** How the hours and the cost come out, in words: "it is not free" is believed when it can be checked. */
function EffortExplanation({ tactic, roles }: { tactic: Tactic; roles: ReadonlyMap<string, CostRole> }) {
  const t = useT();
  const lang = useApp((state) => state.lang);
  const effort = tacticEffort(tactic, roles);
  const role = tactic.roleId ? roles.get(tactic.roleId) : undefined;
  const hasDates = tactic.startOn !== null && tactic.endOn !== null;
  const weeks = hasDates ? daysInclusive(tactic.startOn!, tactic.endOn!) / 7 : 0;
  const hoursPart =
    tactic.hoursPerWeek > 0 && hasDates
      ? t('actionui.tactics.explainHoursWeekly', {
          once: formatHours(lang, tactic.hoursOnce),
          perWeek: formatHours(lang, tactic.hoursPerWeek),
          weeks: formatNumber(lang, weeks, { maximumFractionDigits: 1 }),
          hours: formatHours(lang, effort.hours),
        })
      : t('actionui.tactics.explainHours', { hours: formatHours(lang, effort.hours) });
  const costPart = role
    ? t('actionui.tactics.explainCost', { hours: formatHours(lang, effort.hours), rate: formatMoney(lang, role.hourlyCost), cost: formatMoney(lang, effort.hours * role.hourlyCost) })
    : t('actionui.tactics.explainNoRole');
  const otherPart = tactic.otherCost > 0 ? t('actionui.tactics.explainOther', { other: formatMoney(lang, tactic.otherCost), cost: formatMoney(lang, effort.cost) }) : '';
  return (
    <p className="effort-explain" data-testid="effort-explain">
      {[hoursPart, costPart, otherPart].filter(Boolean).join(' ')}
      {tactic.hoursPerWeek > 0 && !hasDates && <span className="flag flag-warn"> {t('actionui.tactics.weeklyNeedsDates')}</span>}
    </p>
  );
}
