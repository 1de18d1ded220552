import type { CommandSyntax, ParsedArgs } from './args';
import type { CommandContext } from './context';

/** One command of the command line: how it is written, and what it does. Failures are thrown. */
export interface Command {
  syntax: CommandSyntax;
  run(args: ParsedArgs, context: CommandContext): Promise<void>;
}

/** Options every command accepts. */
export const COMMON_OPTIONS = { lang: 'value' } as const;
