import { translatorFor, type Lang, type Translator } from '../../shared/i18n';
import type { CliIo } from './io';

/** What every command receives besides its arguments. */
export interface CommandContext {
  io: CliIo;
  /** The language of the messages. */
  lang: Lang;
  /** The language the user asked for with --lang, if any (also the plan's or document's language). */
  requestedLang: Lang | undefined;
  t: Translator;
  /** One line on stdout. */
  print(line: string): void;
}

export function commandContext(io: CliIo, lang: Lang, requestedLang: Lang | undefined): CommandContext {
  return { io, lang, requestedLang, t: translatorFor(lang), print: (line) => io.stdout(`${line}\n`) };
}
