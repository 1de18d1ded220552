import type { Command } from '../command';
import { checkCommand } from './check';
import { diffCommand } from './diff';
import { exportCommand } from './export';
import { exportAccountsCommand } from './export-accounts';
import { importAccountsCommand } from './import-accounts';
import { infoCommand } from './info';
import { mergeCommand } from './merge';
import { newCommand } from './new';
import { reviewCommand } from './review';
import { sampleCommand } from './sample';

export const COMMANDS: Readonly<Record<string, Command>> = {
  new: newCommand,
  check: checkCommand,
  info: infoCommand,
  export: exportCommand,
  sample: sampleCommand,
  'import-accounts': importAccountsCommand,
  'export-accounts': exportAccountsCommand,
  review: reviewCommand,
  diff: diffCommand,
  merge: mergeCommand,
};

export function findCommand(name: string): Command | undefined {
  return Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
}
