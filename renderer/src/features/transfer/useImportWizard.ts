import { useCallback, useRef, useState } from 'react';
import { RumboError, formatBytes, isErrorValue, toErrorValue } from '../../../../shared/errors';
import { IMPORT_LIMITS } from '../../../../shared/inventory/limits';
import type { ImportField, ImportPreview, ImportResult } from '../../../../shared/inventory/transfer-schemas';
import { useController } from '../../app/controller-context';
import { useApp } from '../../app/store';

export type WizardStep = 'file' | 'columns' | 'review';

interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportChoices {
  mapping: (ImportField | null)[] | undefined;
  createUnits: boolean;
  createPeople: boolean;
}

export interface ImportWizardState {
  step: WizardStep;
  file: ChosenFile | null;
  preview: ImportPreview | null;
  choices: ImportChoices;
  skipInvalid: boolean;
  /** A preview or commit on its way: what is shown is about to change. */
  working: 'reading' | 'importing' | null;
  /** The last refusal, in the user's language. */
  error: string | null;
}

function sameTitles(a: ImportPreview, b: ImportPreview): boolean {
  return a.columns.length === b.columns.length && a.columns.every((column, index) => column.title === b.columns[index]!.title);
}

const INITIAL: ImportWizardState = {
  step: 'file',
  file: null,
  preview: null,
  choices: { mapping: undefined, createUnits: true, createPeople: true },
  skipInvalid: false,
  working: null,
  error: null,
};

/**
 * The import wizard's state: the chosen file, the engine's preview for the current choices,
 * and the commit. Every change of choice asks the engine for a new preview, so what the user
 * reviews is exactly what the commit will do; an answer that arrives after a newer question
 * is dropped.
 */
export function useImportWizard(onImported: (result: ImportResult) => void) {
  const controller = useController();
  const [state, setState] = useState<ImportWizardState>(INITIAL);
  const question = useRef(0);

  const messageOf = (error: unknown) => (isErrorValue(error) ? error.message : toErrorValue(error, useApp.getState().lang).message);

  const preview = useCallback(
    async (file: ChosenFile, choices: ImportChoices, nextStep?: WizardStep, previous?: ImportWizardState) => {
      const asked = ++question.current;
      setState((current) => ({ ...current, file, choices, working: 'reading', error: null }));
      try {
        let result = await controller.query('accounts.importPreview', { bytes: file.bytes, fileName: file.name, ...choices });
        // The corrected version of the same sheet keeps the columns the user had mapped by hand.
        const kept = previous?.choices.mapping && previous.preview && sameTitles(previous.preview, result) ? previous.choices.mapping : undefined;
        if (kept && asked === question.current) {
          choices = { ...choices, mapping: kept };
          result = await controller.query('accounts.importPreview', { bytes: file.bytes, fileName: file.name, ...choices });
        }
        if (asked !== question.current) return;
        setState((current) => ({ ...current, choices, preview: result, working: null, step: nextStep ?? current.step, skipInvalid: result.invalid > 0 && current.skipInvalid }));
      } catch (error) {
        if (asked !== question.current) return;
        setState((current) => ({ ...current, working: null, error: messageOf(error), ...(nextStep ? { preview: null, step: 'file' as const } : {}) }));
      }
    },
    [controller],
  );

  const chooseFile = useCallback(
    async (chosen: File) => {
      if (chosen.size > IMPORT_LIMITS.maxFileBytes) {
        const error = new RumboError('IMPORT_TOO_LARGE', { size: formatBytes(chosen.size), max: formatBytes(IMPORT_LIMITS.maxFileBytes) });
        setState({ ...INITIAL, error: messageOf(error) });
        return;
      }
      const file = { name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) };
      // A new file starts from what Rumbo recognises in it, unless it has the last file's columns.
      await preview(file, { ...INITIAL.choices, createUnits: state.choices.createUnits, createPeople: state.choices.createPeople }, 'columns', state);
    },
    [preview, state],
  );

  const setChoices = useCallback(
    (patch: Partial<ImportChoices>) => {
      if (!state.file) return;
      void preview(state.file, { ...state.choices, ...patch });
    },
    [preview, state.file, state.choices],
  );

  /** Gives a column a field; a field already fed by another column is taken from it. */
  const mapColumn = useCallback(
    (column: number, field: ImportField | null) => {
      if (!state.preview) return;
      const mapping = (state.choices.mapping ?? state.preview.mapping).map((current, index) => (index === column ? field : current === field ? null : current));
      setChoices({ mapping });
    },
    [setChoices, state.preview, state.choices.mapping],
  );

  const commit = useCallback(async () => {
    const { file, choices, skipInvalid } = state;
    if (!file) return;
    setState((current) => ({ ...current, working: 'importing', error: null }));
    const result = await controller.change('accounts.importCommit', { bytes: file.bytes, fileName: file.name, ...choices, skipInvalid });
    if (result) {
      setState(INITIAL);
      onImported(result);
    } else {
      // The refusal is already a notice; the preview is asked again in case the plan changed.
      setState((current) => ({ ...current, working: null }));
      void preview(file, choices);
    }
  }, [controller, onImported, preview, state]);

  const goTo = useCallback((step: WizardStep) => setState((current) => ({ ...current, step, error: null })), []);
  const setSkipInvalid = useCallback((skipInvalid: boolean) => setState((current) => ({ ...current, skipInvalid })), []);
  const reset = useCallback(() => {
    question.current++;
    setState(INITIAL);
  }, []);

  return { state, chooseFile, setChoices, mapColumn, commit, goTo, setSkipInvalid, reset };
}
