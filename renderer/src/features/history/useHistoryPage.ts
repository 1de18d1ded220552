import type { CallInput } from '../../../../shared/engine/contract';
import type { HistoryPage } from '../../../../shared/model/sharing';
import { useApp } from '../../app/store';
import { useEngineQuery } from '../../app/useEngineQuery';

export type HistoryResult = { page: HistoryPage | null; error: string | null; loading: boolean };

/**
 * The page of the history that the query asks for, asked again whenever the plan changes
 * (an edit, an undo, a merge) or the language does (the engine names records in it).
 * The previous page stays on screen while the next one comes, so the table does not flicker.
 */
export function useHistoryPage(query: CallInput<'history.list'>): HistoryResult {
  const revision = useApp((state) => state.plan?.meta.revision);
  const lang = useApp((state) => state.lang);
  const { value, error, loading } = useEngineQuery('history.list', query, `${revision ?? ''}|${lang}`);
  return { page: value, error, loading };
}
