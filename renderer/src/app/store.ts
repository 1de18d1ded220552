import { create } from 'zustand';
import type { PlanState } from '../../../shared/engine/contract';
import type { ErrorValue } from '../../../shared/errors';
import type { FileHandle, FileLocationKind, RecentFile, RecoveryEntry } from '../../../shared/host/types';
import { DEFAULT_LANG, type Lang } from '../../../shared/i18n';
import type { InstitutionProfile } from '../../../shared/model/institution';
import type { Inventory } from '../../../shared/model/inventory';
import type { ActionPlan } from '../../../shared/model/action-plan';
import type { DocumentSetup } from '../../../shared/model/document';

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; error: ErrorValue }
  /** Edits are kept (and in recovery) but there is no writable file yet: "Save as" is needed. */
  | { kind: 'needs-file'; reason: ErrorValue | null }
  | { kind: 'read-only' };

export interface OpenFile {
  handle: FileHandle | null;
  name: string;
  location: FileLocationKind;
}

export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'info';
  message: string;
  action?: 'saveAs' | 'openCopy';
}

/** The plan's sections; the navigation (and the traceability links) name each one `ui.nav.<section>`. */
export type Section =
  | 'profile'
  | 'organisation'
  | 'people'
  | 'accounts'
  | 'map'
  | 'findings'
  | 'swot'
  | 'came'
  | 'objectives'
  | 'lines'
  | 'timeline'
  | 'traceability'
  | 'document';

/** The document's own screens beside the export; the navigation names them from the docui catalog, not ui.nav. */
export type DocumentScreen = 'documentControl' | 'planTexts';

/** Working with others: sending copies, bringing them back, who changed what, approval. */
export type SharingScreen = 'sendCopy' | 'receiveCopy' | 'history' | 'versions';

/** Every screen the workspace can show. */
export type Screen = Section | DocumentScreen | SharingScreen;

export interface AppState {
  lang: Lang;
  /** Who signs the changes made here (the history's "who"). */
  author: string;
  ready: boolean;
  plan: PlanState | null;
  profile: InstitutionProfile | null;
  inventory: Inventory | null;
  action: ActionPlan | null;
  /** The document control, version history and the planner's texts. */
  document: DocumentSetup | null;
  file: OpenFile | null;
  save: SaveStatus;
  section: Screen;
  notices: Notice[];
  recent: RecentFile[];
  recovery: RecoveryEntry[];
  busy: boolean;
  /** An approved version open to look at (read-only): the plan file to go back to. */
  viewingVersion: { label: string; returnTo: OpenFile } | null;
  /** The change history screen opens filtered to this record when set (from a record's "history" link). */
  historyRecord: { id: string; label: string } | null;
}

export const useApp = create<AppState>(() => ({
  lang: DEFAULT_LANG,
  author: '',
  ready: false,
  plan: null,
  profile: null,
  inventory: null,
  action: null,
  document: null,
  file: null,
  save: { kind: 'pending' },
  section: 'profile',
  notices: [],
  recent: [],
  recovery: [],
  busy: false,
  viewingVersion: null,
  historyRecord: null,
}));

let nextNoticeId = 1;

export function pushNotice(notice: Omit<Notice, 'id'>): void {
  useApp.setState((state) => ({
    notices: [...state.notices.filter((existing) => existing.message !== notice.message), { ...notice, id: nextNoticeId++ }],
  }));
}

export function dismissNotice(id: number): void {
  useApp.setState((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
}
