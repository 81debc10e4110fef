import { z } from 'zod';
import { ArticleContentSchema, DraftIdSchema, type Article, type ArticleStatus } from '../article/article';
import { ARTICLE_LANGUAGES } from '../article/vocabulary';
import type { ErrorPayload } from '../errors';
import { MAX_IMPORT_BYTES, MESSAGES, type JournalText, type QuarantineText } from '../errorText';
import { SettingsPatchSchema, type Settings } from '../settings';
import type { EventChannel, InvokeChannel } from './channelNames';

export { MAX_IMPORT_BYTES } from '../errorText';

export interface DraftSummary {
  id: string;
  headline: string;
  status: ArticleStatus;
  language: string;
  updatedAt: string;
  wordCount: number;
  /** Written by a newer version of Newsroom: listed, never opened for editing or rewritten. */
  readOnly: boolean;
}

export interface TrashedDraft extends DraftSummary {
  deletedAt: string;
}

/** A file in the drafts folder that could not be read as an article. */
export interface DraftProblem {
  fileName: string;
  message: string;
  /** The message as data, for the interface's language (shared/errorText.ts), where the store has it. */
  text?: QuarantineText | JournalText;
  /** Where the file was moved, relative to the data folder (e.g. "quarantine/x.json"), or null if it stayed. */
  quarantinedAs: string | null;
}

export interface DraftList {
  drafts: DraftSummary[];
  problems: DraftProblem[];
  /** False for the quick first list read from the index alone; the next list has checked the files. */
  complete: boolean;
}

export interface SaveResult {
  updatedAt: string;
  summary: DraftSummary;
  /** The file had changed on disk since the editor loaded it: that version was kept as this new draft. */
  conflict: { keptAs: DraftSummary } | null;
}

export const SaveOptionsSchema = z.object({
  /** The updatedAt of the version the editor started from; null skips the check. */
  baseUpdatedAt: z.string().max(40).nullable(),
});
export type SaveOptions = z.infer<typeof SaveOptionsSchema>;

export const REVISION_REASONS = ['status', 'export', 'periodic', 'before-restore', 'restore', 'import'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

export const RevisionIdSchema = z
  .string()
  .regex(/^\d{8}T\d{9}Z-[a-z0-9]{4,12}$/, 'A revision id looks like 20261127T201400123Z-ab12.');

export interface AppStart {
  settings: Settings;
  list: DraftList;
  /** The last draft open (or the newest), already read; null when there is none or it cannot be opened. */
  open: Article | null;
}

export interface RevisionSummary {
  revisionId: string;
  draftId: string;
  createdAt: string;
  reason: RevisionReason;
  headline: string;
  status: ArticleStatus;
  wordCount: number;
}

export interface ImportResult {
  article: Article;
  /** Set when a draft with the file's id already existed, so the import got a new id. */
  replacedId: string | null;
}

export const EXPORT_FORMATS = ['html', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type ExportResult =
  | { kind: 'saved'; path: string }
  | { kind: 'canceled' }
  | { kind: 'download'; fileName: string; mimeType: string; content: string };

export type AppCommand =
  | { type: 'new-draft' }
  | { type: 'save' }
  | { type: 'export'; format: ExportFormat }
  | { type: 'import-file'; fileName: string; text: string }
  | { type: 'import-failed'; fileName: string; error: ErrorPayload };

/** Marks a result type in the table; the value is never read. */
function returns<T>(): T {
  return undefined as T;
}

/** One run of the body's top-level blocks: `deleteCount` of them from `start` replaced by `insert` (each a block as JSON text). */
export const BlockSpliceSchema = z.object({
  start: z.number().int().min(0).max(10_000_000),
  deleteCount: z.number().int().min(0).max(10_000_000),
  insert: z.array(z.string().max(MAX_IMPORT_BYTES)).max(1_000_000),
});
export type BlockSplice = z.infer<typeof BlockSpliceSchema>;

/**
 * A save that sends only what changed in the body since the last save the store made of this
 * draft (`baseUpdatedAt`): the runs of top-level blocks that changed, in order and not
 * overlapping, their `start` counted in that version (a paragraph fixed near the top and one typed
 * at the end are two small runs, not everything between them). The store answers 'stale' when it
 * no longer holds that version; the editor then sends the whole draft.
 */
export const BlockDeltaSchema = z
  .array(BlockSpliceSchema)
  .max(1_000_000)
  .refine((runs) => runs.every((run, i) => i === 0 || runs[i - 1]!.start + runs[i - 1]!.deleteCount <= run.start), {
    message: 'The changed runs of blocks must be in order and must not overlap.',
  });
export type BlockDelta = z.infer<typeof BlockDeltaSchema>;

export const ImportRequestSchema = z.object({
  fileName: z.string().max(1000),
  text: z.string().max(MAX_IMPORT_BYTES, MESSAGES.tooLargeToImport),
});

export const ipcContract = {
  'draft:list': { args: z.tuple([]), result: returns<DraftList>() },
  'draft:create': { args: z.tuple([]), result: returns<Article>() },
  'draft:createSample': { args: z.tuple([z.enum(ARTICLE_LANGUAGES)]), result: returns<Article>() },
  'draft:open': { args: z.tuple([DraftIdSchema]), result: returns<Article>() },
  'draft:save': { args: z.tuple([ArticleContentSchema, SaveOptionsSchema]), result: returns<SaveResult>() },
  /** The same save with the content as JSON text, parsed on the other side, so the renderer never walks a long body. */
  'draft:saveText': { args: z.tuple([z.string().max(MAX_IMPORT_BYTES * 2), SaveOptionsSchema]), result: returns<SaveResult>() },
  /** The save of a long draft while it is typed in: the other fields as JSON text, and the body's changed blocks. */
  'draft:saveDelta': {
    args: z.tuple([z.string().max(MAX_IMPORT_BYTES), BlockDeltaSchema, SaveOptionsSchema.extend({ baseUpdatedAt: z.string().max(40) })]),
    result: returns<SaveResult>(),
  },
  'draft:delete': { args: z.tuple([DraftIdSchema]), result: returns<null>() },
  'draft:import': { args: z.tuple([ImportRequestSchema]), result: returns<ImportResult>() },
  'trash:list': { args: z.tuple([]), result: returns<TrashedDraft[]>() },
  'trash:restore': { args: z.tuple([DraftIdSchema]), result: returns<DraftSummary>() },
  'trash:empty': { args: z.tuple([]), result: returns<{ removed: number }>() },
  'history:list': { args: z.tuple([DraftIdSchema]), result: returns<RevisionSummary[]>() },
  'history:restore': { args: z.tuple([DraftIdSchema, RevisionIdSchema]), result: returns<Article>() },
  'export:draft': { args: z.tuple([DraftIdSchema, z.enum(EXPORT_FORMATS)]), result: returns<ExportResult>() },
  /** Everything the window needs to show at start, in one round trip: settings, the drafts, and the draft to open. */
  'app:start': { args: z.tuple([]), result: returns<AppStart>() },
  'settings:get': { args: z.tuple([]), result: returns<Settings>() },
  'settings:update': { args: z.tuple([SettingsPatchSchema]), result: returns<Settings>() },
} satisfies { [C in InvokeChannel]: { args: z.ZodTuple; result: unknown } };

export interface EventPayloads {
  'app:command': AppCommand;
}

export type ChannelArgs<C extends InvokeChannel> = z.input<(typeof ipcContract)[C]['args']>;
export type ChannelResult<C extends InvokeChannel> = (typeof ipcContract)[C]['result'];

export type IpcResponse<T> = { ok: true; result: T } | { ok: false; error: ErrorPayload };

/** What the preload puts on window.newsroom, and what the HTTP client imitates. */
export interface NewsroomBridge {
  invoke<C extends InvokeChannel>(channel: C, ...args: ChannelArgs<C>): Promise<IpcResponse<ChannelResult<C>>>;
  on<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Saves before the window unloads; only the desktop app can block for it. */
  saveSync?: (...args: ChannelArgs<'draft:saveText'>) => IpcResponse<SaveResult>;
}

export type ChannelHandlers = {
  [C in InvokeChannel]: (...args: z.output<(typeof ipcContract)[C]['args']>) => Promise<ChannelResult<C>>;
};
