import { z } from 'zod';
import { ArticleContentSchema, DraftIdSchema, type Article, type ArticleStatus } from '../article/article';
import { ARTICLE_LANGUAGES } from '../article/vocabulary';
import type { ErrorPayload } from '../errors';
import { SettingsPatchSchema, type Settings } from '../settings';
import type { EventChannel, InvokeChannel } from './channelNames';

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export interface DraftSummary {
  id: string;
  headline: string;
  status: ArticleStatus;
  language: string;
  updatedAt: string;
  wordCount: number;
}

export interface TrashedDraft extends DraftSummary {
  deletedAt: string;
}

/** A file in the drafts folder that could not be read as an article. */
export interface DraftProblem {
  fileName: string;
  message: string;
}

export interface DraftList {
  drafts: DraftSummary[];
  problems: DraftProblem[];
}

export interface SaveResult {
  updatedAt: string;
  summary: DraftSummary;
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
  | { type: 'import-failed'; message: string };

/** Marks a result type in the table; the value is never read. */
function returns<T>(): T {
  return undefined as T;
}

export const ImportRequestSchema = z.object({
  fileName: z.string().max(1000),
  text: z.string().max(MAX_IMPORT_BYTES, 'The file is larger than 20 MB; a Newsroom article is never that large.'),
});

export const ipcContract = {
  'draft:list': { args: z.tuple([]), result: returns<DraftList>() },
  'draft:create': { args: z.tuple([]), result: returns<Article>() },
  'draft:createSample': { args: z.tuple([z.enum(ARTICLE_LANGUAGES)]), result: returns<Article>() },
  'draft:open': { args: z.tuple([DraftIdSchema]), result: returns<Article>() },
  'draft:save': { args: z.tuple([ArticleContentSchema]), result: returns<SaveResult>() },
  'draft:delete': { args: z.tuple([DraftIdSchema]), result: returns<null>() },
  'draft:import': { args: z.tuple([ImportRequestSchema]), result: returns<ImportResult>() },
  'trash:list': { args: z.tuple([]), result: returns<TrashedDraft[]>() },
  'trash:restore': { args: z.tuple([DraftIdSchema]), result: returns<DraftSummary>() },
  'export:draft': { args: z.tuple([DraftIdSchema, z.enum(EXPORT_FORMATS)]), result: returns<ExportResult>() },
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
  saveSync?: (...args: ChannelArgs<'draft:save'>) => IpcResponse<SaveResult>;
}

export type ChannelHandlers = {
  [C in InvokeChannel]: (...args: z.output<(typeof ipcContract)[C]['args']>) => Promise<ChannelResult<C>>;
};
