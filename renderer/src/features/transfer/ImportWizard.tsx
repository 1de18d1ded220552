import { useEffect, useId, useRef } from 'react';
import type { ImportResult } from '../../../../shared/inventory/transfer-schemas';
import type { MessageKey } from '../../../../shared/i18n';
import { useT } from '../../i18n/useT';
import { ColumnsStep } from './ColumnsStep';
import { FileChooser } from './FileChooser';
import { ReviewStep } from './ReviewStep';
import { useImportWizard, type WizardStep } from './useImportWizard';

const STEPS: readonly { id: WizardStep; label: MessageKey }[] = [
  { id: 'file', label: 'transfer.wizard.steps.file' },
  { id: 'columns', label: 'transfer.wizard.steps.columns' },
  { id: 'review', label: 'transfer.wizard.steps.review' },
];

interface ImportWizardProps {
  open: boolean;
  onClose: () => void;
  onImported: (result: ImportResult) => void;
}

/**
 * Importing accounts from a spreadsheet, in three steps: choose the file; check the column
 * mapping; review the problems, the units and people to create, and import. Nothing touches
 * the plan until the last button, and then the whole import is one undo step. A modal
 * <dialog>: focus stays inside, Escape closes it, and focus returns to the opening button.
 */
export function ImportWizard({ open, onClose, onImported }: ImportWizardProps) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  const helpId = useId();
  const wizard = useImportWizard((result) => {
    onImported(result);
    onClose();
  });
  const { state } = wizard;
  const { reset } = wizard;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      reset();
      element.showModal();
    }
    if (!open && element.open) element.close();
  }, [open, reset]);

  // Each step begins at its heading, so a screen reader hears where it is.
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open, state.step]);

  const index = STEPS.findIndex((step) => step.id === state.step);
  const busy = state.working !== null;
  const preview = state.preview;
  const blocked = !preview || preview.valid === 0 || (preview.invalid > 0 && !state.skipInvalid);
  const statusText =
    state.working === 'reading' && state.file
      ? t('transfer.wizard.reading', { name: state.file.name })
      : state.working === 'importing'
        ? t('transfer.wizard.importing')
        : '';

  return (
    <dialog
      ref={dialog}
      className="transfer-wizard"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        if (state.working !== 'importing') onClose();
      }}
    >
      {open && (
        <>
          <header>
            <div>
              <h2 id={titleId}>{t('transfer.wizard.title')}</h2>
              <ol className="transfer-steps">
                {STEPS.map((step, position) => (
                  <li key={step.id} aria-current={step.id === state.step ? 'step' : undefined}>
                    {position + 1}. {t(step.label)}
                  </li>
                ))}
              </ol>
            </div>
            <button type="button" className="secondary" disabled={state.working === 'importing'} onClick={onClose}>
              {t('transfer.wizard.close')}
            </button>
          </header>
          <div className="transfer-wizard-body">
            <h3 ref={heading} tabIndex={-1}>
              {t('transfer.wizard.step', { current: index + 1, total: STEPS.length, name: t(STEPS[index]!.label) })}
            </h3>
            {state.error && (
              <p className="transfer-error" role="alert">
                {state.error}
              </p>
            )}
            {state.step === 'file' && (
              <div>
                <p className="help" id={helpId}>
                  {t('transfer.wizard.fileHelp')}
                </p>
                <div className="button-row">
                  <FileChooser label={t('transfer.wizard.chooseFile')} describedBy={helpId} disabled={busy} onChoose={(file) => void wizard.chooseFile(file)} />
                </div>
              </div>
            )}
            {state.step === 'columns' && preview && state.file && (
              <ColumnsStep fileName={state.file.name} preview={preview} disabled={busy} onMap={wizard.mapColumn} />
            )}
            {state.step === 'review' && preview && (
              <ReviewStep
                preview={preview}
                choices={state.choices}
                skipInvalid={state.skipInvalid}
                disabled={busy}
                onChoices={wizard.setChoices}
                onSkipInvalid={wizard.setSkipInvalid}
              />
            )}
          </div>
          <footer>
            <p className="transfer-footer-note" role="status" aria-live="polite">
              {statusText || (state.step === 'review' && preview && blocked ? t(preview.valid === 0 ? 'transfer.wizard.nothingValid' : 'transfer.wizard.mustFix') : '')}
            </p>
            {state.step !== 'file' && (
              <FileChooser label={t('transfer.wizard.chooseOther')} secondary disabled={busy} onChoose={(file) => void wizard.chooseFile(file)} />
            )}
            {index > 0 && (
              <button type="button" className="secondary" disabled={busy} onClick={() => wizard.goTo(STEPS[index - 1]!.id)}>
                {t('transfer.wizard.back')}
              </button>
            )}
            {state.step === 'columns' && (
              <button type="button" disabled={busy || !preview || preview.missingPlatform} onClick={() => wizard.goTo('review')}>
                {t('transfer.wizard.next')}
              </button>
            )}
            {state.step === 'review' && preview && (
              <button type="button" disabled={busy || blocked} onClick={() => void wizard.commit()}>
                {t('transfer.wizard.commit', { count: state.skipInvalid ? preview.valid : preview.valid + preview.invalid })}
              </button>
            )}
          </footer>
        </>
      )}
    </dialog>
  );
}
