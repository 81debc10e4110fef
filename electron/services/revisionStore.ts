import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ArticleSchema, DraftIdSchema, type Article } from '../../shared/article/article';
import { articleWords } from '../../shared/article/countWords';
import { describeIssues, parseArticle } from '../../shared/article/parseArticle';
import type { ErrorAction } from '../../shared/errorText';
import { NewsroomError } from '../../shared/errors';
import { REVISION_REASONS, RevisionIdSchema, type RevisionReason, type RevisionSummary } from '../../shared/ipc/contract';
import { articleFileParts } from './draftFileBytes';
import { errnoCode } from './errnoCode';
import { removeStaleTempFiles } from './removeStaleTempFiles';
import { toNewsroomError } from './toNewsroomError';
import { TEMP_FILE_PATTERN, writeFileAtomic, type WriteFile } from './writeFileAtomic';

export interface RevisionStoreOptions {
  dataDir: string;
  now?: () => Date;
  /** Most snapshots kept per draft. @default 50 */
  maxPerDraft?: number;
  /** Most bytes kept per draft; the oldest go first. @default 20 MiB */
  maxBytesPerDraft?: number;
  /** A periodic snapshot is taken on a save when the newest snapshot is older than this. @default 5 minutes */
  periodicMs?: number;
  /** Tests replace this to simulate a full disk. */
  writeFile?: WriteFile;
  /**
   * A periodic snapshot due on a save (noteSave) is taken once saves stop for this long, and at
   * most periodicMaxWaitMs after it fell due: a snapshot writes the whole draft (about 5–25 ms of
   * processor time at 100,000 words, 80 ms the first time), which must not fall between a writer's keys.
   * @default 3000 and 60,000
   */
  periodicQuietMs?: number;
  periodicMaxWaitMs?: number;
  /** Errors of snapshots taken in the background, which nothing else would report. */
  onError?: (error: unknown) => void;
}

const REVISION_FORMAT = 'newsroom.revision';

const DEFAULT_MAX_PER_DRAFT = 50;
const DEFAULT_MAX_BYTES_PER_DRAFT = 20 * 1024 * 1024;
const DEFAULT_PERIODIC_MS = 5 * 60_000;
const DEFAULT_PERIODIC_QUIET_MS = 3000;
const DEFAULT_PERIODIC_MAX_WAIT_MS = 60_000;
const MAX_CACHED_DRAFTS = 100;
const ID_SUFFIX_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

interface Entry {
  summary: RevisionSummary;
  bytes: number;
}

/** What is known about one draft's history folder; entries are newest first. */
interface DraftHistory {
  entries: Entry[];
  /** Files in the window that could not be read: skipped, never deleted by the bounds. */
  damaged: Set<string>;
  /** Older files beyond the newest maxPerDraft readable ones: not read, dropped by the next bounds check. */
  overflow: string[];
  /** Clock time of the last snapshot this process took, so a clock set back does not stall periodic snapshots. */
  lastTakenAt: number | null;
}

/**
 * Snapshots of drafts in `<dataDir>/history/<draftId>/<revisionId>.json`, bounded per draft.
 * Summaries are cached per draft, so deciding that no snapshot is due never touches the disk.
 */
export class RevisionStore {
  private readonly dataDir: string;
  private readonly historyDir: string;
  private readonly now: () => Date;
  private readonly maxPerDraft: number;
  private readonly maxBytesPerDraft: number;
  private readonly periodicMs: number;
  private readonly writeFile: WriteFile;
  private readonly cache = new Map<string, DraftHistory>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly periodicQuietMs: number;
  private readonly periodicMaxWaitMs: number;
  private readonly onError: (error: unknown) => void;
  /** Periodic snapshots due and waiting for the saves to stop: the newest version saved, and since when it waits. */
  private readonly deferred = new Map<string, { article: Article; since: number; timer: ReturnType<typeof setTimeout> }>();
  private closed = false;

  private constructor(dataDir: string, options: RevisionStoreOptions) {
    this.dataDir = dataDir;
    this.historyDir = join(dataDir, 'history');
    this.now = options.now ?? (() => new Date());
    this.maxPerDraft = positive(options.maxPerDraft ?? DEFAULT_MAX_PER_DRAFT, 'maxPerDraft', 1);
    this.maxBytesPerDraft = positive(options.maxBytesPerDraft ?? DEFAULT_MAX_BYTES_PER_DRAFT, 'maxBytesPerDraft', 0);
    this.periodicMs = positive(options.periodicMs ?? DEFAULT_PERIODIC_MS, 'periodicMs', 0);
    this.writeFile = options.writeFile ?? writeFileAtomic;
    this.periodicQuietMs = positive(options.periodicQuietMs ?? DEFAULT_PERIODIC_QUIET_MS, 'periodicQuietMs', 0);
    this.periodicMaxWaitMs = positive(options.periodicMaxWaitMs ?? DEFAULT_PERIODIC_MAX_WAIT_MS, 'periodicMaxWaitMs', 0);
    this.onError = options.onError ?? ((error) => console.error(error));
  }

  static async open(options: RevisionStoreOptions): Promise<RevisionStore> {
    const store = new RevisionStore(resolve(options.dataDir), options);
    try {
      await fs.mkdir(store.historyDir, { recursive: true });
    } catch (error) {
      throw toNewsroomError(error, store.dataDir, 'openHistory');
    }
    return store;
  }

  /** Takes a snapshot now. */
  async record(article: Article, reason: RevisionReason): Promise<RevisionSummary> {
    const checked = checkArticle(article);
    if (!REVISION_REASONS.includes(reason)) {
      throw new NewsroomError('invalid-input', 'This is not a known reason for keeping a version.');
    }
    return this.serial(checked.id, 'keepVersion', async () =>
      this.take(await this.historyOf(checked.id), checked, reason),
    );
  }

  /**
   * Called after every save: a 'status' snapshot when the status changed from `previous`, else a
   * 'periodic' one when the newest snapshot of this draft is at least periodicMs old (or there is
   * none). Null when none was taken. `saved` is the store's own version, checked when it was saved,
   * so it is not checked again (that made a copy of the whole draft, 5–40 ms at 100,000 words, and a
   * snapshot of the copy could not reuse the blocks already encoded: see draftFileBytes.ts).
   */
  async recordSave(saved: Article, previous: Article | null): Promise<RevisionSummary | null> {
    const draftId = checkDraftId(saved.id);
    return this.serial(draftId, 'keepVersion', async () => {
      const history = await this.historyOf(draftId);
      const reason: RevisionReason | null =
        previous !== null && previous.status !== saved.status ? 'status' : this.periodicDue(history) ? 'periodic' : null;
      if (reason === null) return null;
      return this.take(history, saved, reason);
    });
  }

  /**
   * Called after every save, like recordSave, except that a periodic snapshot waits for the saves
   * to stop (periodicQuietMs, at most periodicMaxWaitMs) and is then taken of the newest version:
   * the app's saves while someone types come every few seconds. A status snapshot is taken at once.
   */
  async noteSave(saved: Article, previous: Article | null): Promise<void> {
    const draftId = checkDraftId(saved.id);
    if (this.closed) return;
    if (previous !== null && previous.status !== saved.status) {
      this.dropDeferred(draftId);
      await this.recordSave(saved, previous);
      return;
    }
    const waiting = this.deferred.get(draftId);
    const since = waiting?.since ?? (await this.periodicDueNow(draftId) ? performance.now() : null);
    if (since === null || this.closed) return;
    if (waiting) clearTimeout(waiting.timer);
    const wait = Math.max(0, Math.min(this.periodicQuietMs, since + this.periodicMaxWaitMs - performance.now()));
    const timer = setTimeout(() => {
      const entry = this.deferred.get(draftId);
      this.deferred.delete(draftId);
      if (!entry) return;
      void this.serial(draftId, 'keepVersion', async () => {
        const history = await this.historyOf(draftId);
        return this.periodicDue(history) ? this.take(history, entry.article, 'periodic') : null;
      }).catch((error: unknown) => this.onError(error));
    }, wait);
    timer.unref?.();
    this.deferred.set(draftId, { article: saved, since, timer });
  }

  /** Takes no more snapshots in the background; those waiting are dropped (the drafts hold those versions). */
  close(): void {
    this.closed = true;
    for (const draftId of [...this.deferred.keys()]) this.dropDeferred(draftId);
  }

  private async periodicDueNow(draftId: string): Promise<boolean> {
    return this.serial(draftId, 'readHistory', async () => this.periodicDue(await this.historyOf(draftId)));
  }

  private dropDeferred(draftId: string): void {
    const entry = this.deferred.get(draftId);
    if (entry) clearTimeout(entry.timer);
    this.deferred.delete(draftId);
  }

  /** Newest first. Reads any files that appeared since the draft's history was last read. */
  async list(draftId: string): Promise<RevisionSummary[]> {
    const id = checkDraftId(draftId);
    return this.serial(id, 'readHistory', async () => {
      const history = await this.refresh(id);
      return history.entries.map((entry) => ({ ...entry.summary }));
    });
  }

  async read(draftId: string, revisionId: string): Promise<Article> {
    const id = checkDraftId(draftId);
    const revision = checkRevisionId(revisionId);
    return this.serial(id, 'readVersion', async () => {
      let text: string;
      try {
        text = await fs.readFile(this.revisionPath(id, revision), 'utf8');
      } catch (error) {
        if (errnoCode(error) === 'ENOENT' || errnoCode(error) === 'ENOTDIR') {
          throw NewsroomError.of('not-found', { key: 'versionGone' });
        }
        throw error;
      }
      return parseRevision(text, id, revision).article;
    });
  }

  /** Forgets a draft's history (after its trash was emptied). */
  async removeDraft(draftId: string): Promise<void> {
    const id = checkDraftId(draftId);
    return this.serial(id, 'removeHistory', async () => {
      this.cache.delete(id);
      await fs.rm(join(this.historyDir, id), { recursive: true, force: true });
    });
  }

  /** Runs one operation per draft at a time, so bounds and snapshots of a draft never interleave. */
  private serial<T>(draftId: string, action: ErrorAction, task: () => Promise<T>): Promise<T> {
    const before = this.queues.get(draftId) ?? Promise.resolve();
    const run = before.then(task).catch((error: unknown) => {
      throw toNewsroomError(error, this.dataDir, action);
    });
    const settled = run.catch(() => undefined);
    this.queues.set(draftId, settled);
    void settled.then(() => {
      if (this.queues.get(draftId) === settled) this.queues.delete(draftId);
    });
    return run;
  }

  private async historyOf(draftId: string): Promise<DraftHistory> {
    const cached = this.cache.get(draftId);
    if (!cached) return this.refresh(draftId);
    this.cache.delete(draftId);
    this.cache.set(draftId, cached);
    return cached;
  }

  /** Brings the cache up to date with the folder, reading only revision files it has not seen. */
  private async refresh(draftId: string): Promise<DraftHistory> {
    const folder = join(this.historyDir, draftId);
    const previous = this.cache.get(draftId);
    let names: string[];
    try {
      names = await fs.readdir(folder);
    } catch (error) {
      if (errnoCode(error) !== 'ENOENT') throw error;
      names = [];
    }
    if (!previous && names.some((name) => TEMP_FILE_PATTERN.test(name))) await removeStaleTempFiles(folder);
    const known = new Map(previous?.entries.map((entry) => [fileNameOf(entry.summary.revisionId), entry]));
    const history: DraftHistory = { entries: [], damaged: new Set(), overflow: [], lastTakenAt: previous?.lastTakenAt ?? null };
    const revisionNames = names.filter(isRevisionFileName).sort().reverse();
    for (const name of revisionNames) {
      if (history.entries.length >= this.maxPerDraft) {
        history.overflow.push(name);
        continue;
      }
      if (previous?.damaged.has(name)) {
        history.damaged.add(name);
        continue;
      }
      const entry = known.get(name) ?? (await readEntry(folder, draftId, name));
      if (entry === 'damaged') history.damaged.add(name);
      else if (entry !== 'gone') history.entries.push(entry);
    }
    this.cache.delete(draftId);
    this.cache.set(draftId, history);
    for (const key of this.cache.keys()) {
      if (this.cache.size <= MAX_CACHED_DRAFTS) break;
      this.cache.delete(key);
    }
    return history;
  }

  private periodicDue(history: DraftHistory): boolean {
    const newest = history.entries[0];
    const reference = history.lastTakenAt ?? (newest ? Date.parse(newest.summary.createdAt) : Number.NaN);
    if (Number.isNaN(reference)) return true;
    return Math.abs(this.now().getTime() - reference) >= this.periodicMs;
  }

  private async take(history: DraftHistory, article: Article, reason: RevisionReason): Promise<RevisionSummary> {
    const now = this.now().getTime();
    const newest = history.entries[0];
    // Ids stay in the order they were taken, even when two snapshots fall in the same millisecond.
    const stamp = newest ? Math.max(now, stampOf(newest.summary.revisionId) + 1) : now;
    const createdAt = new Date(stamp).toISOString();
    const revisionId = `${createdAt.replace(/[-:.]/g, '')}-${randomSuffix()}`;
    if (!RevisionIdSchema.safeParse(revisionId).success) {
      throw new NewsroomError('internal', 'Newsroom made an invalid version id; is the computer clock set right?');
    }
    const folder = join(this.historyDir, article.id);
    // The record as pretty-printed JSON, the draft's blocks encoded once and kept for the next
    // snapshot (draftFileBytes.ts): turning a 100,000-word draft into text took 20–40 ms each time.
    const parts = articleFileParts(article, (framed) => ({ format: REVISION_FORMAT, revisionId, draftId: article.id, createdAt, reason, article: framed }));
    await fs.mkdir(folder, { recursive: true });
    await this.writeFile(join(folder, fileNameOf(revisionId)), parts);
    const summary = summaryOf(revisionId, createdAt, reason, article);
    history.entries.unshift({ summary, bytes: parts.reduce((sum, part) => sum + part.length, 0) });
    history.lastTakenAt = now;
    await this.enforceBounds(folder, history);
    return { ...summary };
  }

  /** Drops the oldest beyond maxPerDraft, then the oldest until the size fits; the newest always stays. */
  private async enforceBounds(folder: string, history: DraftHistory): Promise<void> {
    const dropped = history.overflow;
    history.overflow = [];
    while (history.entries.length > this.maxPerDraft) dropped.push(fileNameOf(history.entries.pop()!.summary.revisionId));
    let total = history.entries.reduce((sum, entry) => sum + entry.bytes, 0);
    while (total > this.maxBytesPerDraft && history.entries.length > 1) {
      const oldest = history.entries.pop()!;
      total -= oldest.bytes;
      dropped.push(fileNameOf(oldest.summary.revisionId));
    }
    // A file that could not be removed is found again by the next listing and dropped then.
    await Promise.all(dropped.map((name) => fs.rm(join(folder, name), { force: true }).catch(() => undefined)));
  }

  private revisionPath(draftId: string, revisionId: string): string {
    return join(this.historyDir, draftId, fileNameOf(revisionId));
  }
}

interface ParsedRevision {
  createdAt: string;
  reason: RevisionReason;
  article: Article;
}

function parseRevision(text: string, draftId: string, revisionId: string): ParsedRevision {
  const damaged = (detail: string, cause?: unknown) =>
    NewsroomError.of('unreadable', { key: 'versionDamaged', params: { file: `history/${draftId}/${fileNameOf(revisionId)}`, detail } }, { cause });
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw damaged('not valid JSON', error);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw damaged('no revision object');
  const record = raw as Record<string, unknown>;
  if (record.format !== REVISION_FORMAT) throw damaged(`its format is not "${REVISION_FORMAT}"`);
  if (record.revisionId !== revisionId || record.draftId !== draftId) throw damaged('it belongs to another version or draft');
  const { createdAt, reason } = record;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) throw damaged('it has no valid time');
  if (!REVISION_REASONS.includes(reason as RevisionReason)) throw damaged('it has no known reason');
  let article: Article;
  try {
    article = parseArticle(record.article);
  } catch (error) {
    if (error instanceof NewsroomError && error.code === 'future-version') {
      throw new NewsroomError(
        'future-version',
        'This version was kept by a newer version of Newsroom; update Newsroom to open it. The file was not changed.',
        { cause: error },
      );
    }
    throw damaged(error instanceof Error ? error.message : 'the article cannot be read', error);
  }
  if (article.id !== draftId) throw damaged('it holds another draft');
  return { createdAt, reason: reason as RevisionReason, article };
}

async function readEntry(folder: string, draftId: string, name: string): Promise<Entry | 'damaged' | 'gone'> {
  let text: string;
  try {
    text = await fs.readFile(join(folder, name), 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return 'gone';
    throw error;
  }
  const revisionId = name.slice(0, -'.json'.length);
  try {
    const { createdAt, reason, article } = parseRevision(text, draftId, revisionId);
    return { summary: summaryOf(revisionId, createdAt, reason, article), bytes: Buffer.byteLength(text) };
  } catch (error) {
    if (error instanceof NewsroomError) return 'damaged';
    throw error;
  }
}

function summaryOf(revisionId: string, createdAt: string, reason: RevisionReason, article: Article): RevisionSummary {
  return {
    revisionId,
    draftId: article.id,
    createdAt,
    reason,
    headline: article.headline,
    status: article.status,
    wordCount: articleWords(article),
  };
}

function checkArticle(article: Article): Article {
  const result = ArticleSchema.safeParse(article);
  if (!result.success) {
    throw new NewsroomError('invalid-input', `This version could not be kept in the history: ${describeIssues(result.error)}`);
  }
  return result.data;
}

function checkDraftId(id: unknown): string {
  const result = DraftIdSchema.safeParse(id);
  if (!result.success) throw new NewsroomError('invalid-input', 'This is not a valid draft id.');
  return result.data;
}

function checkRevisionId(id: unknown): string {
  const result = RevisionIdSchema.safeParse(id);
  if (!result.success) throw new NewsroomError('invalid-input', 'This is not a valid version id.');
  return result.data;
}

function isRevisionFileName(name: string): boolean {
  return name.endsWith('.json') && RevisionIdSchema.safeParse(name.slice(0, -'.json'.length)).success;
}

function fileNameOf(revisionId: string): string {
  return `${revisionId}.json`;
}

/** The time in a revision id, "20261127T201400123Z-ab12", in milliseconds. */
function stampOf(revisionId: string): number {
  const [year, month, day, hour, minute, second, ms] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z/
    .exec(revisionId)!
    .slice(1)
    .map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(year, month - 1, day, hour, minute, second, ms);
}

function randomSuffix(): string {
  return Array.from(randomBytes(6), (byte) => ID_SUFFIX_ALPHABET[byte % ID_SUFFIX_ALPHABET.length]).join('');
}

function positive(value: number, name: string, least: number): number {
  if (!Number.isFinite(value) || value < least) throw new RangeError(`RevisionStore: ${name} must be a number of at least ${least}.`);
  return value;
}
