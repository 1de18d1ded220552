import type { BaseWindow, Dialog } from 'electron';
import path from 'node:path';
import { translate, type Lang } from '../../shared/i18n';
import { PLAN_FILE_EXTENSION } from '../../shared/db/format';
import { safeFileName, withExtension } from './file-names';

export const DOCX_EXTENSION = '.docx';

export interface DialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  window: () => BaseWindow | null;
  lang: () => Lang;
  /** Where save dialogs start: the user's Documents folder. */
  defaultFolder: () => string;
}

/** Native file dialogs. Each returns the absolute path the user chose, or null when cancelled. */
export interface NativeDialogs {
  pickPlanToOpen(): Promise<string | null>;
  pickPlanTarget(suggestedName: string): Promise<string | null>;
  pickDocumentTarget(suggestedName: string): Promise<string | null>;
}

export function createNativeDialogs(deps: DialogDeps): NativeDialogs {
  const withParent = <T>(show: (parent: BaseWindow | null) => Promise<T>): Promise<T> => show(deps.window());

  const pickSaveTarget = async (suggestedName: string, extension: string, fallback: string, title: string, filterName: string) => {
    const defaultPath = path.join(deps.defaultFolder(), safeFileName(suggestedName, extension, fallback));
    const options = { title, defaultPath, filters: [{ name: filterName, extensions: [extension.slice(1)] }], properties: ['showOverwriteConfirmation' as const] };
    const result = await withParent((parent) => (parent ? deps.dialog.showSaveDialog(parent, options) : deps.dialog.showSaveDialog(options)));
    if (result.canceled || !result.filePath) return null;
    return withExtension(path.resolve(result.filePath), extension);
  };

  return {
    async pickPlanToOpen() {
      const lang = deps.lang();
      const options = {
        title: translate(lang, 'menu.dialogs.openPlanTitle'),
        filters: [{ name: translate(lang, 'menu.dialogs.planFilter'), extensions: [PLAN_FILE_EXTENSION.slice(1)] }],
        properties: ['openFile' as const],
      };
      const result = await withParent((parent) => (parent ? deps.dialog.showOpenDialog(parent, options) : deps.dialog.showOpenDialog(options)));
      const chosen = result.filePaths[0];
      return result.canceled || !chosen ? null : path.resolve(chosen);
    },
    pickPlanTarget(suggestedName) {
      const lang = deps.lang();
      return pickSaveTarget(suggestedName, PLAN_FILE_EXTENSION, 'plan', translate(lang, 'menu.dialogs.savePlanTitle'), translate(lang, 'menu.dialogs.planFilter'));
    },
    pickDocumentTarget(suggestedName) {
      const lang = deps.lang();
      return pickSaveTarget(suggestedName, DOCX_EXTENSION, 'plan', translate(lang, 'menu.dialogs.exportDocxTitle'), translate(lang, 'menu.dialogs.docxFilter'));
    },
  };
}
