import { useEffect, useState } from 'react';
import type { DocumentPreview } from '../../../../shared/docx/types';
import { toErrorValue } from '../../../../shared/errors';
import type { Lang } from '../../../../shared/i18n';
import type { DocumentPart, DraftMarking } from '../../../../shared/model/document';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';

export interface ExportChoices {
  lang: Lang;
  excludedParts: readonly DocumentPart[];
  draftMarking: DraftMarking;
}

interface Answer {
  key: string;
  preview: DocumentPreview | null;
  error: string | null;
}

/**
 * What an export with these choices would contain, asked of the engine again whenever the
 * choices or the plan change. The last answer stays on screen while the next is on its way (no
 * flicker), and an answer for choices that have changed since is dropped.
 */
export function useDocumentPreview({ lang, excludedParts, draftMarking }: ExportChoices, revision: number) {
  const controller = useController();
  const uiLang = useApp((state) => state.lang);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = `${lang}|${draftMarking}|${excludedParts.join(',')}|${revision}`;

  useEffect(() => {
    let current = true;
    controller.query('document.preview', { lang, excludedParts: [...excludedParts], draftMarking }).then(
      (preview) => current && setAnswer({ key, preview, error: null }),
      (error: unknown) => current && setAnswer((last) => ({ key, preview: last?.preview ?? null, error: toErrorValue(error, uiLang).message })),
    );
    return () => {
      current = false;
    };
  }, [controller, key, lang, excludedParts, draftMarking, uiLang]);

  return { preview: answer?.preview ?? null, error: answer?.error ?? null, updating: answer?.key !== key };
}
