import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatDate, type Lang, type Translator } from '../../../../shared/i18n';
import type { Tactic } from '../../../../shared/model/action';
import { barGeometry, dragDates, type Scale } from './scale';

const KEY_STEP_DAYS = 7;
const KEY_COMMIT_MS = 700;
/** Pixels at each end of a bar that resize instead of move. */
const EDGE_PX = 8;

interface TimelineBarProps {
  tactic: Tactic & { startOn: string; endOn: string };
  scale: Scale;
  lang: Lang;
  t: Translator;
  readOnly: boolean;
  /** The element that explains the keyboard moves (said after the bar's name, not as part of it). */
  helpId: string;
  onCommit: (tactic: Tactic, dates: { startOn: string; endOn: string }) => void;
}

type Drag = { mode: 'move' | 'start' | 'end'; originX: number; trackWidth: number };

/**
 * One tactic's bar. Pointer: drag the body to move, an end to resize. Keyboard: arrows move by a
 * week, Shift changes the end, Alt the start; the change is handed to the plan after a pause
 * or when the bar loses focus, so a series of key presses is one undo step.
 */
export function TimelineBar({ tactic, scale, lang, t, readOnly, helpId, onCommit }: TimelineBarProps) {
  const [draft, setDraft] = useState<{ startOn: string; endOn: string } | null>(null);
  const drag = useRef<Drag | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dates = draft ?? { startOn: tactic.startOn, endOn: tactic.endOn };
  const geometry = barGeometry(scale, dates.startOn, dates.endOn);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  function commit(next: { startOn: string; endOn: string } | null) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setDraft(null);
    if (next && (next.startOn !== tactic.startOn || next.endOn !== tactic.endOn)) onCommit(tactic, next);
  }

  function onPointerDown(event: PointerEvent<HTMLButtonElement>) {
    if (readOnly || event.button !== 0) return;
    const bar = event.currentTarget.getBoundingClientRect();
    const track = event.currentTarget.parentElement?.getBoundingClientRect();
    if (!track) return;
    const offset = event.clientX - bar.left;
    const mode = offset < EDGE_PX ? 'start' : bar.right - event.clientX < EDGE_PX ? 'end' : 'move';
    drag.current = { mode, originX: event.clientX, trackWidth: track.width };
    event.currentTarget.setPointerCapture(event.pointerId);
  }

  function onPointerMove(event: PointerEvent<HTMLButtonElement>) {
    const current = drag.current;
    if (!current) return;
    const deltaDays = Math.round(((event.clientX - current.originX) / current.trackWidth) * scale.days);
    setDraft(dragDates({ startOn: tactic.startOn, endOn: tactic.endOn }, current.mode, deltaDays));
  }

  function onPointerUp() {
    if (!drag.current) return;
    drag.current = null;
    commit(draft);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (readOnly || (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight')) return;
    event.preventDefault();
    const mode = event.shiftKey ? 'end' : event.altKey ? 'start' : 'move';
    const next = dragDates(dates, mode, event.key === 'ArrowLeft' ? -KEY_STEP_DAYS : KEY_STEP_DAYS);
    setDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(next), KEY_COMMIT_MS);
  }

  if (!geometry) return <span className="timeline-outside">{t('timeline.outside')}</span>;
  const status = t(`action.tacticStatuses.${tactic.status}`);
  const label = t('timeline.barLabel', {
    title: tactic.title,
    start: formatDate(lang, dates.startOn),
    end: formatDate(lang, dates.endOn),
    status,
    help: '',
  }).trim();
  return (
    <button
      type="button"
      id={`timeline-bar-${tactic.id}`}
      className={`timeline-bar status-${tactic.status}${draft ? ' dragging' : ''}${geometry.clippedStart ? ' clipped-start' : ''}${geometry.clippedEnd ? ' clipped-end' : ''}`}
      style={{ left: `${geometry.left * 100}%`, width: `${geometry.width * 100}%` }}
      aria-label={label}
      aria-describedby={readOnly ? undefined : helpId}
      title={label}
      data-start={dates.startOn}
      data-end={dates.endOn}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={() => {
        drag.current = null;
        setDraft(null);
      }}
      onKeyDown={onKeyDown}
      onBlur={() => timer.current && commit(draft)}
    >
      {tactic.title}
    </button>
  );
}
