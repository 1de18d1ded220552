import type { CallInput, CallResult, ChangeCall } from '../../../shared/engine/contract';
import { RumboError, toErrorValue, type ErrorValue } from '../../../shared/errors';
import type { MenuCommand, OpenedFile, ReceivedCopy } from '../../../shared/host/types';
import type { CopyOrigin, PreparedCopy } from '../../../shared/model/sharing';
import { formatDate, translate, type Lang } from '../../../shared/i18n';
import type { NewPlanInput } from '../../../shared/model/institution';
import type { EngineClient } from '../engine/client';
import type { PlanHost } from '../host/host';
import { planFileName } from '../../../shared/files/file-names';
import { pushNotice, useApp, type SaveStatus } from './store';

export type CopyOutcome = { kind: 'written'; name: string; copy: PreparedCopy } | { kind: 'cancelled' } | { kind: 'failed'; error: ErrorValue };

/** Engine calls that only read, which screens may make directly. */
export type QueryCall =
  | 'accounts.importPreview'
  | 'accounts.exportFile'
  | 'document.preview'
  | 'plan.inspectCopy'
  | 'plan.compare'
  | 'plan.mergePreview'
  | 'snapshots.list'
  | 'version.export'
  | 'history.list'
  | 'history.merges';

/** "This is a copy Ana prepared on 28/11/2026 for Luis…": said when a copy prepared to send is opened. */
function copyOriginMessage(origin: CopyOrigin, lang: Lang): string {
  const who = [origin.recipient, origin.unitName].filter(Boolean).join(' · ');
  return translate(lang, who ? 'ui.app.copyOriginFor' : 'ui.app.copyOrigin', { by: origin.preparedBy, date: formatDate(lang, origin.preparedAt.slice(0, 10)), who });
}

export type DocumentExportOutcome = { kind: 'written'; name: string } | { kind: 'cancelled' } | { kind: 'failed'; error: ErrorValue };

const AUTOSAVE_DELAY_MS = 700;
const RECOVERY_DELAY_MS = 1500;
const LANG_KEY = 'rumbo.lang';
const AUTHOR_KEY = 'rumbo.author';

/**
 * The open plan's life: create, open, edit, undo, autosave, recovery, save as, close, export.
 * The engine (in its Worker) holds the plan; the host writes files; this keeps them in step
 * and tells the screen the truth about saving.
 */
export class PlanController {
  private autosaveTimer: ReturnType<typeof setTimeout> | null = null;
  private recoveryTimer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> | null = null;
  private savedRevision = -1;

  constructor(
    private readonly engine: EngineClient,
    readonly host: PlanHost,
  ) {}

  async start(): Promise<void> {
    const stored = localStorage.getItem(LANG_KEY);
    const lang: Lang = stored === 'en' ? 'en' : 'es';
    const author = await this.authorName(lang);
    await this.engine.call('session.configure', { author, lang });
    useApp.setState({ lang, author });
    this.host.setLanguage(lang);
    this.host.onMenuCommand((command) => void this.onMenu(command));
    this.host.onOpenRequest(
      (file) => void this.openFile(file),
      (error) => this.report(error),
    );
    await this.refreshLists();
    useApp.setState({ ready: true });
    this.updateTitle();
  }

  async setLanguage(lang: Lang): Promise<void> {
    localStorage.setItem(LANG_KEY, lang);
    const author = await this.authorName(lang);
    await this.engine.call('session.configure', { author, lang });
    useApp.setState({ lang, author });
    this.host.setLanguage(lang);
    this.updateTitle();
  }

  /**
   * The name that signs this person's changes in the history: the one they chose (kept on this
   * PC, for every plan), else the system user, else a neutral default.
   */
  private async authorName(lang: Lang): Promise<string> {
    return localStorage.getItem(AUTHOR_KEY)?.trim() || (await this.host.userName().catch(() => '')) || translate(lang, 'ui.app.defaultAuthor');
  }

  /** The system's own name for this user, shown as what an empty choice goes back to. */
  async systemUserName(): Promise<string> {
    return this.host.userName().catch(() => '');
  }

  /** Sets (or, empty, forgets) the name that signs this person's changes from now on. */
  async setAuthorName(name: string): Promise<void> {
    const trimmed = name.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, 200);
    if (trimmed) localStorage.setItem(AUTHOR_KEY, trimmed);
    else localStorage.removeItem(AUTHOR_KEY);
    const lang = useApp.getState().lang;
    const author = await this.authorName(lang);
    await this.engine.call('session.configure', { author, lang });
    useApp.setState({ author });
  }

  // ----- opening and creating -----

  async createPlan(input: NewPlanInput): Promise<boolean> {
    return this.guard(async () => {
      await this.closeCurrent();
      const plan = await this.engine.call('plan.create', input);
      await this.refreshData();
      const profile = useApp.getState().profile!;
      useApp.setState({ plan, section: 'profile', file: { handle: null, name: planFileName({ institution: profile.name, title: profile.planTitle }), location: 'normal' } });
      this.savedRevision = -1;
      const target = await this.host.pickSaveTarget(planFileName({ institution: profile.name, title: profile.planTitle }));
      if (target) {
        useApp.setState({ file: { handle: target.handle, name: target.name, location: 'normal' } });
        await this.saveNow();
      } else {
        this.setSave({ kind: 'needs-file', reason: null });
        this.scheduleRecovery();
      }
      this.updateTitle();
    });
  }

  async openFromDialog(): Promise<void> {
    await this.guard(async () => {
      const file = await this.host.pickPlanToOpen();
      if (file) await this.openFile(file);
    });
  }

  async openRecent(handle: string): Promise<void> {
    await this.guard(async () => this.openFile(await this.host.openRecent(handle)));
  }

  async openSample(): Promise<void> {
    await this.guard(async () => {
      const bytes = await this.host.readSample();
      // The bundled sample is never overwritten: it opens as a new plan that needs a place.
      await this.openBytes(bytes, { handle: null, name: translate(useApp.getState().lang, 'ui.welcome.sampleFileName'), location: 'normal' }, false);
      this.setSave({ kind: 'needs-file', reason: null });
    });
  }

  async restoreRecovery(id: string): Promise<void> {
    await this.guard(async () => {
      const entry = useApp.getState().recovery.find((candidate) => candidate.id === id);
      if (!entry) return;
      const bytes = await this.host.readRecovery(id);
      await this.openBytes(bytes, { handle: entry.handle, name: entry.name, location: 'normal' }, false);
      // What was recovered is newer than the file: write it back (or ask where) straight away.
      this.savedRevision = -1;
      if (entry.handle) await this.saveNow();
      else this.setSave({ kind: 'needs-file', reason: null });
    });
  }

  async discardRecovery(id: string): Promise<void> {
    await this.guard(async () => {
      const entry = useApp.getState().recovery.find((candidate) => candidate.id === id);
      if (entry) await this.host.clearRecovery(entry.key);
      await this.refreshLists();
    });
  }

  async openFile(file: OpenedFile): Promise<void> {
    await this.guard(async () => {
      const lang = useApp.getState().lang;
      await this.openBytes(file.bytes, { handle: file.handle, name: file.name, location: file.location }, file.lockedBy !== null);
      if (file.lockedBy) {
        const since = new Date(file.lockedBy.since).toLocaleString(lang === 'es' ? 'es-ES' : 'en-GB');
        pushNotice({ tone: 'warning', message: translate(lang, 'errors.LOCKED_BY_OTHER', { ...file.lockedBy, since }), action: 'openCopy' });
      } else if (file.location !== 'normal') {
        const code = file.location === 'temporary' ? 'TEMPORARY_LOCATION' : 'SAVE_READ_ONLY_LOCATION';
        const reason = toErrorValue(new RumboError(code), lang);
        this.setSave({ kind: 'needs-file', reason });
        pushNotice({ tone: 'warning', message: reason.message, action: 'saveAs' });
      }
    });
  }

  private async openBytes(bytes: Uint8Array, file: { handle: string | null; name: string; location: OpenedFile['location'] }, readOnly: boolean) {
    await this.closeCurrent();
    const plan = await this.engine.call('plan.open', { bytes, forceReadOnly: readOnly });
    await this.refreshData();
    this.savedRevision = plan.meta.revision;
    useApp.setState({ plan, file, section: 'profile' });
    this.setSave(plan.readOnly ? { kind: 'read-only' } : { kind: 'saved', at: new Date().toISOString() });
    if (plan.readOnlyReason && plan.readOnlyReason.code !== 'PLAN_READ_ONLY') pushNotice({ tone: 'warning', message: plan.readOnlyReason.message });
    if (plan.copyOrigin && !readOnly) pushNotice({ tone: 'info', message: copyOriginMessage(plan.copyOrigin, useApp.getState().lang) });
    this.updateTitle();
  }

  /**
   * A plan someone else has open elsewhere: work on a copy of it instead, which needs a file
   * of its own (the original is never written). Later the copy can be merged back.
   */
  async openAsCopy(): Promise<void> {
    await this.guard(async () => {
      const { file, lang } = useApp.getState();
      if (!file) return;
      const exported = await this.engine.call('plan.export');
      const stem = file.name.replace(/\.rumbo$/i, '');
      await this.openBytes(exported.bytes, { handle: null, name: translate(lang, 'ui.app.copyName', { name: stem }), location: 'normal' }, false);
      this.savedRevision = -1;
      this.setSave({ kind: 'needs-file', reason: null });
      const target = await this.host.pickSaveTarget(translate(lang, 'ui.app.copyName', { name: stem }));
      if (target) {
        useApp.setState({ file: { handle: target.handle, name: target.name, location: 'normal' } });
        this.setSave({ kind: 'pending' });
        await this.saveNow();
      }
      this.updateTitle();
    });
  }

  /**
   * Opens an approved version kept inside the plan, read-only, to look at it as it was approved;
   * leaveVersion() goes back to the plan file. The plan is saved and released meanwhile.
   */
  async viewVersion(id: string, label: string): Promise<void> {
    await this.guard(async () => {
      const { file } = useApp.getState();
      if (!file?.handle) return;
      const bytes = await this.engine.call('version.bytes', { id });
      const returnTo = { ...file };
      await this.openBytes(bytes, { handle: null, name: label, location: 'normal' }, true);
      useApp.setState({ viewingVersion: { label, returnTo } });
      this.updateTitle();
    });
  }

  async leaveVersion(): Promise<void> {
    await this.guard(async () => {
      const viewing = useApp.getState().viewingVersion;
      if (!viewing?.returnTo.handle) return;
      const handle = viewing.returnTo.handle;
      await this.closeCurrent();
      useApp.setState({ viewingVersion: null });
      await this.openFile(await this.host.openRecent(handle));
      useApp.setState({ section: 'versions' });
    });
  }

  /**
   * Prepares a copy to send (or a department package), has the host write it where the user
   * says, and saves the plan, which now remembers the copy (the common ancestor of a later merge).
   */
  sendCopy(input: CallInput<'plan.prepareCopy'>): Promise<CopyOutcome> {
    return this.attempt(async () => {
      const copy = await this.engine.call('plan.prepareCopy', input);
      const written = await this.host.saveCopy(copy.fileName, copy.bytes);
      if (!written) return { kind: 'cancelled' } as const;
      // Only a copy that exists is remembered as sent (and saved with the plan).
      await this.engine.call('plan.recordCopy', { token: copy.token });
      await this.afterChange();
      return { kind: 'written', name: written.name, copy } as const;
    });
  }

  /** Reads another copy of a plan to compare or merge; null when cancelled; a failure is reported. */
  async pickCopy(): Promise<ReceivedCopy | null> {
    try {
      return await this.host.pickCopyToRead();
    } catch (error) {
      this.report(error);
      return null;
    }
  }

  /** Calls that write the file's own bookkeeping (status, approval): saved like a change, but no undo step. */
  async record<K extends 'plan.setStatus' | 'plan.approve'>(call: K, input: CallInput<K>): Promise<CallResult<K> | undefined> {
    let result: CallResult<K> | undefined;
    await this.guard(async () => {
      result = await (this.engine.call as (name: K, input: CallInput<K>) => Promise<CallResult<K>>)(call, input);
      await this.afterChange();
    });
    return result;
  }

  // ----- editing -----

  /**
   * Applies one change to the plan (one undo step). Resolves with the engine's answer, or
   * undefined when it was refused; the refusal is shown to the user and nothing changed.
   */
  async change<K extends ChangeCall>(call: K, input: CallInput<K>): Promise<CallResult<K> | undefined> {
    let result: CallResult<K> | undefined;
    await this.guard(async () => {
      result = await (this.engine.call as (name: K, input: CallInput<K>) => Promise<CallResult<K>>)(call, input);
      await this.afterChange();
    });
    return result;
  }

  /** Reads back what the screens show; the plan itself lives in the engine. */
  private async refreshData(): Promise<void> {
    const [profile, inventory, action, document] = await Promise.all([
      this.engine.call('institution.get'),
      this.engine.call('inventory.get'),
      this.engine.call('action.get'),
      this.engine.call('document.get'),
    ]);
    useApp.setState({ profile, inventory, action, document });
  }

  async undo(): Promise<void> {
    await this.historyStep('history.undo');
  }

  async redo(): Promise<void> {
    await this.historyStep('history.redo');
  }

  private async historyStep(call: 'history.undo' | 'history.redo'): Promise<void> {
    const plan = useApp.getState().plan;
    if (!plan || plan.readOnly) return;
    const possible = call === 'history.undo' ? plan.history.canUndo : plan.history.canRedo;
    if (!possible) return;
    await this.guard(async () => {
      await this.engine.call(call);
      await this.afterChange();
    });
  }

  private async afterChange(): Promise<void> {
    const plan = await this.engine.call('plan.state');
    useApp.setState({ plan });
    await this.refreshData();
    if (plan.meta.revision === this.savedRevision) return;
    const current = useApp.getState().save.kind;
    if (current !== 'needs-file' && current !== 'failed') this.setSave({ kind: 'pending' });
    this.scheduleAutosave();
    this.scheduleRecovery();
    this.updateTitle();
  }

  // ----- saving -----

  private scheduleAutosave(): void {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = setTimeout(() => void this.saveNow(), AUTOSAVE_DELAY_MS);
  }

  private scheduleRecovery(): void {
    if (this.recoveryTimer) clearTimeout(this.recoveryTimer);
    this.recoveryTimer = setTimeout(() => void this.writeRecovery(), RECOVERY_DELAY_MS);
  }

  private isDirty(): boolean {
    const plan = useApp.getState().plan;
    return plan !== null && plan.meta.revision !== this.savedRevision;
  }

  private async writeRecovery(): Promise<void> {
    const { plan, file } = useApp.getState();
    if (!plan || !file || !this.isDirty()) return;
    try {
      const exported = await this.engine.call('plan.export');
      await this.host.writeRecovery(plan.meta.planId, file.name, file.handle, exported.bytes);
    } catch {
      // Recovery is a safety net; a failure here must not disturb the user, the save status says the rest.
    }
  }

  /** Saves if there is a writable file and something to save; waits for a save already running. */
  async saveNow(): Promise<void> {
    if (this.autosaveTimer) clearTimeout(this.autosaveTimer);
    this.autosaveTimer = null;
    if (this.saving) {
      await this.saving;
      if (this.isDirty()) return this.saveNow();
      return;
    }
    const { plan, file, save } = useApp.getState();
    if (!plan || plan.readOnly || !file) return;
    if (!file.handle || save.kind === 'needs-file') {
      this.setSave({ kind: 'needs-file', reason: save.kind === 'needs-file' ? save.reason : null });
      return;
    }
    if (!this.isDirty()) return;
    const handle = file.handle;
    this.saving = (async () => {
      this.setSave({ kind: 'saving' });
      try {
        const exported = await this.engine.call('plan.export');
        const saved = await this.host.save(handle, exported.bytes, exported.sha256);
        this.savedRevision = exported.revision;
        const stillSameFile = useApp.getState().file?.handle === handle;
        if (stillSameFile) useApp.setState((state) => ({ file: state.file ? { ...state.file, name: saved.name } : null }));
        await this.host.clearRecovery(plan.meta.planId).catch(() => undefined);
        this.setSave(this.isDirty() ? { kind: 'pending' } : { kind: 'saved', at: saved.savedAt });
      } catch (error) {
        const value = toErrorValue(error, useApp.getState().lang);
        this.setSave({ kind: 'failed', error: value });
        this.scheduleRecovery();
      } finally {
        this.saving = null;
        this.updateTitle();
      }
    })();
    await this.saving;
    if (this.isDirty() && useApp.getState().save.kind === 'pending') this.scheduleAutosave();
  }

  async saveAs(): Promise<void> {
    await this.guard(async () => {
      const { profile, file } = useApp.getState();
      if (!profile) return;
      const target = await this.host.pickSaveTarget(file?.name ?? planFileName({ institution: profile.name, title: profile.planTitle }));
      if (!target) return;
      const previous = file?.handle;
      useApp.setState({ file: { handle: target.handle, name: target.name, location: 'normal' } });
      this.savedRevision = -1;
      this.setSave({ kind: 'pending' });
      await this.saveNow();
      if (previous && previous !== target.handle) await this.host.release(previous).catch(() => undefined);
      useApp.setState((state) => ({ notices: state.notices.filter((notice) => notice.action !== 'saveAs') }));
      await this.refreshLists();
    });
  }

  async closePlan(): Promise<void> {
    await this.guard(async () => {
      await this.closeCurrent();
      await this.refreshLists();
    });
  }

  /** Saves what can be saved, releases the file and forgets the plan. Unsaved work stays in recovery. */
  private async closeCurrent(): Promise<void> {
    const { plan, file } = useApp.getState();
    if (!plan) return;
    if (this.isDirty()) {
      await this.saveNow();
      if (this.isDirty()) await this.writeRecovery();
    }
    if (this.recoveryTimer) clearTimeout(this.recoveryTimer);
    if (file?.handle) await this.host.release(file.handle).catch(() => undefined);
    await this.engine.call('plan.close');
    useApp.setState({ plan: null, profile: null, inventory: null, action: null, document: null, file: null, notices: [], viewingVersion: null });
    this.updateTitle();
  }

  // ----- the document -----

  /** Engine queries for the screens that need more than the store holds (import previews, exports). */
  query<K extends QueryCall>(call: K, input: CallInput<K>): Promise<CallResult<K>> {
    return (this.engine.call as (name: K, input: CallInput<K>) => Promise<CallResult<K>>)(call, input);
  }

  /**
   * Builds the Word document with these choices and hands it to the host, which asks where
   * (desktop, writing atomically) or downloads it (browser). The outcome is told to the export
   * panel rather than as a notice, because the user is looking at the panel and may fix the
   * cause there (close the document in Word, choose another name).
   */
  exportDocument(choices: CallInput<'document.export'>, suggestedName: string): Promise<DocumentExportOutcome> {
    return this.attempt(async () => {
      const bytes = await this.engine.call('document.export', choices);
      const written = await this.host.saveDocument(suggestedName, bytes);
      return written ? { kind: 'written', name: written.name } : { kind: 'cancelled' };
    });
  }

  /** Work whose outcome the screen shows itself (written, cancelled, failed) rather than as a notice. */
  private async attempt<T>(work: () => Promise<T>): Promise<T | { kind: 'failed'; error: ErrorValue }> {
    useApp.setState({ busy: true });
    try {
      return await work();
    } catch (error) {
      return { kind: 'failed', error: toErrorValue(error, useApp.getState().lang) };
    } finally {
      useApp.setState({ busy: false });
    }
  }

  // ----- plumbing -----

  private async onMenu(command: MenuCommand): Promise<void> {
    switch (command) {
      case 'file.open':
        return this.openFromDialog();
      case 'file.openSample':
        return this.openSample();
      case 'file.save':
        return this.saveNow();
      case 'file.saveAs':
        return this.saveAs();
      case 'file.close':
        return this.closePlan();
      case 'edit.undo':
        return this.undo();
      case 'edit.redo':
        return this.redo();
      case 'view.language.es':
        return this.setLanguage('es');
      case 'view.language.en':
        return this.setLanguage('en');
      case 'file.new':
        await this.closePlan();
        return;
      case 'file.exportDocx':
        useApp.setState({ section: 'document' });
        return;
      case 'help.about':
        pushNotice({ tone: 'info', message: translate(useApp.getState().lang, 'ui.app.about') });
        return;
    }
  }

  async refreshLists(): Promise<void> {
    const [recent, recovery] = await Promise.all([this.host.listRecent().catch(() => []), this.host.listRecovery().catch(() => [])]);
    useApp.setState({ recent, recovery });
  }

  private setSave(save: SaveStatus): void {
    useApp.setState({ save });
  }

  private updateTitle(): void {
    const { file, plan, lang } = useApp.getState();
    if (!file || !plan) {
      this.host.setTitle('Rumbo');
      return;
    }
    const marker = this.isDirty() ? '• ' : '';
    const readOnly = plan.readOnly ? ` (${translate(lang, 'ui.save.readOnly')})` : '';
    this.host.setTitle(`${marker}${file.name}${readOnly} — Rumbo`);
  }

  /** Runs a user action; any failure becomes a plain notice and leaves the plan as it was. */
  private async guard(work: () => Promise<void>): Promise<boolean> {
    useApp.setState({ busy: true });
    try {
      await work();
      return true;
    } catch (error) {
      this.report(error);
      return false;
    } finally {
      useApp.setState({ busy: false });
    }
  }

  report(error: unknown): ErrorValue {
    const value = toErrorValue(error, useApp.getState().lang);
    pushNotice({ tone: 'error', message: value.message });
    return value;
  }

  isPlanDirty(): boolean {
    return this.isDirty();
  }
}
