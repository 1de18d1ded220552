import { translate, type Lang, type MessageParams } from '../../shared/i18n';
import type { cli } from '../../shared/i18n/catalog/es/cli';
import { INSTITUTION_TYPES } from '../../shared/model/institution';

export type UsageProblem = keyof typeof cli.usageErrors;

/** The command line was not understood: the user gets the reason and the usage text, exit 2. */
export class UsageError extends Error {
  constructor(
    readonly problem: UsageProblem,
    readonly params: MessageParams = {},
  ) {
    super(problem);
    this.name = 'UsageError';
  }
}

export function usageText(lang: Lang): string {
  return translate(lang, 'cli.usage', { types: INSTITUTION_TYPES.join(', ') });
}

export function describeUsageError(error: UsageError, lang: Lang): string {
  return translate(lang, `cli.usageErrors.${error.problem}`, error.params);
}
