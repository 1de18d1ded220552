import { useEffect, useState } from 'react';
import type { CallInput } from '../../../../shared/engine/contract';
import { toErrorValue } from '../../../../shared/errors';
import type { HistoryPage } from '../../../../shared/model/sharing';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';

export type HistoryResult = { page: HistoryPage | null; error: string | null; loading: boolean };

interface Answer {
  /** The question this answers: the query, the plan's revision and the language. */
  question: string;
  page: HistoryPage | null;
  error: string | null;
}

/**
 * The page of the history that the query asks for, asked again whenever the plan changes
 * (an edit, an undo, a merge) or the language does (the engine names records in it).
 * The previous page stays on screen while the next one comes, so the table does not flicker.
 */
export function useHistoryPage(query: CallInput<'history.list'>): HistoryResult {
  const controller = useController();
  const revision = useApp((state) => state.plan?.meta.revision);
  const lang = useApp((state) => state.lang);
  const [answer, setAnswer] = useState<Answer>({ question: '', page: null, error: null });
  const key = JSON.stringify(query);
  const question = `${key}|${revision ?? ''}|${lang}`;

  useEffect(() => {
    // Answers can come back out of order when filters change quickly: only the last question counts.
    let current = true;
    controller.query('history.list', JSON.parse(key) as CallInput<'history.list'>).then(
      (page) => {
        if (current) setAnswer({ question, page, error: null });
      },
      (error: unknown) => {
        if (current) setAnswer((previous) => ({ question, page: previous.page, error: toErrorValue(error, lang).message }));
      },
    );
    return () => {
      current = false;
    };
  }, [controller, key, question, lang]);

  return { page: answer.page, error: answer.error, loading: answer.question !== question };
}
