import path from 'node:path';
import { PLAN_FILE_EXTENSION } from '../../shared/db/format';

/**
 * Plan files named on a command line: what Windows and Linux pass when a `.rumbo` file is
 * double-clicked, and what a second instance forwards to the first. Switches (Chromium's and
 * ours) and anything that is not a plan file are ignored.
 */
export function plansFromArgv(args: readonly string[], workingDirectory: string): string[] {
  return args
    .filter((arg) => !arg.startsWith('-') && arg.toLowerCase().endsWith(PLAN_FILE_EXTENSION))
    .map((arg) => path.resolve(workingDirectory, arg));
}

/**
 * Holds plan paths that arrive before the window can take them (macOS sends `open-file`
 * before `ready`; a double-click starts the app before the page has loaded).
 */
export class OpenRequestQueue {
  private readonly pending: string[] = [];
  private deliver: ((filePath: string) => void) | null = null;

  push(filePath: string): void {
    if (this.deliver) this.deliver(filePath);
    else this.pending.push(filePath);
  }

  /** From now on paths go straight to `deliver`; the ones waiting go first, in order. */
  start(deliver: (filePath: string) => void): void {
    this.deliver = deliver;
    for (const filePath of this.pending.splice(0)) deliver(filePath);
  }

  stop(): void {
    this.deliver = null;
  }
}
