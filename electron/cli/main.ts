import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { toErrorValue } from '../../shared/errors';
import { isLang, type Lang } from '../../shared/i18n';
import { findLangOption, parseCommandArgs, wantsHelp } from './args';
import { findCommand } from './commands';
import { commandContext } from './context';
import { processIo, type CliIo } from './io';
import { languageFromEnvironment } from './language';
import { UsageError, describeUsageError, usageText } from './usage';

export type { CliIo } from './io';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/**
 * Runs one command line (without `node` and the script) and returns the exit code. Success
 * prints to stdout; a failure prints exactly one `CODE: message` line to stderr; arguments
 * that are not understood print the reason and the usage text, exit 2. Never a stack trace.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const environmentLang = languageFromEnvironment(io.env);
  const langOption = findLangOption(argv);
  if (langOption !== undefined && !isLang(langOption)) {
    return usageFailure(new UsageError('badLang', { value: langOption }), environmentLang, io);
  }
  const requestedLang: Lang | undefined = langOption;
  const lang = requestedLang ?? environmentLang;

  if (wantsHelp(argv)) {
    io.stdout(`${usageText(lang)}\n`);
    return EXIT_OK;
  }
  const [name, ...rest] = argv;
  if (name === undefined || name.startsWith('-')) return usageFailure(new UsageError('missingCommand'), lang, io);
  const command = findCommand(name);
  if (!command) return usageFailure(new UsageError('unknownCommand', { command: name }), lang, io);

  const context = commandContext(io, lang, requestedLang);
  try {
    await command.run(parseCommandArgs(name, rest, command.syntax, context.t), context);
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) return usageFailure(error, lang, io);
    const { code, message } = toErrorValue(error, lang);
    io.stderr(`${code}: ${oneLine(message)}\n`);
    return EXIT_FAILED;
  }
}

function usageFailure(error: UsageError, lang: Lang, io: CliIo): number {
  io.stderr(`${oneLine(describeUsageError(error, lang))}\n\n${usageText(lang)}\n`);
  return EXIT_USAGE;
}

/** Details quoted from SQLite or the file system may contain line breaks; the contract is one line. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // `rumbo info x | head -1` closes the pipe early: that is not a failure worth a stack trace.
  process.stdout.on('error', () => undefined);
  runCli(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const { code, message } = toErrorValue(error, languageFromEnvironment(process.env));
      process.stderr.write(`${code}: ${oneLine(message)}\n`);
      process.exitCode = EXIT_FAILED;
    },
  );
}
