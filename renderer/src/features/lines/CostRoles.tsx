import { useId, useState } from 'react';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { CommitField } from '../../ui/CommitField';
import type { Say } from '../objectives/ActionStatus';
import { NumberField } from '../objectives/NumberField';
import { parseNumberInput } from '../objectives/numbers';

const MAX_AMOUNT = 1e9;

/**
 * The cost side of "it is not free": the profiles that do the work with their hourly cost, and
 * the working hours of one full-time post in a year (for full-time equivalents).
 */
export function CostRoles({ say, readOnly }: { say: Say; readOnly: boolean }) {
  const t = useT();
  const controller = useController();
  const action = useApp((state) => state.action);
  const id = useId();
  const roles = action?.roles ?? [];
  const needsAttention = roles.length === 0 || roles.some((role) => role.hourlyCost === 0);
  const [open, setOpen] = useState(needsAttention);
  if (!action) return null;
  const usage = (roleId: string) => action.tactics.filter((tactic) => tactic.roleId === roleId).length;

  return (
    <section className="cost-roles card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="disclosure-heading">
        <button type="button" className="disclosure" aria-expanded={open} aria-controls={`${id}-body`} onClick={() => setOpen(!open)}>
          <span aria-hidden="true">{open ? '▾' : '▸'} </span>
          {t('actionui.roles.title', { count: roles.length })}
        </button>
      </h2>
      {open && (
        <div id={`${id}-body`}>
          <p className="hint">{t('actionui.roles.help')}</p>
          {roles.length > 0 && (
            <table className="role-table">
              <caption className="visually-hidden">{t('actionui.roles.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('actionui.roles.name')}</th>
                  <th scope="col">{t('actionui.roles.hourlyCost')}</th>
                  <th scope="col">{t('actionui.roles.usedBy')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('actionui.roles.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {roles.map((role) => {
                  const used = usage(role.id);
                  return (
                    <tr key={role.id} data-role-name={role.name}>
                      <td>
                        <CommitField
                          label={t('actionui.roles.nameOf', { name: role.name })}
                          value={role.name}
                          maxLength={200}
                          disabled={readOnly}
                          onCommit={(name) => {
                            if (name.trim()) void controller.change('role.update', { id: role.id, name: name.trim() });
                          }}
                        />
                      </td>
                      <td>
                        <NumberField
                          label={t('actionui.roles.costOf', { name: role.name })}
                          labelHidden
                          value={role.hourlyCost}
                          emptyValue={0}
                          min={0}
                          max={MAX_AMOUNT}
                          suffix={t('actionui.roles.perHour')}
                          disabled={readOnly}
                          onCommit={(hourlyCost) => void controller.change('role.update', { id: role.id, hourlyCost: hourlyCost ?? 0 })}
                        />
                        {role.hourlyCost === 0 && <p className="flag flag-warn">{t('actionui.roles.noCost')}</p>}
                      </td>
                      <td>{t('actionui.roles.tactics', { count: used })}</td>
                      <td>
                        <button
                          type="button"
                          className="secondary danger-text small-button"
                          disabled={readOnly}
                          onClick={async () => {
                            await controller.change('role.delete', { id: role.id });
                            if (useApp.getState().action?.roles.some((other) => other.id === role.id)) return;
                            say(t('actionui.roles.deleted', { name: role.name, count: used }), { undoable: true });
                          }}
                        >
                          {t('actionui.roles.delete')}
                          <span className="visually-hidden"> {role.name}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {!readOnly && <AddRole say={say} />}
          <NumberField
            className="annual-hours"
            label={t('actionui.roles.annualHours')}
            value={action.settings.annualHours}
            min={1}
            max={8784}
            suffix={t('actionui.roles.hoursPerYear')}
            hint={t('actionui.roles.annualHoursHint')}
            disabled={readOnly}
            onCommit={(annualHours) => {
              if (annualHours !== null) void controller.change('resources.updateSettings', { annualHours });
            }}
          />
        </div>
      )}
    </section>
  );
}

function AddRole({ say }: { say: Say }) {
  const t = useT();
  const controller = useController();
  const lang = useApp((state) => state.lang);
  const id = useId();
  const [name, setName] = useState('');
  const [cost, setCost] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function add() {
    const hourlyCost = parseNumberInput(lang, cost);
    if (!name.trim()) return setProblem(t('actionui.roles.nameNeeded'));
    if (hourlyCost === undefined || (hourlyCost ?? 0) > MAX_AMOUNT) return setProblem(t('actionui.number.invalid'));
    const role = await controller.change('role.create', { name: name.trim(), hourlyCost: hourlyCost ?? 0 });
    if (!role) return;
    setName('');
    setCost('');
    setProblem(null);
    say(t('actionui.roles.added', { name: role.name }));
  }

  return (
    <form
      className="add-role inline-form"
      aria-label={t('actionui.roles.addTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="field grow">
        <label htmlFor={`${id}-name`}>{t('actionui.roles.newName')}</label>
        <input id={`${id}-name`} value={name} maxLength={200} data-draft={name ? 'true' : undefined} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="field narrow">
        <label htmlFor={`${id}-cost`}>{t('actionui.roles.newCost')}</label>
        <input id={`${id}-cost`} inputMode="decimal" value={cost} data-draft={cost ? 'true' : undefined} onChange={(event) => setCost(event.target.value)} />
      </div>
      <button type="submit" className="secondary">
        {t('actionui.roles.add')}
      </button>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
