import type { Translator } from '../../shared/i18n';
import type { cli } from '../../shared/i18n/catalog/es/cli';
import { UsageError } from './usage';

export type ArgumentName = keyof typeof cli.arguments;

/** `value` options take a value (`--name X` or `--name=X`); `flag` options take none. */
export type OptionKind = 'value' | 'flag';

export interface CommandSyntax {
  /** The positional arguments, all required, in order. */
  positionals: readonly ArgumentName[];
  options: Readonly<Record<string, OptionKind>>;
  required?: readonly string[];
}

export interface ParsedArgs {
  positionals: string[];
  values: Partial<Record<string, string>>;
  flags: ReadonlySet<string>;
}

/** Reads the arguments that follow the command name, strictly: anything unexpected is refused. */
export function parseCommandArgs(command: string, argv: readonly string[], syntax: CommandSyntax, t: Translator): ParsedArgs {
  const positionals: string[] = [];
  const values: Partial<Record<string, string>> = {};
  const flags = new Set<string>();
  const seen = new Set<string>();

  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (token === '--') {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (!token.startsWith('-') || token === '-') {
      positionals.push(token);
      continue;
    }
    const equals = token.indexOf('=');
    const option = equals === -1 ? token : token.slice(0, equals);
    const name = option.startsWith('--') ? option.slice(2) : '';
    const kind = Object.prototype.hasOwnProperty.call(syntax.options, name) ? syntax.options[name] : undefined;
    if (!kind) throw new UsageError('unknownOption', { command, option });
    if (seen.has(name)) throw new UsageError('repeatedOption', { option });
    seen.add(name);
    if (kind === 'flag') {
      if (equals !== -1) throw new UsageError('unexpectedValue', { option });
      flags.add(name);
      continue;
    }
    if (equals !== -1) {
      values[name] = token.slice(equals + 1);
      continue;
    }
    const next = argv[index + 1];
    // An option name where a value should be means the value was left out.
    if (next === undefined || next.startsWith('--')) throw new UsageError('missingValue', { option });
    values[name] = next;
    index++;
  }

  for (const name of syntax.required ?? []) {
    if (values[name] === undefined) throw new UsageError('missingOption', { option: `--${name}` });
  }
  const missing = syntax.positionals[positionals.length];
  if (missing !== undefined) throw new UsageError('missingArgument', { argument: t(`cli.arguments.${missing}`) });
  const extra = positionals[syntax.positionals.length];
  if (extra !== undefined) throw new UsageError('extraArgument', { argument: extra });
  return { positionals, values, flags };
}

/**
 * The raw --lang value, looked for before the command is known so that even a usage error
 * about the command itself is reported in the language the user asked for.
 */
export function findLangOption(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index++) {
    const token = argv[index]!;
    if (token === '--') return undefined;
    if (token.startsWith('--lang=')) return token.slice('--lang='.length);
    if (token === '--lang') {
      const next = argv[index + 1];
      // Left for the command's parser, which reports the missing value.
      return next === undefined || next.startsWith('--') ? undefined : next;
    }
  }
  return undefined;
}

export function wantsHelp(argv: readonly string[]): boolean {
  const beforeSeparator = argv.indexOf('--') === -1 ? argv : argv.slice(0, argv.indexOf('--'));
  return beforeSeparator.some((token) => token === '--help' || token === '-h') || argv[0] === 'help';
}
