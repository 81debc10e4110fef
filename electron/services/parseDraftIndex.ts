import { ARTICLE_STATUSES } from '../../shared/article/vocabulary';
import type { DraftSummary } from '../../shared/ipc/contract';
import type { CachedFile, FolderCache } from './refreshFolder';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const STATUSES: ReadonlySet<string> = new Set(ARTICLE_STATUSES);

/**
 * Reads the drafts index by hand rather than through the schema library: it is a cache of ten
 * thousand entries on the path to the first list. An entry that does not look right is dropped;
 * its file is simply read again. Returns null when the index as a whole is unusable.
 */
export function parseDraftIndex(raw: unknown, version: number): FolderCache | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { version: found, files } = raw as { version?: unknown; files?: unknown };
  if (found !== version || typeof files !== 'object' || files === null || Array.isArray(files)) return null;
  const cache: FolderCache = new Map();
  for (const [fileName, entry] of Object.entries(files as Record<string, unknown>)) {
    const cached = cachedFile(entry);
    if (cached) cache.set(fileName, cached);
  }
  return cache;
}

/** `recent.json`: the newest drafts' summaries, for the first list of a large folder. */
export function parseRecentDrafts(raw: unknown, version: number): DraftSummary[] | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { version: found, drafts } = raw as { version?: unknown; drafts?: unknown };
  if (found !== version || !Array.isArray(drafts)) return null;
  const summaries: DraftSummary[] = [];
  for (const entry of drafts) {
    const parsed = summaryOf(entry);
    if (parsed) summaries.push(parsed);
  }
  return summaries;
}

function cachedFile(entry: unknown): CachedFile | null {
  if (typeof entry !== 'object' || entry === null) return null;
  const { mtimeMs, size, summary, problem } = entry as Record<string, unknown>;
  if (typeof mtimeMs !== 'number' || typeof size !== 'number') return null;
  if (typeof problem === 'string') return { mtimeMs, size, problem };
  const parsed = summaryOf(summary);
  return parsed ? { mtimeMs, size, summary: parsed } : null;
}

function summaryOf(summary: unknown): DraftSummary | null {
  if (typeof summary !== 'object' || summary === null) return null;
  const s = summary as Record<string, unknown>;
  if (
    typeof s.id !== 'string' ||
    !ID.test(s.id) ||
    typeof s.headline !== 'string' ||
    typeof s.status !== 'string' ||
    !STATUSES.has(s.status) ||
    typeof s.language !== 'string' ||
    typeof s.updatedAt !== 'string' ||
    typeof s.wordCount !== 'number'
  ) {
    return null;
  }
  return {
    id: s.id,
    headline: s.headline,
    status: s.status as CachedFileStatus,
    language: s.language,
    updatedAt: s.updatedAt,
    wordCount: s.wordCount,
    readOnly: s.readOnly === true,
  };
}

type CachedFileStatus = (typeof ARTICLE_STATUSES)[number];
