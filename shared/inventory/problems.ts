import { translate, type Lang, type MessageParams } from '../i18n';
import type { ImportField, ImportProblem } from './transfer-schemas';

/** What can be wrong with a row; each has a message `transfer.problems.<code>`. */
export const ROW_PROBLEM_CODES = [
  'missingQuotes',
  'badQuotes',
  'extraCells',
  'tooLong',
  'noPlatform',
  'unknownPlatform',
  'badUrl',
  'unknownStatus',
  'unknownPurpose',
  'badNumber',
  'badInteger',
  'outOfRange',
  'badDate',
  'badBoolean',
  'tooMany',
  'unknownUnit',
  'ambiguousUnit',
  'unknownPerson',
  'ambiguousPerson',
  'alreadyInPlan',
  'invalid',
] as const;
export type RowProblemCode = (typeof ROW_PROBLEM_CODES)[number];

/** A problem before it is put into words. */
export interface ProblemSeed {
  field: ImportField | null;
  code: RowProblemCode;
  params?: MessageParams;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: RowProblemCode; params?: MessageParams };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T = never>(code: RowProblemCode, params?: MessageParams): Parsed<T> => (params ? { ok: false, code, params } : { ok: false, code });

export function describeProblem(seed: ProblemSeed, lang: Lang): ImportProblem {
  return { field: seed.field, code: seed.code, message: translate(lang, `transfer.problems.${seed.code}`, seed.params) };
}
