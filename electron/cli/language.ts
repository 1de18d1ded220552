import { DEFAULT_LANG, type Lang } from '../../shared/i18n';

/**
 * The language of the messages when --lang is not given. POSIX order: LC_ALL overrides
 * LC_MESSAGES, which overrides LANG. Only English is recognised besides the Spanish default,
 * so `C`, `POSIX` or any other language leaves the user with Spanish.
 */
export function languageFromEnvironment(env: Record<string, string | undefined>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  return locale?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LANG;
}
