import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  ARTICLE_STATUSES,
  ArticleContentSchema,
  ArticleSchema,
  DraftIdSchema,
  type Article,
  type ArticleContent,
} from '../../shared/article/article';
import { articleCounts } from '../../shared/article/articleCounts';
import { newArticle } from '../../shared/article/newArticle';
import { describeIssues, parseArticleJson } from '../../shared/article/parseArticle';
import { NewsroomError } from '../../shared/errors';
import type { DraftList, DraftProblem, DraftSummary, ImportResult, SaveResult, TrashedDraft } from '../../shared/ipc/contract';
import { TEMP_FILE_PATTERN, writeFileAtomic } from './writeFileAtomic';

export interface DraftStoreOptions {
  dataDir: string;
  now?: () => Date;
  newId?: () => string;
  /** Tests replace this to simulate a full disk. */
  writeFile?: (path: string, data: string) => Promise<void>;
}

const INDEX_VERSION = 1;
const TRASH_INDEX_NAME = '_index.json';
const TEMP_MAX_AGE_MS = 60_000;
const MAX_DRAFT_FILE_BYTES = 100 * 1024 * 1024;
const TRASH_FILE_NAME = /^([a-z0-9][a-z0-9-]{0,63})(?:\.\d+)?\.json$/;

const DraftSummarySchema = z.object({
  id: DraftIdSchema,
  headline: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  language: z.string(),
  updatedAt: z.string(),
  wordCount: z.number(),
});

const CachedFileSchema = z.union([
  z.object({ mtimeMs: z.number(), size: z.number(), summary: DraftSummarySchema }),
  z.object({ mtimeMs: z.number(), size: z.number(), problem: z.string() }),
]);

type CachedFile = z.infer<typeof CachedFileSchema>;

const DraftIndexSchema = z.object({
  version: z.literal(INDEX_VERSION),
  files: z.record(z.string(), CachedFileSchema),
});

const TrashIndexSchema = DraftIndexSchema.extend({
  deletedAt: z.record(z.string(), z.string()),
});

/** What is known about the files of one folder, keyed by file name; trusted only while mtime and size match. */
type FolderCache = Map<string, CachedFile>;

/**
 * Drafts are JSON files in `<dataDir>/drafts`, deleted ones move to `<dataDir>/trash`.
 * The indexes only cache summaries: the files are the truth, and a file that cannot be read is never written over.
 */
export class DraftStore {
  private readonly draftsDir: string;
  private readonly trashDir: string;
  private readonly indexPath: string;
  private readonly trashIndexPath: string;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly writeFile: (path: string, data: string) => Promise<void>;
  private drafts: FolderCache = new Map();
  private trash: FolderCache = new Map();
  private deletedAt = new Map<string, string>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly dataDir: string;

  private constructor(dataDir: string, options: DraftStoreOptions) {
    this.dataDir = dataDir;
    this.draftsDir = join(dataDir, 'drafts');
    this.trashDir = join(dataDir, 'trash');
    this.indexPath = join(dataDir, 'index.json');
    this.trashIndexPath = join(this.trashDir, TRASH_INDEX_NAME);
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.writeFile = options.writeFile ?? writeFileAtomic;
  }

  static async open(options: DraftStoreOptions): Promise<DraftStore> {
    const store = new DraftStore(resolve(options.dataDir), options);
    try {
      await fs.mkdir(store.draftsDir, { recursive: true });
      await fs.mkdir(store.trashDir, { recursive: true });
      await Promise.all([store.dataDir, store.draftsDir, store.trashDir].map(removeStaleTempFiles));
      await store.loadIndexes();
      await store.refreshDrafts();
      await store.refreshTrash();
    } catch (error) {
      throw toNewsroomError(error, store.dataDir, 'Newsroom could not open its data folder');
    }
    return store;
  }

  async list(): Promise<DraftList> {
    return this.exclusive('the drafts could not be listed', async () => {
      await this.refreshDrafts();
      const drafts: DraftSummary[] = [];
      const problems: DraftProblem[] = [];
      for (const [fileName, cached] of this.drafts) {
        if ('summary' in cached) drafts.push(cached.summary);
        else problems.push({ fileName, message: cached.problem });
      }
      drafts.sort((a, b) => compareTimes(b.updatedAt, a.updatedAt) || a.id.localeCompare(b.id));
      problems.sort((a, b) => a.fileName.localeCompare(b.fileName));
      return { drafts, problems };
    });
  }

  /** A new empty draft, or one made by `build` (a sample article) with a fresh id. */
  async create(build?: (id: string, now: Date) => Article): Promise<Article> {
    return this.exclusive('a new draft could not be created', async () => {
      const id = await this.unusedId();
      const article = ArticleSchema.parse(build ? build(id, this.now()) : newArticle({ id, now: this.now() }));
      await this.writeDraft(article);
      await this.saveDraftIndex();
      return article;
    });
  }

  async open(id: string): Promise<Article> {
    const draftId = checkId(id);
    return this.exclusive('the draft could not be opened', async () => {
      try {
        return await readArticleFile(this.draftPath(draftId), draftId);
      } catch (error) {
        if (codeOf(error) === 'ENOENT') throw notFound();
        if (error instanceof NewsroomError && error.code !== 'future-version') {
          const message = `The draft file ${draftId}.json could not be read and was left as it is: ${error.message}`;
          throw new NewsroomError(error.code, message, { cause: error });
        }
        throw error;
      }
    });
  }

  async save(content: ArticleContent): Promise<SaveResult> {
    const parsed = ArticleContentSchema.safeParse(content);
    if (!parsed.success) {
      throw new NewsroomError('invalid-input', `The draft could not be saved: ${describeIssues(parsed.error)}`);
    }
    const draftId = checkId(parsed.data.id);
    return this.exclusive('the draft could not be saved', async () => {
      const existing = await this.readForSave(draftId);
      const checked = ArticleSchema.safeParse({
        ...existing,
        ...parsed.data,
        updatedAt: this.now().toISOString(),
      });
      if (!checked.success) {
        throw new NewsroomError('invalid-input', `The draft could not be saved: ${describeIssues(checked.error)}`);
      }
      const summary = await this.writeDraft(checked.data);
      await this.saveDraftIndex();
      return { updatedAt: checked.data.updatedAt, summary };
    });
  }

  async delete(id: string): Promise<void> {
    const draftId = checkId(id);
    return this.exclusive('the draft could not be moved to the trash', async () => {
      const fileName = `${draftId}.json`;
      if (!(await exists(this.draftPath(draftId)))) throw notFound();
      await this.refreshTrash();
      const target = join(this.trashDir, fileName);
      if (await exists(target)) await this.moveAsideInTrash(draftId);
      await fs.rename(this.draftPath(draftId), target);
      const deletedAt = this.now();
      // The file's mtime becomes the deletion time, which is what a rebuilt trash index reads.
      await fs.utimes(target, deletedAt, deletedAt).catch(() => undefined);
      this.drafts.delete(fileName);
      this.trash.delete(fileName);
      this.deletedAt.set(fileName, deletedAt.toISOString());
      await this.refreshTrash();
      await this.saveDraftIndex();
    });
  }

  async listTrash(): Promise<TrashedDraft[]> {
    return this.exclusive('the trash could not be listed', async () => {
      await this.refreshTrash();
      const trashed: TrashedDraft[] = [];
      for (const [fileName, cached] of this.trash) {
        if ('summary' in cached) trashed.push({ ...cached.summary, deletedAt: this.deletedAtOf(fileName, cached) });
      }
      return trashed.sort((a, b) => compareTimes(b.deletedAt, a.deletedAt) || a.id.localeCompare(b.id));
    });
  }

  /** Brings back the most recently deleted copy of a draft; never replaces a live draft. */
  async restore(id: string): Promise<DraftSummary> {
    const draftId = checkId(id);
    return this.exclusive('the draft could not be restored', async () => {
      await this.refreshTrash();
      const candidates = [...this.trash]
        .filter(([fileName]) => idOfTrashFile(fileName) === draftId)
        .sort(([a, x], [b, y]) => compareTimes(this.deletedAtOf(b, y), this.deletedAtOf(a, x)));
      if (candidates.length === 0) {
        throw new NewsroomError('not-found', 'This draft is not in the trash any more.');
      }
      const target = this.draftPath(draftId);
      if (await exists(target)) {
        throw new NewsroomError(
          'invalid-input',
          'A draft with the same id is already among your drafts, so the copy in the trash was left where it is.',
        );
      }
      for (const [fileName, cached] of candidates) {
        if (!('summary' in cached)) continue;
        await fs.rename(join(this.trashDir, fileName), target);
        this.trash.delete(fileName);
        this.deletedAt.delete(fileName);
        const stats = await fs.stat(target);
        this.drafts.set(`${draftId}.json`, { mtimeMs: stats.mtimeMs, size: stats.size, summary: cached.summary });
        await this.saveDraftIndex();
        await this.saveTrashIndex();
        return cached.summary;
      }
      throw new NewsroomError('unreadable', 'The file of this draft in the trash is damaged, so it was left as it is.');
    });
  }

  async importArticle(article: Article): Promise<ImportResult> {
    const parsed = ArticleSchema.safeParse(article);
    if (!parsed.success) {
      throw new NewsroomError('invalid-input', `The article could not be imported: ${describeIssues(parsed.error)}`);
    }
    return this.exclusive('the article could not be imported', async () => {
      await this.refreshTrash();
      const taken = await this.isTaken(parsed.data.id);
      const stored = taken ? { ...parsed.data, id: await this.unusedId() } : parsed.data;
      await this.writeDraft(stored);
      await this.saveDraftIndex();
      return { article: stored, replacedId: taken ? parsed.data.id : null };
    });
  }

  /** Runs one operation at a time, so a save and a delete never interleave on disk. */
  private exclusive<T>(action: string, task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task).catch((error: unknown) => {
      throw toNewsroomError(error, this.dataDir, action);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private draftPath(id: string): string {
    return join(this.draftsDir, `${id}.json`);
  }

  private async readForSave(id: string): Promise<Article> {
    try {
      return await readArticleFile(this.draftPath(id), id);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') {
        throw new NewsroomError('not-found', 'This draft no longer exists. It may have been deleted. Your text is still in the editor.');
      }
      if (error instanceof NewsroomError && error.code === 'future-version') {
        throw new NewsroomError(
          'future-version',
          'The draft on disk was written by a newer version of Newsroom, so it was left as it is and not saved over. Your text is still in the editor.',
          { cause: error },
        );
      }
      if (error instanceof NewsroomError) {
        throw new NewsroomError(
          'unreadable',
          `The draft file on disk (${id}.json) is damaged, so it was left as it is and not saved over. Your text is still in the editor; copy it into a new draft to keep it.`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  private async writeDraft(article: Article): Promise<DraftSummary> {
    const path = this.draftPath(article.id);
    await this.writeFile(path, `${JSON.stringify(article, null, 2)}\n`);
    const stats = await fs.stat(path);
    const summary = summaryOf(article);
    this.drafts.set(`${article.id}.json`, { mtimeMs: stats.mtimeMs, size: stats.size, summary });
    return summary;
  }

  private async unusedId(): Promise<string> {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const id = this.newId();
      if (!DraftIdSchema.safeParse(id).success) {
        throw new NewsroomError('internal', 'Newsroom made an invalid draft id.');
      }
      if (!(await this.isTaken(id))) return id;
    }
    throw new NewsroomError('internal', 'Newsroom could not find a free draft id.');
  }

  private async isTaken(id: string): Promise<boolean> {
    if (await exists(this.draftPath(id))) return true;
    for (const [fileName, cached] of this.trash) {
      if (idOfTrashFile(fileName) === id || ('summary' in cached && cached.summary.id === id)) return true;
    }
    return false;
  }

  /** Renames the trashed `<id>.json` to a free `<id>.<n>.json`, so a second deletion of the same id keeps both. */
  private async moveAsideInTrash(id: string): Promise<void> {
    const fileName = `${id}.json`;
    let suffix = 1;
    while (await exists(join(this.trashDir, `${id}.${suffix}.json`))) suffix += 1;
    const asideName = `${id}.${suffix}.json`;
    await fs.rename(join(this.trashDir, fileName), join(this.trashDir, asideName));
    const cached = this.trash.get(fileName);
    if (cached) this.trash.set(asideName, cached);
    this.deletedAt.set(asideName, cached ? this.deletedAtOf(fileName, cached) : this.now().toISOString());
    this.trash.delete(fileName);
    this.deletedAt.delete(fileName);
  }

  private deletedAtOf(fileName: string, cached: CachedFile): string {
    return this.deletedAt.get(fileName) ?? new Date(cached.mtimeMs).toISOString();
  }

  private async loadIndexes(): Promise<void> {
    const drafts = DraftIndexSchema.safeParse(await readJsonOrNull(this.indexPath));
    if (drafts.success) this.drafts = new Map(Object.entries(drafts.data.files));
    const trash = TrashIndexSchema.safeParse(await readJsonOrNull(this.trashIndexPath));
    if (trash.success) {
      this.trash = new Map(Object.entries(trash.data.files));
      this.deletedAt = new Map(Object.entries(trash.data.deletedAt).filter(([, time]) => !Number.isNaN(Date.parse(time))));
    }
  }

  private async refreshDrafts(): Promise<void> {
    const changed = await refreshFolder(this.draftsDir, this.drafts, (fileName) =>
      fileName.endsWith('.json') ? fileName.slice(0, -'.json'.length) : null,
    );
    if (changed) await this.saveDraftIndex();
  }

  private async refreshTrash(): Promise<void> {
    const changed = await refreshFolder(this.trashDir, this.trash, (fileName) =>
      fileName === TRASH_INDEX_NAME || !fileName.endsWith('.json') ? null : idOfTrashFile(fileName) ?? '',
    );
    for (const [fileName, cached] of this.trash) {
      if (!this.deletedAt.has(fileName)) this.deletedAt.set(fileName, new Date(cached.mtimeMs).toISOString());
    }
    for (const fileName of this.deletedAt.keys()) {
      if (!this.trash.has(fileName)) this.deletedAt.delete(fileName);
    }
    if (changed) await this.saveTrashIndex();
  }

  // The indexes are caches rebuilt from the files, so failing to write one must not fail the operation.
  private async saveDraftIndex(): Promise<void> {
    const index = { version: INDEX_VERSION, files: Object.fromEntries(this.drafts) };
    await this.writeFile(this.indexPath, JSON.stringify(index)).catch(() => undefined);
  }

  private async saveTrashIndex(): Promise<void> {
    const index = {
      version: INDEX_VERSION,
      files: Object.fromEntries(this.trash),
      deletedAt: Object.fromEntries(this.deletedAt),
    };
    await this.writeFile(this.trashIndexPath, JSON.stringify(index)).catch(() => undefined);
  }
}

/**
 * Brings a folder's cache up to date with readdir + stat, reading only files that are new or changed.
 * `expectedId` names the draft id a file should hold, or null for files that are not drafts.
 * Returns whether anything changed.
 */
async function refreshFolder(
  folder: string,
  cache: FolderCache,
  expectedId: (fileName: string) => string | null,
): Promise<boolean> {
  let changed = false;
  const seen = new Set<string>();
  for (const fileName of await fs.readdir(folder)) {
    if (TEMP_FILE_PATTERN.test(fileName)) continue;
    const id = expectedId(fileName);
    if (id === null) continue;
    const path = join(folder, fileName);
    let stats;
    try {
      stats = await fs.stat(path);
    } catch (error) {
      if (codeOf(error) === 'ENOENT') continue;
      throw error;
    }
    if (!stats.isFile()) continue;
    const cached = cache.get(fileName);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
      seen.add(fileName);
      continue;
    }
    const examined = await examineFile(path, id, stats.mtimeMs, stats.size);
    if (!examined) continue;
    seen.add(fileName);
    cache.set(fileName, examined);
    changed = true;
  }
  for (const fileName of cache.keys()) {
    if (!seen.has(fileName)) {
      cache.delete(fileName);
      changed = true;
    }
  }
  return changed;
}

/** Reads one file into a summary or a problem; null when it vanished meanwhile. */
async function examineFile(path: string, id: string, mtimeMs: number, size: number): Promise<CachedFile | null> {
  if (size > MAX_DRAFT_FILE_BYTES) {
    return { mtimeMs, size, problem: 'This file is far too large to be a Newsroom draft, so it was not read.' };
  }
  try {
    return { mtimeMs, size, summary: summaryOf(await readArticleFile(path, id)) };
  } catch (error) {
    if (error instanceof NewsroomError) return { mtimeMs, size, problem: error.message };
    if (codeOf(error) === 'ENOENT') return null;
    // A file that could not be read at all is tried again next time (-1 never matches a real mtime).
    return { mtimeMs: -1, size, problem: `${reasonFor(codeOf(error), path)}, so this file could not be read.` };
  }
}

async function readArticleFile(path: string, expectedId: string): Promise<Article> {
  const article = parseArticleJson(await fs.readFile(path, 'utf8'));
  if (article.id !== expectedId) {
    throw new NewsroomError(
      'not-an-article',
      `This file's name does not match the draft id inside it ("${article.id}"), so Newsroom does not open it. Rename the file to ${article.id}.json to use it.`,
    );
  }
  return article;
}

async function readJsonOrNull(path: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(path, 'utf8'));
  } catch {
    return null;
  }
}

async function removeStaleTempFiles(folder: string): Promise<void> {
  for (const fileName of await fs.readdir(folder)) {
    if (!TEMP_FILE_PATTERN.test(fileName)) continue;
    const path = join(folder, fileName);
    try {
      const stats = await fs.stat(path);
      if (stats.isFile() && Date.now() - stats.mtimeMs > TEMP_MAX_AGE_MS) await fs.rm(path, { force: true });
    } catch {
      // Another process may be finishing its write; it is cleaned up next time.
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return false;
    throw error;
  }
}

function summaryOf(article: Article): DraftSummary {
  return {
    id: article.id,
    headline: article.headline,
    status: article.status,
    language: article.language,
    updatedAt: article.updatedAt,
    wordCount: articleCounts(article).words,
  };
}

function idOfTrashFile(fileName: string): string | null {
  return TRASH_FILE_NAME.exec(fileName)?.[1] ?? null;
}

function checkId(id: unknown): string {
  const result = DraftIdSchema.safeParse(id);
  if (!result.success) throw new NewsroomError('invalid-input', 'This is not a valid draft id.');
  return result.data;
}

function notFound(): NewsroomError {
  return new NewsroomError('not-found', 'This draft no longer exists. It may have been deleted.');
}

function compareTimes(a: string, b: string): number {
  return (Date.parse(a) || 0) - (Date.parse(b) || 0);
}

function codeOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** Turns a system error (ENOSPC, EACCES...) into a NewsroomError a person can act on; other errors pass through. */
function toNewsroomError(error: unknown, dataDir: string, action: string): unknown {
  if (error instanceof NewsroomError) return error;
  const code = codeOf(error);
  if (!code) return error;
  return new NewsroomError('io', `${reasonFor(code, dataDir)}, so ${action}.${adviceFor(code, action)}`, { cause: error });
}

function reasonFor(code: string, dataDir: string): string {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full';
    case 'EACCES':
    case 'EPERM':
      return `Newsroom is not allowed to use its data folder (${dataDir})`;
    case 'EROFS':
      return `The data folder (${dataDir}) is on a disk that cannot be written to`;
    case 'EBUSY':
      return 'Another program is using the file';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open';
    case 'ENOENT':
    case 'ENOTDIR':
      return `The data folder (${dataDir}) is missing or is not a folder`;
    default:
      return `The disk reported an error (${code})`;
  }
}

function adviceFor(code: string, action: string): string {
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  if (action === 'the draft could not be saved') {
    return full ? ' Your text is still in the editor; free some space and it will save.' : ' Your text is still in the editor.';
  }
  return full ? ' Free some space and try again.' : '';
}
