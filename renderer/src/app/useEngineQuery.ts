import { useEffect, useState } from 'react';
import type { CallInput, CallResult } from '../../../shared/engine/contract';
import { toErrorValue } from '../../../shared/errors';
import { useController } from './controller-context';
import { useApp } from './store';
import type { QueryCall } from './session';

export interface EngineQuery<T> {
  /** The last answer (kept while the next question is on its way, and after a failure). */
  value: T | null;
  /** Why the last question failed, in the user's language. */
  error: string | null;
  /** A newer question than the last answer is on its way. */
  loading: boolean;
}

interface Answer<T> {
  question: string;
  value: T | null;
  error: string | null;
}

/**
 * Asks the engine a reading call and asks again whenever the input or `also` (the plan's
 * revision, the language… whatever else the answer depends on) changes. Answers can come back
 * out of order: one to an older question never overwrites a newer one. The last answer stays on
 * screen while the next comes, so tables and previews do not flicker. Nothing is asked while
 * `enabled` is false.
 */
export function useEngineQuery<K extends QueryCall>(call: K, input: CallInput<K>, also: string, enabled = true): EngineQuery<CallResult<K>> {
  const controller = useController();
  const [answer, setAnswer] = useState<Answer<CallResult<K>>>({ question: '', value: null, error: null });
  // The input travels as text: a new object with the same content is the same question.
  const serialized = input === undefined ? '' : JSON.stringify(input);
  const question = `${call}|${serialized}|${also}`;

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const parsed = (serialized === '' ? undefined : JSON.parse(serialized)) as CallInput<K>;
    controller.query(call, parsed).then(
      (value) => {
        if (current) setAnswer({ question, value, error: null });
      },
      (failure: unknown) => {
        if (current) setAnswer((last) => ({ question, value: last.value, error: toErrorValue(failure, useApp.getState().lang).message }));
      },
    );
    return () => {
      current = false;
    };
  }, [controller, call, serialized, question, enabled]);

  return { value: answer.value, error: answer.error, loading: answer.question !== question };
}
