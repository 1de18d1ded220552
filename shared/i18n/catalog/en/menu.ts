import type { SameShape } from '../../types';
import type { menu as es } from '../es/menu';

export const menu: SameShape<typeof es> = {
  file: {
    label: '&File',
    newPlan: 'New plan',
    open: 'Open…',
    openSample: 'Open sample plan',
    save: 'Save',
    saveAs: 'Save as…',
    exportDocx: 'Export to Word…',
    closePlan: 'Close plan',
    quit: 'Quit',
  },
  edit: {
    label: '&Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
  },
  view: {
    label: '&View',
    language: 'Language',
    spanish: 'Español',
    english: 'English',
    resetZoom: 'Actual size',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fullScreen: 'Full screen',
  },
  help: {
    label: '&Help',
    about: 'About Rumbo',
  },
  dialogs: {
    openPlanTitle: 'Open a plan',
    savePlanTitle: 'Save the plan',
    exportDocxTitle: 'Export the plan to Word',
    planFilter: 'Rumbo plans',
    docxFilter: 'Word document',
  },
  closeWithChanges: {
    title: 'Unsaved changes',
    message: 'The plan has unsaved changes.',
    detail: 'Do you want to save them before closing Rumbo?',
    save: 'Save',
    discard: 'Close without saving',
    cancel: 'Cancel',
  },
};
