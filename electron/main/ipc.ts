import type { IpcMain } from 'electron';
import path from 'node:path';
import { z } from 'zod';
import { RumboError, toErrorValue } from '../../shared/errors';
import { LANGUAGES, type Lang } from '../../shared/i18n';
import type { DesktopBridge, HostResult } from '../../shared/host/types';
import { bytesSchema } from '../../shared/model/bytes';
import { MAX_PLAN_BYTES } from '../../shared/db/format';
import { isSafeExternalUrl } from './app-url';
import { invokeChannel, type InvokeMethod } from './channels';
import type { DesktopFileStore } from './desktop-store';
import type { NativeDialogs } from './dialogs';
import type { HandleRegistry } from './handles';
import type { PlanFiles } from './plan-files';
import type { SenderEvent } from './sender';

/** A generated .docx with a large logo is a few MB; anything near this is not ours. */
export const MAX_DOCUMENT_BYTES = 128 * 1024 * 1024;
export const MAX_TITLE_LENGTH = 300;
export const MAX_NAME_LENGTH = 255;
export const MAX_URL_LENGTH = 2048;

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle'>;
  isTrustedSender: (event: SenderEvent) => boolean;
  lang: () => Lang;
  setLanguage: (lang: Lang) => void;
  files: PlanFiles;
  store: DesktopFileStore;
  handles: HandleRegistry;
  dialogs: NativeDialogs;
  readSample: () => Promise<Uint8Array>;
  userName: () => string;
  setTitle: (title: string) => void;
  openExternal: (url: string) => Promise<void>;
  showItemInFolder: (path: string) => void;
  log?: (message: string, error: unknown) => void;
}

type BridgeValue<M extends InvokeMethod> = Awaited<ReturnType<DesktopBridge[M]>> extends HostResult<infer T> ? T : never;

type NamedArg = readonly [name: string, schema: z.ZodType];
type ArgValues<A extends readonly NamedArg[]> = { -readonly [K in keyof A]: A[K] extends NamedArg ? z.output<A[K][1]> : never };

interface MethodSpec<T> {
  names: readonly string[];
  schema: z.ZodType<unknown[]>;
  run: (values: unknown[]) => Promise<T>;
}

/** Declares one IPC method: its arguments (name + schema, in order) and what it does with them. */
function method<const A extends readonly NamedArg[], T>(args: A, run: (...values: ArgValues<A>) => Promise<T>): MethodSpec<T> {
  const schemas = args.map(([, schema]) => schema) as unknown as [z.ZodType, ...z.ZodType[]];
  return {
    names: args.map(([name]) => name),
    schema: z.tuple(schemas) as unknown as z.ZodType<unknown[]>,
    run: (values) => run(...(values as ArgValues<A>)),
  };
}

/** The name of the first argument that failed, for a message that says which value was wrong. */
function invalidArgument(error: z.ZodError, names: readonly string[]): RumboError {
  const index = error.issues[0]?.path[0];
  const name = typeof index === 'number' ? names[index] : undefined;
  return new RumboError('INPUT_INVALID', { detail: name ?? 'arguments' });
}

const sizedBytes = (max: number) => bytesSchema.refine((bytes) => bytes.byteLength > 0 && bytes.byteLength <= max);
/** Keeps text to one line without control characters: it ends up in a title bar or a file name. */
const plainText = (max: number) => z.string().max(max).transform((text) => text.replace(/[\u0000-\u001f\u007f]/g, ' '));
// Recovery keys and ids name files in the recovery folder: a tight alphabet rules out paths.
const storeKey = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/);
const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * Registers one `ipcMain.handle` channel per bridge method. Every call is checked for its
 * sender and its arguments before anything runs, and every answer is a HostResult: failures
 * cross as translated error values, never as thrown errors with stack traces.
 */
export function registerIpcHandlers(deps: IpcDeps): void {
  const log = deps.log ?? ((message, error) => console.error(`[rumbo] ${message}`, error));
  // A handle argument arrives as the path it stands for; one that main never issued is invalid.
  const issuedHandle = z
    .string()
    .max(100)
    .transform((value, context) => {
      const filePath = deps.handles.pathOf(value);
      if (filePath === undefined) {
        context.addIssue({ code: 'custom', message: 'unknown handle' });
        return z.NEVER;
      }
      return filePath;
    });
  const planBytes = sizedBytes(MAX_PLAN_BYTES);

  const methods: { [M in InvokeMethod]: MethodSpec<BridgeValue<M>> } = {
    userName: method([], async () => deps.userName()),
    pickPlanToOpen: method([], async () => {
      const chosen = await deps.dialogs.pickPlanToOpen();
      return chosen === null ? null : deps.files.open(chosen);
    }),
    openRecent: method([['handle', issuedHandle]], (filePath) => deps.files.open(filePath)),
    listRecent: method([], () => deps.files.listRecent()),
    pickSaveTarget: method([['suggestedName', plainText(MAX_NAME_LENGTH)]], async (suggestedName) => {
      const chosen = await deps.dialogs.pickPlanTarget(suggestedName);
      return chosen === null ? null : { handle: deps.handles.issue(chosen), name: path.basename(chosen) };
    }),
    save: method(
      [['handle', issuedHandle], ['bytes', planBytes], ['sha256', sha256Hex]],
      (filePath, bytes, sha256) => deps.files.save(filePath, bytes, sha256),
    ),
    release: method([['handle', issuedHandle]], (filePath) => deps.files.release(filePath)),
    writeRecovery: method(
      [['key', storeKey], ['name', plainText(MAX_NAME_LENGTH).pipe(z.string().min(1))], ['handle', issuedHandle.nullable()], ['bytes', planBytes]],
      (key, name, filePath, bytes) => deps.files.writeRecovery(key, name, filePath, bytes),
    ),
    clearRecovery: method([['key', storeKey]], async (key) => {
      await deps.store.clearRecovery(key);
    }),
    listRecovery: method([], () => deps.files.listRecovery()),
    readRecovery: method([['id', storeKey]], (id) => deps.files.readRecovery(id)),
    saveDocument: method(
      [['suggestedName', plainText(MAX_NAME_LENGTH)], ['bytes', sizedBytes(MAX_DOCUMENT_BYTES)]],
      async (suggestedName, bytes) => {
        const chosen = await deps.dialogs.pickDocumentTarget(suggestedName);
        if (chosen === null) return null;
        await deps.store.writeDocumentAtomic(chosen, bytes);
        return { name: path.basename(chosen) };
      },
    ),
    readSample: method([], () => deps.readSample()),
    setTitle: method([['title', plainText(MAX_TITLE_LENGTH)]], async (title) => deps.setTitle(title)),
    setLanguage: method([['lang', z.enum(LANGUAGES)]], async (lang) => deps.setLanguage(lang)),
    readCopy: method([], async () => {
      const chosen = await deps.dialogs.pickPlanToOpen();
      return chosen === null ? null : { name: path.basename(chosen), bytes: await deps.store.readCopy(chosen) };
    }),
    saveCopy: method([['suggestedName', plainText(MAX_NAME_LENGTH)], ['bytes', planBytes]], async (suggestedName, bytes) => {
      const chosen = await deps.dialogs.pickPlanTarget(suggestedName);
      if (chosen === null) return null;
      // The copy must never land on a plan that is open: that file is the user's work.
      if (deps.files.isOpen(chosen)) throw new RumboError('COPY_TARGET_OPEN');
      await deps.store.writeDocumentAtomic(chosen, bytes);
      deps.showItemInFolder(chosen);
      return { name: path.basename(chosen) };
    }),
    openExternal: method([['url', z.string().max(MAX_URL_LENGTH)]], async (url) => {
      if (!isSafeExternalUrl(url)) throw new RumboError('UNSAFE_LINK');
      await deps.openExternal(url);
    }),
  };

  for (const name of Object.keys(methods) as InvokeMethod[]) {
    const spec: MethodSpec<unknown> = methods[name];
    deps.ipcMain.handle(invokeChannel(name), async (event, ...args: unknown[]): Promise<HostResult<unknown>> => {
      const lang = deps.lang();
      if (!deps.isTrustedSender(event)) {
        log(`refused ${name} from a foreign sender`, event.senderFrame?.url ?? null);
        return { ok: false, error: toErrorValue(new RumboError('IPC_SENDER_REFUSED'), lang) };
      }
      const parsed = spec.schema.safeParse(args);
      if (!parsed.success) return { ok: false, error: toErrorValue(invalidArgument(parsed.error, spec.names), lang) };
      try {
        return { ok: true, value: await spec.run(parsed.data) };
      } catch (error) {
        const value = toErrorValue(error, lang);
        // Unexpected failures keep their detail here, under the reference the user is shown.
        if (!(error instanceof RumboError)) log(`${name} failed (${value.code} ${JSON.stringify(value.params)})`, error);
        return { ok: false, error: value };
      }
    });
  }
}
