import type { RowChange } from '../db/changes';
import type { ChangeCall } from './contract';
import type { LogEntry } from '../db/repos/change-log';

export interface UndoEntry {
  /** The call that made the change; the UI turns it into "Undo: edit profile". */
  label: ChangeCall;
  changes: RowChange[];
  /**
   * History lines that come and go with the change (a merge brings the other copy's lines): an
   * undone merge must not leave the plan claiming to contain that copy.
   */
  log?: LogEntry[];
}

/** Undo and redo stacks of row-level change sets. A new change clears what could be redone. */
export class UndoHistory {
  private readonly done: UndoEntry[] = [];
  private readonly undone: UndoEntry[] = [];

  constructor(private readonly depth = 200) {}

  record(entry: UndoEntry): void {
    this.done.push(entry);
    if (this.done.length > this.depth) this.done.shift();
    this.undone.length = 0;
  }

  peekUndo(): UndoEntry | undefined {
    return this.done[this.done.length - 1];
  }

  peekRedo(): UndoEntry | undefined {
    return this.undone[this.undone.length - 1];
  }

  /** Moves the newest entry to the redo stack once the caller has applied it. */
  markUndone(): void {
    const entry = this.done.pop();
    if (entry) this.undone.push(entry);
  }

  markRedone(): void {
    const entry = this.undone.pop();
    if (entry) this.done.push(entry);
  }

  /** After an act that cannot be undone (approving a version): nothing before it can be either. */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }

  state() {
    return {
      canUndo: this.done.length > 0,
      canRedo: this.undone.length > 0,
      undoLabel: this.peekUndo()?.label ?? null,
      redoLabel: this.peekRedo()?.label ?? null,
    };
  }
}
