import type { Lang } from '../../../../shared/i18n';
import type { DocumentPart, DraftMarking } from '../../../../shared/model/document';
import { useEngineQuery } from '../../app/useEngineQuery';

export interface ExportChoices {
  lang: Lang;
  excludedParts: readonly DocumentPart[];
  draftMarking: DraftMarking;
}

/**
 * What an export with these choices would contain, asked of the engine again whenever the
 * choices or the plan change. The last answer stays on screen while the next is on its way (no
 * flicker), and an answer for choices that have changed since is dropped.
 */
export function useDocumentPreview({ lang, excludedParts, draftMarking }: ExportChoices, revision: number) {
  const { value, error, loading } = useEngineQuery('document.preview', { lang, excludedParts: [...excludedParts], draftMarking }, String(revision));
  return { preview: value, error, updating: loading };
}
