import { useRef, useState } from 'react';
import type { Lang } from '../../../../shared/i18n';
import type { DocumentPart, DraftMarking } from '../../../../shared/model/document';
import { useController } from '../../app/controller-context';
import { documentFileName } from '../../../../shared/files/file-names';
import { useApp } from '../../app/store';
import { useT } from '../../i18n/useT';
import { ExportChoicesForm } from './ExportChoicesForm';
import { KeyPages } from './KeyPages';
import { OutlinePreview } from './OutlinePreview';
import { useDocumentPreview, type ExportChoices } from './useDocumentPreview';
import './export.css';

type SavedChoices = Pick<ExportChoices, 'excludedParts' | 'draftMarking'>;
type Outcome = { tone: 'done' | 'error'; message: string } | null;


/**
 * The export of the formal Word document: what to include, in which language, with or without
 * the DRAFT marking, a preview of the outline and key pages, and the export itself. The parts
 * and the marking are saved in the plan (one undo step each) so they travel with the file.
 */
export function ExportSection() {
  const t = useT();
  const controller = useController();
  const profile = useApp((state) => state.profile);
  const plan = useApp((state) => state.plan);
  const document = useApp((state) => state.document);
  const busy = useApp((state) => state.busy);
  const [lang, setLang] = useState<Lang>(profile?.language ?? 'es');
  // Choices not (yet) in the plan: the one on its way to the engine, so a checkbox turns at once
  // rather than when the plan answers; or, in a read-only plan, the choices of this export only.
  const [local, setLocal] = useState<SavedChoices | null>(null);
  const latestChoice = useRef(0);
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const readOnly = plan?.readOnly ?? true;
  const saved: SavedChoices = local ?? {
    excludedParts: document?.settings.excludedParts ?? [],
    draftMarking: document?.settings.draftMarking ?? 'auto',
  };
  const choices: ExportChoices = { lang, ...saved };
  const { preview, error, updating } = useDocumentPreview(choices, plan?.meta.revision ?? -1);
  if (!profile || !plan || !document) return null;

  const fileName = preview?.fileName || documentFileName({ institution: profile.name, title: profile.planTitle, version: plan.meta.versionLabel });

  async function choose(patch: { excludedParts?: DocumentPart[]; draftMarking?: DraftMarking }) {
    setLocal({ ...saved, ...patch });
    if (readOnly) return;
    const mine = ++latestChoice.current;
    await controller.change('document.update', patch);
    // The plan holds it now (or refused it and says why): show the plan's own, unless another choice followed.
    if (latestChoice.current === mine) setLocal(null);
  }

  async function exportNow() {
    setWorking(true);
    setOutcome(null);
    const result = await controller.exportDocument({ lang, excludedParts: [...saved.excludedParts], draftMarking: saved.draftMarking }, fileName);
    setWorking(false);
    if (result.kind === 'written') setOutcome({ tone: 'done', message: t('docui.export.exported', { name: result.name }) });
    else if (result.kind === 'cancelled') setOutcome({ tone: 'done', message: t('docui.export.cancelled') });
    else setOutcome({ tone: 'error', message: result.error.message });
  }

  return (
    <section aria-labelledby="export-title" className="section export-screen">
      <h1 id="export-title">{t('docui.export.title')}</h1>
      <p className="help">{t('docui.export.help')}</p>
      <div className="export-layout">
        <div className="export-side card">
          <ExportChoicesForm
            choices={choices}
            preview={preview}
            status={plan.meta.status}
            readOnly={readOnly}
            onLang={setLang}
            onParts={(excludedParts: DocumentPart[]) => void choose({ excludedParts })}
            onDraftMarking={(draftMarking: DraftMarking) => void choose({ draftMarking })}
          />
          <div className="field export-file">
            <span className="field-label" id="export-file-label">
              {t('docui.export.fileName')}
            </span>
            <output aria-labelledby="export-file-label" data-testid="export-file-name">
              {fileName}
            </output>
          </div>
          <button type="button" className="export-button" disabled={busy || working} onClick={() => void exportNow()}>
            {t('docui.export.export')}
          </button>
          <p role="status" aria-live="polite" className="export-outcome">
            {working ? t('docui.export.exporting') : outcome?.tone === 'done' ? outcome.message : ''}
          </p>
          {outcome?.tone === 'error' && (
            <p role="alert" className="export-error">
              {outcome.message}
            </p>
          )}
        </div>
        <div className="export-preview" aria-labelledby="export-preview-title" role="region" aria-busy={updating}>
          <h2 id="export-preview-title">
            {t('docui.export.preview.title')}
            <span className="preview-state muted small" role="status" aria-live="polite">
              {updating ? ` ${t('docui.export.preview.updating')}` : ''}
            </span>
          </h2>
          {error && (
            <p role="alert" className="export-error">
              {error}
            </p>
          )}
          <OutlinePreview headings={preview?.headings ?? []} lang={lang} />
          {preview && <KeyPages lang={lang} draft={preview.draft} profile={profile} meta={plan.meta} document={document} control={preview.control} />}
        </div>
      </div>
    </section>
  );
}
