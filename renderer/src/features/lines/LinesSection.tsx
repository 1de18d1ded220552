import { useId, useMemo, useState } from 'react';
import type { StrategyLine, Tactic } from '../../../../shared/model/action';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ActionStatus, useActionStatus, type Say } from '../objectives/ActionStatus';
import type { PickerGroup } from '../objectives/MultiPicker';
import { focusRecord, recordElementId } from '../objectives/reveal';
import { shorten } from '../objectives/text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { CostRoles } from './CostRoles';
import { LineCard } from './LineCard';
import { TotalsBar } from './TotalsBar';
import '../objectives/action.css';

const NO_TACTICS: Tactic[] = [];

/** Strategy lines and their tactics, with what they cost always in sight. */
export function LinesSection() {
  const t = useT();
  const controller = useController();
  const action = useApp((state) => state.action);
  const readOnly = useApp((state) => state.plan?.readOnly ?? true);
  const [said, say] = useActionStatus();
  const [deleting, setDeleting] = useState<{ line: StrategyLine; number: number } | null>(null);

  const tacticsByLine = useMemo(() => {
    const grouped = new Map<string, Tactic[]>();
    for (const tactic of action?.tactics ?? []) grouped.set(tactic.lineId, [...(grouped.get(tactic.lineId) ?? []), tactic]);
    return grouped;
  }, [action?.tactics]);
  const roles = useMemo(() => new Map((action?.roles ?? []).map((role) => [role.id, role])), [action?.roles]);
  const objectiveGroups = useMemo<PickerGroup[]>(
    () => [
      {
        key: 'objectives',
        label: t('actionui.lines.objectivesGroup'),
        items: (action?.objectives ?? []).map((objective, index) => ({ id: objective.id, label: shorten(objective.statement, 120), tag: t('actionui.objectives.heading', { number: index + 1 }) })),
      },
    ],
    [action?.objectives, t],
  );

  if (!action) return null;
  const deletingTactics = deleting ? (tacticsByLine.get(deleting.line.id) ?? NO_TACTICS).length : 0;

  return (
    <section className="action-screen lines-screen" aria-labelledby="lines-title">
      <h1 id="lines-title" tabIndex={-1}>
        {t('actionui.lines.title')}
      </h1>
      <p className="help">{t('actionui.lines.help')}</p>
      <TotalsBar />
      <CostRoles say={say} readOnly={readOnly} />
      {!readOnly && <AddLine say={say} />}
      {action.lines.length === 0 ? (
        <p className="empty-state">{t('actionui.lines.empty')}</p>
      ) : (
        <ol className="record-list">
          {action.lines.map((line, index) => (
            <li key={line.id}>
              <LineCard
                line={line}
                index={index}
                count={action.lines.length}
                tactics={tacticsByLine.get(line.id) ?? NO_TACTICS}
                roles={roles}
                objectiveGroups={objectiveGroups}
                readOnly={readOnly}
                say={say}
                onDelete={(target, number) => setDeleting({ line: target, number })}
              />
            </li>
          ))}
        </ol>
      )}
      <ActionStatus
        said={said}
        onUndone={() => {
          say(t('actionui.status.undone'));
          document.getElementById('lines-title')?.focus();
        }}
      />
      {deleting && (
        <ConfirmDialog
          title={t('actionui.lines.deleteTitle', { number: deleting.number })}
          confirmLabel={t('actionui.lines.deleteConfirm')}
          cancelLabel={t('actionui.common.cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            const { line, number } = deleting;
            setDeleting(null);
            await controller.change('line.delete', { id: line.id });
            if (useApp.getState().action?.lines.some((other) => other.id === line.id)) return;
            say(t('actionui.lines.deleted', { number, count: deletingTactics }), { undoable: true });
          }}
        >
          <p className="confirm-quote">«{deleting.line.name}»</p>
          <p>{deletingTactics > 0 ? t('actionui.lines.deleteTactics', { count: deletingTactics }) : t('actionui.lines.deleteNoTactics')}</p>
          <p className="muted small">{t('actionui.objectives.deleteUndoHint')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

function AddLine({ say }: { say: Say }) {
  const t = useT();
  const controller = useController();
  const id = useId();
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function add() {
    if (!name.trim()) return setProblem(t('actionui.lines.nameNeeded'));
    const line = await controller.change('line.create', { name: name.trim() });
    if (!line) return;
    setName('');
    setProblem(null);
    say(t('actionui.lines.added', { name: line.name }));
    requestAnimationFrame(() => focusRecord(recordElementId('line', line.id)));
  }

  return (
    <form
      className="add-record add-line card inline-form"
      aria-label={t('actionui.lines.addTitle')}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="field grow">
        <label htmlFor={`${id}-name`}>{t('actionui.lines.newName')}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={300}
          data-draft={name ? 'true' : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
          onChange={(event) => setName(event.target.value)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('actionui.lines.newNameHint')}
        </p>
      </div>
      <button type="submit">{t('actionui.lines.add')}</button>
      {problem && (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
