import { createHash, randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import {
  ArticleContentSchema,
  ArticleSchema,
  DraftIdSchema,
  type Article,
  type ArticleContent,
  type BodyNode,
} from '../../shared/article/article';
import { applyBlockRuns, type BlockRun } from '../../shared/article/blockDelta';
import { countListAfterRuns } from '../../shared/article/countWords';
import { newArticle } from '../../shared/article/newArticle';
import { describeIssues } from '../../shared/article/parseArticle';
import {
  englishText,
  reasonForCode,
  type DamageText,
  type ErrorAction,
  type JournalOutcome,
  type JournalText,
  type JournalWhat,
  type JournalWhy,
  type QuarantineText,
} from '../../shared/errorText';
import { NewsroomError } from '../../shared/errors';
import {
  SaveOptionsSchema,
  BlockDeltaSchema,
  type BlockDelta,
  type DraftList,
  type DraftProblem,
  type DraftSummary,
  type ImportResult,
  type SaveOptions,
  type SaveResult,
  type TrashedDraft,
} from '../../shared/ipc/contract';
import { acquireDataDirLock, type DataDirLock } from './dataDirLock';
import { draftFileParts } from './draftFileBytes';
import {
  ArticleHeadSchema,
  InsertedBlocksSchema,
  JOURNAL_SUFFIX,
  journalHeader,
  journalLine,
  journalWrites,
  OpenJournal,
  replayJournal,
  type ArticleHead,
  type JournalWrite,
} from './draftJournal';
import { draftSummary } from './draftSummary';
import { errnoCode } from './errnoCode';
import { pathExists } from './pathExists';
import { examineDraftFile } from './examineDraftFile';
import { quarantineFile } from './quarantineFile';
import { readDraftFile, type DraftFile } from './readDraftFile';
import { CachedFileSchema, refreshFolder, type CachedFile, type FolderCache } from './refreshFolder';
import { parseDraftIndex, parseRecentDrafts } from './parseDraftIndex';
import { removeStaleTempFiles } from './removeStaleTempFiles';
import { sameTime } from './sameTime';
import { toNewsroomError } from './toNewsroomError';
import { TEMP_FILE_PATTERN, writeFileAtomic, syncFolder, type WriteFile } from './writeFileAtomic';

export interface DraftStoreOptions {
  dataDir: string;
  now?: () => Date;
  newId?: () => string;
  /** Tests replace this to simulate a full disk. */
  writeFile?: WriteFile;
  /** Take `<dataDir>/newsroom.lock`, so no other Newsroom process writes the same folder. @default true */
  lock?: boolean;
  /** After every save (`previous` is what was on disk) and every new draft (`previous` null); its errors never fail the save. */
  onSaved?: (saved: Article, previous: Article | null) => Promise<void> | void;
  /** Errors of onSaved, and of a draft written whole in the background (see JOURNAL), which nothing else would report. */
  onHookError?: (error: unknown) => void;
  /** Delta saves go to the draft's journal (see JOURNAL), or, when false, straight into the draft's file. */
  journal?: false | { quietMs?: number; maxBytes?: number; write?: JournalWrite };
  /**
   * Answer the first list from the index alone (marked `complete: false`), so a folder of ten
   * thousand drafts shows at once; the files are checked by the next list. @default false
   */
  quickFirstList?: boolean;
  /** How long the drafts index waits for changes to stop, and at most (see INDEX_WRITE). For tests. */
  indexWrite?: { quietMs: number; maxWaitMs: number };
}

const INDEX_VERSION = 1;

/** The note on a file that was read and is not a draft: moved to the quarantine, or not. */
type DamagedFileText = Exclude<QuarantineText, { key: 'unreadableFile' }>;

const TRASH_INDEX_NAME = '_index.json';
/**
 * The drafts index and recent.json are written once changes have stopped for two seconds (and on
 * close), and at least every 30 seconds while they go on. A draft is autosaved every few seconds
 * while someone types, and with 10,000 drafts the index is about 3 MB: writing it took 25–35 ms
 * of the host's processor each time. They are caches: after a crash the next listing checks every
 * file against them.
 */
const INDEX_WRITE = { quietMs: 2000, maxWaitMs: 30_000 };
/**
 * A delta save is appended to the draft's journal (draftJournal.ts) instead of writing the whole
 * draft again; the draft is written whole once no save has come for `quietMs`, when the journal
 * would pass `maxBytes`, before any other operation on the draft, and on close.
 */
const JOURNAL = { quietMs: 5000, maxBytes: 1024 * 1024 };
/** How many drafts' last written text the store keeps in memory (see readForSave). */
const LAST_WRITTEN_KEPT = 3;
/** How many of the newest drafts `recent.json` keeps for the first list. */
const RECENT_DRAFTS = 100;
const TRASH_FILE_NAME = /^([a-z0-9][a-z0-9-]{0,63})(?:\.\d+)?\.json$/;

const TrashIndexSchema = z.object({
  version: z.literal(INDEX_VERSION),
  files: z.record(z.string(), CachedFileSchema),
  deletedAt: z.record(z.string(), z.string()),
});

/**
 * Drafts are JSON files in `<dataDir>/drafts`, deleted ones move to `<dataDir>/trash`, and files in drafts/
 * that are not drafts move, unchanged, to `<dataDir>/quarantine`.
 * The indexes only cache summaries: the files are the truth, and a file on disk is never silently written over.
 */
export class DraftStore {
  private readonly draftsDir: string;
  private readonly trashDir: string;
  /** The journals of drafts saved by delta (see JOURNAL): a folder of their own, so that finding them at start never reads drafts/. */
  private readonly journalDir: string;
  private readonly indexPath: string;
  private readonly recentPath: string;
  private readonly trashIndexPath: string;
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly writeFile: WriteFile;
  private readonly onSaved: DraftStoreOptions['onSaved'];
  private readonly onHookError: (error: unknown) => void;
  private drafts: FolderCache = new Map();
  private trash: FolderCache = new Map();
  private deletedAt = new Map<string, string>();
  /** Files moved to the quarantine since the last list(), which reports them once. */
  private quarantined: DraftProblem[] = [];
  /** The answer to the first list when it may come before the files are checked. */
  private quickList: DraftSummary[] | null = null;
  private draftTempsCleaned = false;
  /** Copies kept by a save that found the file changed on disk, so retrying that save does not copy it again. */
  private readonly keptCopies = new Map<string, { updatedAt: string; copyId: string }>();
  private queue: Promise<unknown> = Promise.resolve();
  private hooks: Promise<void> = Promise.resolve();
  private indexTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the first change not yet in the written index was made. */
  private indexChangedSince: number | null = null;
  private readonly indexWrite: { quietMs: number; maxWaitMs: number };
  /** The drafts this store wrote last, as written, so the next save need not read them back. */
  private readonly lastWritten = new Map<string, { mtimeNs: bigint; size: bigint; article: Article }>();
  /** The last delta save's head, as sent and as checked (see headOf). */
  private lastHead: { text: string; head: ArticleHead } | null = null;
  private indexWrites: Promise<void> = Promise.resolve();
  private lock: DataDirLock | null = null;
  private readonly dataDir: string;
  private readonly journalOptions: { quietMs: number; maxBytes: number; write?: JournalWrite } | null;
  /** The open journal of each draft saved by delta since its file was last written whole; such drafts stay in lastWritten. */
  private readonly journals = new Map<string, { journal: OpenJournal; timer: ReturnType<typeof setTimeout> | null }>();

  private constructor(dataDir: string, options: DraftStoreOptions) {
    this.dataDir = dataDir;
    this.draftsDir = join(dataDir, 'drafts');
    this.trashDir = join(dataDir, 'trash');
    this.journalDir = join(dataDir, 'journal');
    this.indexPath = join(dataDir, 'index.json');
    this.recentPath = join(dataDir, 'recent.json');
    this.trashIndexPath = join(this.trashDir, TRASH_INDEX_NAME);
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomUUID;
    this.writeFile = options.writeFile ?? writeFileAtomic;
    this.onSaved = options.onSaved;
    this.onHookError = options.onHookError ?? ((error) => console.error(error));
    this.indexWrite = options.indexWrite ?? INDEX_WRITE;
    this.journalOptions = options.journal === false ? null : { ...JOURNAL, ...options.journal };
  }

  static async open(options: DraftStoreOptions): Promise<DraftStore> {
    const store = new DraftStore(resolve(options.dataDir), options);
    try {
      if (options.lock ?? true) store.lock = await acquireDataDirLock(store.dataDir);
      const madeDrafts = await fs.mkdir(store.draftsDir, { recursive: true });
      const madeTrash = await fs.mkdir(store.trashDir, { recursive: true });
      const madeJournal = await fs.mkdir(store.journalDir, { recursive: true });
      // Only folders just made need the data folder written to disk: an fsync also waits for
      // whatever else the disk has queued, which held up opening by 10 ms and more.
      if (madeDrafts !== undefined || madeTrash !== undefined || madeJournal !== undefined) await syncFolder(fs, store.dataDir);
      await Promise.all([store.dataDir, store.trashDir].map(removeStaleTempFiles));
      await store.recoverJournals();
      const recent = options.quickFirstList ? parseRecentDrafts(await readJsonOrNull(store.recentPath), INDEX_VERSION) : null;
      if (recent) {
        // The newest drafts answer the first list at once; everything else waits for the full index,
        // which is read from the next turn of the event loop, so that reading it (2 MB for 10,000
        // drafts) never holds up a first list asked for right after opening.
        store.quickList = recent;
        store.queue = new Promise<void>((next) => setImmediate(next))
          .then(() => store.loadIndexes())
          .then(() => store.refreshTrash());
      } else {
        const indexed = await store.loadIndexes();
        if (options.quickFirstList && indexed) store.quickList = store.summariesInCache();
        else await store.refreshDrafts();
        await store.refreshTrash();
      }
    } catch (error) {
      await store.lock?.release().catch(() => undefined);
      throw toNewsroomError(error, store.dataDir, 'openFolder');
    }
    return store;
  }

  /** Waits for the operations under way, then lets go of the data folder's lock. */
  async close(): Promise<void> {
    await this.queue;
    for (const id of [...this.journals.keys()]) {
      await this.exclusive('settle', () => this.settle(id)).catch((error: unknown) => this.onHookError(error));
    }
    // A journal that could not be folded in stays on disk for the next start; nothing more is written to it.
    for (const [id, entry] of this.journals) {
      if (entry.timer !== null) clearTimeout(entry.timer);
      await entry.journal.close();
      this.journals.delete(id);
    }
    await this.hooks;
    await this.flushDraftIndex();
    const lock = this.lock;
    this.lock = null;
    await lock?.release();
  }

  async list(): Promise<DraftList> {
    const quick = this.quickList;
    if (quick) {
      this.quickList = null;
      return { drafts: quick, problems: [], complete: false };
    }
    return this.exclusive('list', async () => {
      await this.refreshDrafts();
      const problems = this.quarantined;
      this.quarantined = [];
      for (const [fileName, cached] of this.drafts) {
        if (!('summary' in cached)) problems.push({ fileName, message: cached.problem, quarantinedAs: null, ...(cached.text ? { text: cached.text } : {}) });
      }
      problems.sort((a, b) => a.fileName.localeCompare(b.fileName));
      return { drafts: this.summariesInCache(), problems, complete: true };
    });
  }

  /** Newest first. */
  private summariesInCache(): DraftSummary[] {
    const drafts: DraftSummary[] = [];
    for (const cached of this.drafts.values()) if ('summary' in cached) drafts.push(cached.summary);
    return drafts.sort((a, b) => compareTimes(b.updatedAt, a.updatedAt) || a.id.localeCompare(b.id));
  }

  /** A new empty draft, or one made by `build` (a sample article) with a fresh id. */
  async create(build?: (id: string, now: Date) => Article): Promise<Article> {
    const article = await this.exclusive('create', async () => {
      const id = await this.unusedId();
      const created = ArticleSchema.parse(build ? build(id, this.now()) : newArticle({ id, now: this.now() }));
      await this.writeDraft(created);
      this.draftIndexChanged();
      return created;
    });
    await this.runHook(article, null);
    return article;
  }

  async open(id: string): Promise<Article> {
    const draftId = checkId(id);
    return this.exclusive('open', async () => {
      const fileName = `${draftId}.json`;
      if (this.journals.has(draftId)) {
        // The file lacks the saves in the journal; the store holds the version with them.
        if (await this.isAsWritten(draftId)) return this.lastWritten.get(draftId)!.article;
        await this.settle(draftId);
      }
      let file: DraftFile;
      try {
        file = await readDraftFile(this.draftPath(draftId), draftId);
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') throw notFound();
        throw error;
      }
      if (file.kind === 'article') return file.article;
      if (file.kind === 'future') throw file.error;
      const problem = await this.quarantine(fileName, file.damage);
      if (problem === null) throw notFound();
      if (problem.quarantinedAs !== null) {
        this.drafts.delete(fileName);
        this.draftIndexChanged();
      }
      throw NewsroomError.of(file.error.code, { ...problem.text, fileName }, { cause: file.error });
    });
  }

  /**
   * A save that carries only the body's changed blocks (see BlockDelta), applied to the version
   * this store last wrote. 'stale' when that version is not the one the editor started from, or
   * the file changed since: the editor then sends the whole draft. Only what arrived is checked:
   * the other blocks come from the version this store wrote. The save goes to the draft's journal
   * (see JOURNAL), or, when that cannot take it, into the draft's file like a whole save.
   */
  async saveDelta(headText: string, delta: BlockDelta, options: SaveOptions & { baseUpdatedAt: string }): Promise<SaveResult> {
    const stale = () => new NewsroomError('stale', 'The draft has to be sent whole this time.');
    const given = BlockDeltaSchema.safeParse(delta);
    if (!given.success) throw invalidSave(describeIssues(given.error));
    const head = this.headOf(headText);
    let inserts: unknown[][];
    try {
      inserts = given.data.map((run) => run.insert.map((block) => JSON.parse(block) as unknown));
    } catch {
      throw invalidSave('its text did not arrive whole.');
    }
    const runs: BlockRun<BodyNode>[] = [];
    for (const [index, run] of given.data.entries()) {
      const insert = InsertedBlocksSchema.safeParse(inserts[index]);
      if (!insert.success) throw invalidSave(describeIssues(insert.error));
      runs.push({ start: run.start, deleteCount: run.deleteCount, insert: insert.data });
    }
    const base = SaveOptionsSchema.safeParse(options);
    if (!base.success) throw invalidSave(describeIssues(base.error));
    const draftId = checkId(head.id);
    const outcome = await this.exclusive('save', async () => {
      const written = this.lastWritten.get(draftId);
      if (!written || !sameTime(written.article.updatedAt, options.baseUpdatedAt) || !(await this.isAsWritten(draftId))) throw stale();
      const before = written.article.body.content ?? [];
      const blocks = applyBlockRuns(before, runs);
      if (!blocks) throw stale();
      countListAfterRuns(before, runs, blocks);
      const content: ArticleContent = { ...head, body: { ...written.article.body, content: blocks } };
      const journaled = await this.saveToJournal(written.article, head, runs, content);
      return journaled ? { journaled, content: null } : { journaled: null, content };
    });
    if (outcome.content) return this.writeContent(outcome.content, options);
    await this.runHook(outcome.journaled.saved, outcome.journaled.previous);
    return outcome.journaled.result;
  }

  /**
   * The head of a delta save, checked. Typing in the body sends the same head save after save, so
   * the last head's text is kept with what it gave, and the same text is not parsed again.
   */
  private headOf(text: string): ArticleHead {
    if (this.lastHead?.text === text) return this.lastHead.head;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw invalidSave('its text did not arrive whole.');
    }
    const head = ArticleHeadSchema.safeParse(raw);
    if (!head.success) throw invalidSave(describeIssues(head.error));
    this.lastHead = { text, head: head.data };
    return head.data;
  }

  /**
   * Appends a delta save to the draft's journal, starting one if needed; null when the journal
   * cannot take it (it would grow past its limit, or a write failed), and the save has to be
   * written whole. Runs in the queue, with `previous` the version the store last wrote.
   */
  private async saveToJournal(
    previous: Article,
    head: ArticleHead,
    runs: BlockRun<BodyNode>[],
    content: ArticleContent,
  ): Promise<{ result: SaveResult; saved: Article; previous: Article } | null> {
    const settings = this.journalOptions;
    if (!settings) return null;
    const id = previous.id;
    // Each save's time is later than the one before, so the draft's time tells how far into the journal its file is.
    const time = Math.max(this.now().getTime(), Date.parse(previous.updatedAt) + 1);
    const saved: Article = { ...previous, ...content, updatedAt: new Date(time).toISOString() };
    const line = journalLine({ base: previous.updatedAt, updatedAt: saved.updatedAt, head, runs });
    const entry = this.journals.get(id);
    if (entry && (!entry.journal.usable || entry.journal.bytes + Buffer.byteLength(line) > settings.maxBytes)) return null;
    if (entry) {
      try {
        await entry.journal.append(line);
      } catch {
        // The journal may now end in part of a line: the save is written whole, which also removes the journal.
        return null;
      }
    } else {
      const path = join(this.journalDir, `${id}${JOURNAL_SUFFIX}`);
      let journal: OpenJournal;
      try {
        journal = await OpenJournal.create(path, journalHeader(id, previous.updatedAt), line, settings.write);
        await syncFolder(fs, this.journalDir);
      } catch (error) {
        // A journal already there is not this store's (the last start kept it aside): it is left alone.
        if (errnoCode(error) !== 'EEXIST') await fs.rm(path, { force: true }).catch(() => undefined);
        return null;
      }
      this.journals.set(id, { journal, timer: null });
    }
    const written = this.lastWritten.get(id)!;
    this.lastWritten.set(id, { ...written, article: saved });
    const summary = draftSummary(saved);
    const cached = this.drafts.get(`${id}.json`);
    if (cached) this.drafts.set(`${id}.json`, { mtimeMs: cached.mtimeMs, size: cached.size, summary });
    this.draftIndexChanged();
    this.settleWhenQuiet(id, settings.quietMs);
    return { result: { updatedAt: saved.updatedAt, summary, conflict: null }, saved, previous };
  }

  /** Writes the draft whole once no save has come for `quietMs`. */
  private settleWhenQuiet(id: string, quietMs: number): void {
    const entry = this.journals.get(id);
    if (!entry) return;
    if (entry.timer !== null) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      entry.timer = null;
      // A failure leaves the journal in place: the next save, close, or start tries again.
      void this.exclusive('settle', () => this.settle(id, { unlessChanged: true })).catch((error: unknown) =>
        this.onHookError(error),
      );
    }, quietMs);
    entry.timer.unref?.();
  }

  /**
   * Writes a draft with an open journal whole, which removes the journal (see writeDraft). Runs in
   * the queue. A file another program changed meanwhile is first kept as a new draft, as a whole
   * save would keep it; one it made unreadable or removed stays as it is, and the journal's
   * version becomes a new draft instead. With `unlessChanged` such a file is left for the editor's
   * next save, which is then refused as stale and sent whole, and the writer is told of the conflict.
   */
  private async settle(id: string, { unlessChanged = false } = {}): Promise<void> {
    const entry = this.journals.get(id);
    const written = this.lastWritten.get(id);
    if (!entry || !written) return;
    const asWritten = await this.isAsWritten(id);
    if (!asWritten && unlessChanged) return;
    if (asWritten) {
      await this.writeDraft(written.article);
    } else {
      const file = await readDraftFile(this.draftPath(id), id).catch(() => null);
      if (file?.kind === 'article') {
        const kept = await this.keepCopy(file.article);
        if (kept.created) void this.runHook(kept.article, null);
        await this.writeDraft(written.article);
      } else {
        const copy: Article = { ...written.article, id: await this.unusedId() };
        await this.writeDraft(copy);
        void this.runHook(copy, null);
        await this.dropJournal(id);
        this.lastWritten.delete(id);
      }
    }
    this.draftIndexChanged();
  }

  /** Closes and removes a draft's journal, once its file holds everything in it. */
  private async dropJournal(id: string): Promise<void> {
    const entry = this.journals.get(id);
    if (!entry) return;
    this.journals.delete(id);
    if (entry.timer !== null) clearTimeout(entry.timer);
    await entry.journal.remove();
  }

  /**
   * Writes the editor's content over the draft. When `baseUpdatedAt` is given and the file on disk has another
   * updatedAt, someone else changed it meanwhile: that version is first kept as a new draft (`conflict.keptAs`).
   */
  async save(content: ArticleContent, options: SaveOptions = { baseUpdatedAt: null }): Promise<SaveResult> {
    const parsed = ArticleContentSchema.safeParse(content);
    if (!parsed.success) {
      throw invalidSave(describeIssues(parsed.error));
    }
    return this.writeContent(parsed.data, options);
  }

  /** The save itself, for content already checked against the schema. */
  private async writeContent(content: ArticleContent, options: SaveOptions): Promise<SaveResult> {
    const base = SaveOptionsSchema.safeParse(options);
    if (!base.success) {
      throw invalidSave(describeIssues(base.error));
    }
    const draftId = checkId(content.id);
    const outcome = await this.exclusive('save', async () => {
      const existing = await this.readForSave(draftId);
      // Both parts are valid already (the content, the draft from its file): checking the whole
      // body a second time would only cost time.
      const saved: Article = { ...existing, ...content, updatedAt: this.now().toISOString() };
      const baseUpdatedAt = base.data.baseUpdatedAt;
      const kept = baseUpdatedAt !== null && !sameTime(existing.updatedAt, baseUpdatedAt) ? await this.keepCopy(existing) : null;
      const summary = await this.writeDraft(saved);
      this.keptCopies.delete(draftId);
      this.draftIndexChanged();
      const result: SaveResult = { updatedAt: saved.updatedAt, summary, conflict: kept && { keptAs: kept.summary } };
      return { result, saved, previous: existing, kept };
    });
    if (outcome.kept?.created) await this.runHook(outcome.kept.article, null);
    await this.runHook(outcome.saved, outcome.previous);
    return outcome.result;
  }

  async delete(id: string): Promise<void> {
    const draftId = checkId(id);
    return this.exclusive('trash', async () => {
      const fileName = `${draftId}.json`;
      await this.settle(draftId);
      if (!(await pathExists(this.draftPath(draftId)))) throw notFound();
      await this.refreshTrash();
      const target = join(this.trashDir, fileName);
      if (await pathExists(target)) await this.moveAsideInTrash(draftId);
      await fs.rename(this.draftPath(draftId), target);
      await syncFolder(fs, this.trashDir);
      await syncFolder(fs, this.draftsDir);
      const deletedAt = this.now();
      // The file's mtime becomes the deletion time, which is what a rebuilt trash index reads.
      await fs.utimes(target, deletedAt, deletedAt).catch(() => undefined);
      this.drafts.delete(fileName);
      this.trash.delete(fileName);
      this.deletedAt.set(fileName, deletedAt.toISOString());
      await this.refreshTrash();
      this.draftIndexChanged();
    });
  }

  async listTrash(): Promise<TrashedDraft[]> {
    return this.exclusive('listTrash', async () => {
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
    return this.exclusive('restore', async () => {
      await this.refreshTrash();
      const candidates = [...this.trash]
        .filter(([fileName]) => idOfTrashFile(fileName) === draftId)
        .sort(([a, x], [b, y]) => compareTimes(this.deletedAtOf(b, y), this.deletedAtOf(a, x)));
      if (candidates.length === 0) {
        throw NewsroomError.of('not-found', { key: 'notInTrash' });
      }
      const target = this.draftPath(draftId);
      if (await pathExists(target)) {
        throw NewsroomError.of('invalid-input', { key: 'alreadyAmongDrafts' });
      }
      for (const [fileName, cached] of candidates) {
        if (!('summary' in cached)) continue;
        await fs.rename(join(this.trashDir, fileName), target);
        await syncFolder(fs, this.draftsDir);
        await syncFolder(fs, this.trashDir);
        this.trash.delete(fileName);
        this.deletedAt.delete(fileName);
        const stats = await fs.stat(target);
        this.drafts.set(`${draftId}.json`, { mtimeMs: stats.mtimeMs, size: stats.size, summary: cached.summary });
        this.draftIndexChanged();
        await this.saveTrashIndex();
        return cached.summary;
      }
      throw NewsroomError.of('unreadable', { key: 'trashCopyDamaged' });
    });
  }

  /** Deletes every file in the trash; `ids` are the drafts gone for good (a live draft with the same id is left out). */
  async emptyTrash(): Promise<{ removed: number; ids: string[] }> {
    return this.exclusive('emptyTrash', async () => {
      await this.refreshTrash();
      let removed = 0;
      const ids = new Set<string>();
      try {
        for (const fileName of await fs.readdir(this.trashDir)) {
          if (fileName === TRASH_INDEX_NAME) continue;
          const path = join(this.trashDir, fileName);
          const stats = await fs.lstat(path).catch(() => null);
          if (!stats || stats.isDirectory()) continue;
          await fs.rm(path, { force: true });
          if (TEMP_FILE_PATTERN.test(fileName)) continue;
          removed += 1;
          const cached = this.trash.get(fileName);
          if (cached && 'summary' in cached) ids.add(cached.summary.id);
          this.trash.delete(fileName);
          this.deletedAt.delete(fileName);
        }
      } finally {
        await this.saveTrashIndex();
      }
      const goneForGood: string[] = [];
      for (const id of ids) if (!(await pathExists(this.draftPath(id)))) goneForGood.push(id);
      return { removed, ids: goneForGood.sort() };
    });
  }

  async importArticle(article: Article): Promise<ImportResult> {
    const parsed = ArticleSchema.safeParse(article);
    if (!parsed.success) {
      throw NewsroomError.of('invalid-input', { key: 'importInvalid', params: { issues: describeIssues(parsed.error) } });
    }
    const result = await this.exclusive('import', async () => {
      await this.refreshTrash();
      const taken = await this.isTaken(parsed.data.id);
      const stored = taken ? { ...parsed.data, id: await this.unusedId() } : parsed.data;
      await this.writeDraft(stored);
      this.draftIndexChanged();
      return { article: stored, replacedId: taken ? parsed.data.id : null };
    });
    await this.runHook(result.article, null);
    return result;
  }

  /** Runs one operation at a time, so a save and a delete never interleave on disk. */
  private exclusive<T>(action: ErrorAction, task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task).catch((error: unknown) => {
      throw toNewsroomError(error, this.dataDir, action);
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Hooks run in the order of the saves, outside the queue, so a hook may call the store. */
  private runHook(saved: Article, previous: Article | null): Promise<void> {
    const hook = this.onSaved;
    if (!hook) return Promise.resolve();
    const run = this.hooks.then(async () => {
      try {
        await hook(saved, previous);
      } catch (error) {
        try {
          this.onHookError(error);
        } catch {
          // A failing error reporter must not fail the save either.
        }
      }
    });
    this.hooks = run;
    return run;
  }

  private draftPath(id: string): string {
    return join(this.draftsDir, `${id}.json`);
  }

  /** Writes the version on disk, unchanged but for a new id, as a new draft; reuses the copy a failed save already made. */
  private async keepCopy(existing: Article): Promise<{ article: Article; summary: DraftSummary; created: boolean }> {
    const earlier = this.keptCopies.get(existing.id);
    if (earlier && earlier.updatedAt === existing.updatedAt) {
      const copy = await readDraftFile(this.draftPath(earlier.copyId), earlier.copyId).catch(() => null);
      if (copy?.kind === 'article' && copy.article.updatedAt === existing.updatedAt) {
        return { article: copy.article, summary: draftSummary(copy.article), created: false };
      }
    }
    const article = { ...existing, id: await this.unusedId() };
    const summary = await this.writeDraft(article);
    this.keptCopies.set(existing.id, { updatedAt: existing.updatedAt, copyId: article.id });
    return { article, summary, created: true };
  }

  /** The draft's file is still the one this store wrote (same size and modification time, to the nanosecond). */
  private async isAsWritten(id: string): Promise<boolean> {
    const written = this.lastWritten.get(id);
    if (!written) return false;
    const stats = await fs.stat(this.draftPath(id), { bigint: true }).catch(() => null);
    return stats !== null && stats.mtimeNs === written.mtimeNs && stats.size === written.size;
  }

  private async readForSave(id: string): Promise<Article> {
    // No need to read and check a long draft again when the file is the one written last.
    if (await this.isAsWritten(id)) return this.lastWritten.get(id)!.article;
    let file: DraftFile;
    try {
      file = await readDraftFile(this.draftPath(id), id);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') {
        throw NewsroomError.of('not-found', { key: 'draftGoneWhileSaving' });
      }
      throw error;
    }
    if (file.kind === 'article') return file.article;
    if (file.kind === 'future') {
      throw NewsroomError.of('future-version', { key: 'notSavedOverNewer' }, { cause: file.error });
    }
    throw NewsroomError.of('unreadable', { key: 'notSavedOverDamaged', params: { id } }, { cause: file.error });
  }

  private async writeDraft(article: Article): Promise<DraftSummary> {
    const path = this.draftPath(article.id);
    await this.writeFile(path, draftFileParts(article));
    const [stats, exact] = await Promise.all([fs.stat(path), fs.stat(path, { bigint: true })]);
    const summary = draftSummary(article);
    this.drafts.set(`${article.id}.json`, { mtimeMs: stats.mtimeMs, size: stats.size, summary });
    this.lastWritten.delete(article.id);
    this.lastWritten.set(article.id, { mtimeNs: exact.mtimeNs, size: exact.size, article });
    for (const id of this.lastWritten.keys()) {
      if (this.lastWritten.size > LAST_WRITTEN_KEPT && id !== article.id && !this.journals.has(id)) this.lastWritten.delete(id);
    }
    // The file now holds everything the journal held.
    await this.dropJournal(article.id);
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
    if (await pathExists(this.draftPath(id))) return true;
    for (const [fileName, cached] of this.trash) {
      if (idOfTrashFile(fileName) === id || ('summary' in cached && cached.summary.id === id)) return true;
    }
    return false;
  }

  /** Renames the trashed `<id>.json` to a free `<id>.<n>.json`, so a second deletion of the same id keeps both. */
  private async moveAsideInTrash(id: string): Promise<void> {
    const fileName = `${id}.json`;
    let suffix = 1;
    while (await pathExists(join(this.trashDir, `${id}.${suffix}.json`))) suffix += 1;
    const asideName = `${id}.${suffix}.json`;
    await fs.rename(join(this.trashDir, fileName), join(this.trashDir, asideName));
    await syncFolder(fs, this.trashDir);
    const cached = this.trash.get(fileName);
    if (cached) this.trash.set(asideName, cached);
    this.deletedAt.set(asideName, cached ? this.deletedAtOf(fileName, cached) : this.now().toISOString());
    this.trash.delete(fileName);
    this.deletedAt.delete(fileName);
  }

  private deletedAtOf(fileName: string, cached: CachedFile): string {
    return this.deletedAt.get(fileName) ?? new Date(cached.mtimeMs).toISOString();
  }

  /** True when the drafts index was there to load. */
  private async loadIndexes(): Promise<boolean> {
    const drafts = parseDraftIndex(await readJsonOrNull(this.indexPath), INDEX_VERSION);
    if (drafts) this.drafts = drafts;
    const trash = TrashIndexSchema.safeParse(await readJsonOrNull(this.trashIndexPath));
    if (trash.success) {
      this.trash = new Map(Object.entries(trash.data.files));
      this.deletedAt = new Map(Object.entries(trash.data.deletedAt).filter(([, time]) => !Number.isNaN(Date.parse(time))));
    }
    return drafts !== null;
  }

  /**
   * Applies the journals a crash or a power cut left in journal/ to their drafts, and writes those
   * drafts whole. A journal that does not continue its draft's file, or is damaged before its last
   * line, is moved to the quarantine (after applying what it could) and reported by the next list.
   */
  private async recoverJournals(): Promise<void> {
    for (const fileName of await fs.readdir(this.journalDir)) {
      // Anything else (a desktop's hidden files) is not Newsroom's, and left alone.
      if (!fileName.endsWith(JOURNAL_SUFFIX) || fileName.startsWith('.')) continue;
      const id = fileName.slice(0, -JOURNAL_SUFFIX.length);
      const path = join(this.journalDir, fileName);
      const keepAside = (what: JournalWhat) => this.quarantineJournal(fileName, what);
      const unusable = (why: JournalWhy) => keepAside({ key: 'unusable', why });
      if (!DraftIdSchema.safeParse(id).success) {
        await unusable({ key: 'badName' });
        continue;
      }
      let text: string;
      try {
        text = await fs.readFile(path, 'utf8');
      } catch {
        await unusable({ key: 'unreadable' });
        continue;
      }
      const file = await readDraftFile(this.draftPath(id), id).catch(() => null);
      if (file?.kind !== 'article') {
        await unusable({ key: 'noDraft', params: { id } });
        continue;
      }
      const replay = replayJournal(text, file.article);
      // Named by the headline the draft has now, after what could be applied.
      const title = (replay.kind === 'applied' ? replay.article : file.article).headline;
      if (replay.kind === 'unrelated') {
        if (replay.otherVersion) {
          const kept = await this.keepJournalWrites(text, file.article).catch(() => null);
          await keepAside({ key: 'changedElsewhere', title, keptAs: kept ? kept.headline : null });
        } else {
          await unusable(replay.why);
        }
        continue;
      }
      if (replay.applied > 0) await this.writeDraft(replay.article);
      if (replay.damagedAt !== null) await keepAside({ key: 'damagedAt', title, line: String(replay.damagedAt) });
      else await fs.rm(path, { force: true });
    }
  }

  /**
   * Keeps what the saves in a journal that no longer fits its draft wrote (journalWrites) as a new
   * draft: the last save's headline and fields, and the paragraphs the saves changed, with a `[…]`
   * paragraph for each stretch of the draft between them that they did not change. The draft is
   * named after the journal's bytes: a start that stopped after writing it, before the journal
   * was moved aside, finds it the next time instead of making a second copy.
   */
  private async keepJournalWrites(text: string, current: Article): Promise<Article | null> {
    const writes = journalWrites(text, current.id);
    if (!writes) return null;
    const named = `recovered-${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    const made = await readDraftFile(this.draftPath(named), named).catch(() => null);
    if (made?.kind === 'article') return made.article;
    const gap: BodyNode = { type: 'paragraph', content: [{ type: 'text', text: '[…]' }] };
    const content = writes.blocks.map((block) => block ?? gap);
    const article = ArticleSchema.parse({
      ...current,
      ...writes.head,
      id: (await this.isTaken(named)) ? await this.unusedId() : named,
      body: { ...current.body, content: content.length > 0 ? content : [gap] },
      updatedAt: writes.updatedAt,
    });
    await this.writeDraft(article);
    return article;
  }

  /** Moves a journal that could not be applied out of journal/, unchanged; the next list reports it. */
  private async quarantineJournal(fileName: string, what: JournalWhat): Promise<void> {
    let outcome: JournalOutcome;
    let quarantinedAs: string | null = null;
    try {
      quarantinedAs = await quarantineFile(this.dataDir, join(this.journalDir, fileName));
      outcome = { key: 'moved', quarantinedAs };
    } catch (error) {
      const code = errnoCode(error);
      outcome = { key: 'notMoved', reason: reasonForCode(code), dataDir: this.dataDir, code };
    }
    const text: JournalText = { key: 'journal', what, outcome };
    this.quarantined.push({ fileName, quarantinedAs, message: englishText(text), text });
  }

  private async refreshDrafts(): Promise<void> {
    if (!this.draftTempsCleaned) {
      this.draftTempsCleaned = true;
      await removeStaleTempFiles(this.draftsDir);
    }
    const changed = await refreshFolder(
      this.draftsDir,
      this.drafts,
      (fileName) => (fileName.endsWith('.json') ? fileName.slice(0, -'.json'.length) : null),
      (fileName, path, id, mtimeMs, size) => this.examineDraft(fileName, path, id, mtimeMs, size),
    );
    if (changed) this.draftIndexChanged();
  }

  /** A file in drafts/ that is not a draft goes to the quarantine, so the folder holds only drafts. */
  private async examineDraft(fileName: string, path: string, id: string, mtimeMs: number, size: number): Promise<CachedFile | null> {
    const examined = await examineDraftFile(path, id, mtimeMs, size);
    if (examined === null || !('damaged' in examined)) return examined;
    const problem = await this.quarantine(fileName, examined.damaged.damage);
    if (problem === null || problem.quarantinedAs !== null) return null;
    return { mtimeMs, size, problem: problem.message, text: problem.text };
  }

  /** Moves a damaged file out of drafts/; the problem says where it went, or why it stayed. Null if it vanished. */
  private async quarantine(fileName: string, damage: DamageText): Promise<(DraftProblem & { text: DamagedFileText }) | null> {
    try {
      const quarantinedAs = await quarantineFile(this.dataDir, join(this.draftsDir, fileName));
      const text: DamagedFileText = { key: 'quarantined', damage, quarantinedAs };
      const problem = { fileName, quarantinedAs, message: englishText(text), text };
      this.quarantined.push(problem);
      return problem;
    } catch (error) {
      const code = errnoCode(error);
      if (code === 'ENOENT') return null;
      const text: DamagedFileText = { key: 'notQuarantined', damage, why: { reason: reasonForCode(code), dataDir: this.dataDir, code } };
      return { fileName, quarantinedAs: null, message: englishText(text), text };
    }
  }

  private async refreshTrash(): Promise<void> {
    const changed = await refreshFolder(
      this.trashDir,
      this.trash,
      (fileName) => (fileName === TRASH_INDEX_NAME || !fileName.endsWith('.json') ? null : (idOfTrashFile(fileName) ?? '')),
      async (_fileName, path, id, mtimeMs, size) => {
        const examined = await examineDraftFile(path, id, mtimeMs, size);
        return examined && 'damaged' in examined ? { mtimeMs, size, problem: examined.damaged.error.message } : examined;
      },
    );
    for (const [fileName, cached] of this.trash) {
      if (!this.deletedAt.has(fileName)) this.deletedAt.set(fileName, new Date(cached.mtimeMs).toISOString());
    }
    for (const fileName of this.deletedAt.keys()) {
      if (!this.trash.has(fileName)) this.deletedAt.delete(fileName);
    }
    if (changed) await this.saveTrashIndex();
  }

  private draftIndexChanged(): void {
    const now = performance.now();
    this.indexChangedSince ??= now;
    if (this.indexTimer !== null) clearTimeout(this.indexTimer);
    const { quietMs, maxWaitMs } = this.indexWrite;
    this.indexTimer = setTimeout(() => void this.flushDraftIndex(), Math.max(0, Math.min(quietMs, this.indexChangedSince + maxWaitMs - now)));
    this.indexTimer.unref?.();
  }

  /** Writes the drafts index now if a change is waiting; resolves when every index write so far is done. */
  flushDraftIndex(): Promise<void> {
    if (this.indexTimer !== null) {
      clearTimeout(this.indexTimer);
      this.indexTimer = null;
      this.indexChangedSince = null;
      this.indexWrites = this.indexWrites.then(() => this.writeDraftIndex());
    }
    return this.indexWrites;
  }

  // The indexes are caches rebuilt from the files, so failing to write one must not fail the operation.
  private async writeDraftIndex(): Promise<void> {
    const files = Object.fromEntries(this.drafts);
    // A draft with a journal is listed with the journal's figures, which its file lacks: should
    // the journal not be applied at the next start, the file is examined again.
    for (const id of this.journals.keys()) {
      const cached = files[`${id}.json`];
      if (cached) files[`${id}.json`] = { ...cached, mtimeMs: -1 };
    }
    const index = { version: INDEX_VERSION, files };
    await this.writeFile(this.indexPath, JSON.stringify(index)).catch(() => undefined);
    const recent = { version: INDEX_VERSION, drafts: this.summariesInCache().slice(0, RECENT_DRAFTS) };
    await this.writeFile(this.recentPath, JSON.stringify(recent)).catch(() => undefined);
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

async function readJsonOrNull(path: string): Promise<unknown> {
  try {
    return JSON.parse(await fs.readFile(path, 'utf8'));
  } catch {
    return null;
  }
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
  return NewsroomError.of('not-found', { key: 'draftGone' });
}

function compareTimes(a: string, b: string): number {
  return (Date.parse(a) || 0) - (Date.parse(b) || 0);
}

function invalidSave(issues: string): NewsroomError {
  return new NewsroomError('invalid-input', `The draft could not be saved: ${issues}`);
}
