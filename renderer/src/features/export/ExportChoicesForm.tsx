import { DRAFT_MARKINGS, type DocumentPart, type DraftMarking } from '../../../../shared/model/document';
import type { DocumentPreview } from '../../../../shared/docx/types';
import type { Lang } from '../../../../shared/i18n';
import type { PlanStatus } from '../../../../shared/model/plan';
import { useT } from '../../i18n/useT';
import { PlanLanguageField } from '../../ui/PlanLanguageField';
import { partChoices, withPart, withoutEmptyParts, type PartChoice } from './parts';
import type { ExportChoices } from './useDocumentPreview';

interface ExportChoicesFormProps {
  choices: ExportChoices;
  preview: DocumentPreview | null;
  status: PlanStatus;
  readOnly: boolean;
  onLang: (lang: Lang) => void;
  onParts: (excludedParts: DocumentPart[]) => void;
  onDraftMarking: (draftMarking: DraftMarking) => void;
}

/** What goes into the document: its parts, its language and the DRAFT marking. */
export function ExportChoicesForm({ choices, preview, status, readOnly, onLang, onParts, onDraftMarking }: ExportChoicesFormProps) {
  const t = useT();
  const { chapters, annexes } = partChoices(choices.excludedParts, preview?.parts);
  const withoutEmpty = withoutEmptyParts(choices.excludedParts, preview?.parts);
  const toggle = (part: DocumentPart, included: boolean) => onParts(withPart(choices.excludedParts, part, included));

  return (
    <div className="export-choices">
      <h2 id="export-choices-title">{t('docui.export.choices')}</h2>
      <p className="hint">{t('docui.export.alwaysIncluded')}</p>
      <PartGroup legend={t('docui.export.chapters')} choices={chapters} onToggle={toggle} />
      <PartGroup legend={t('docui.export.annexes')} choices={annexes} onToggle={toggle} />
      <p className="hint" id="export-no-data-hint">
        {t('docui.export.noDataHint')}
      </p>
      <div className="button-row">
        <button type="button" className="secondary compact" aria-describedby="export-no-data-hint" disabled={withoutEmpty.length === choices.excludedParts.length} onClick={() => onParts(withoutEmpty)}>
          {t('docui.export.leaveOutEmpty')}
        </button>
        <button type="button" className="secondary compact" disabled={choices.excludedParts.length === 0} onClick={() => onParts([])}>
          {t('docui.export.includeAll')}
        </button>
      </div>
      <PlanLanguageField label={t('docui.export.language')} value={choices.lang} onChange={onLang} />
      <fieldset className="field export-draft">
        <legend>{t('docui.export.draft.legend')}</legend>
        {DRAFT_MARKINGS.map((marking) => (
          <label key={marking} className="choice">
            <input type="radio" name="draft-marking" value={marking} checked={choices.draftMarking === marking} onChange={() => onDraftMarking(marking)} />
            <span>
              {t(`docui.export.draft.${marking}`)}
              {marking === 'auto' && <span className="hint choice-hint">{t('docui.export.draft.autoHint', { status: t(`common.planStatuses.${status}`) })}</span>}
            </span>
          </label>
        ))}
        {preview && <p className="export-draft-outcome">{t(preview.draft ? 'docui.export.draft.willBeDraft' : 'docui.export.draft.willNotBeDraft')}</p>}
      </fieldset>
      <p className="hint">{t(readOnly ? 'docui.export.notSavedReadOnly' : 'docui.export.saved')}</p>
    </div>
  );
}

function PartGroup({ legend, choices, onToggle }: { legend: string; choices: PartChoice[]; onToggle: (part: DocumentPart, included: boolean) => void }) {
  const t = useT();
  return (
    <fieldset className="field export-parts">
      <legend>{legend}</legend>
      {choices.map(({ part, included, hasData }) => (
        <label key={part} className="choice">
          <input type="checkbox" checked={included} onChange={(event) => onToggle(part, event.target.checked)} />
          <span>
            {t(`docui.parts.${part}`)}
            {hasData === false && <span className="no-data"> — {t('docui.export.noData')}</span>}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
