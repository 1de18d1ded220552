import type { PlanController } from './session';
import { useApp } from './store';

/** A field with a draft not yet handed to the plan keeps the browser's own text undo. */
function hasTextDraft(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.dataset.draft === 'true';
}

/**
 * Plan-wide shortcuts. Desktop menus show the same accelerators but leave the keystroke to
 * this handler, so that Ctrl+Z inside a half-typed field undoes typing, not the last edit.
 */
export function installShortcuts(controller: PlanController): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const hasPlan = useApp.getState().plan !== null;
    if (key === 'z' && !event.shiftKey) {
      if (hasTextDraft(event.target) || !hasPlan) return;
      event.preventDefault();
      void controller.undo();
    } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
      if (hasTextDraft(event.target) || !hasPlan) return;
      event.preventDefault();
      void controller.redo();
    } else if (key === 's') {
      event.preventDefault();
      if (hasPlan) void (event.shiftKey ? controller.saveAs() : controller.saveNow());
    } else if (key === 'o') {
      event.preventDefault();
      void controller.openFromDialog();
    } else if (key === 'e' && hasPlan) {
      event.preventDefault();
      useApp.setState({ section: 'document' });
    }
  };
  window.addEventListener('keydown', onKeyDown);
  return () => window.removeEventListener('keydown', onKeyDown);
}
