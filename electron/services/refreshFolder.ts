import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ARTICLE_STATUSES, DraftIdSchema } from '../../shared/article/article';
import type { QuarantineText } from '../../shared/errorText';
import { errnoCode } from './errnoCode';
import { TEMP_FILE_PATTERN } from './writeFileAtomic';

const DraftSummarySchema = z.object({
  id: DraftIdSchema,
  headline: z.string(),
  status: z.enum(ARTICLE_STATUSES),
  language: z.string(),
  updatedAt: z.string(),
  wordCount: z.number(),
  readOnly: z.boolean().default(false),
});

export const CachedFileSchema = z.union([
  z.object({ mtimeMs: z.number(), size: z.number(), summary: DraftSummarySchema }),
  // `text`: the note as data for the interface's language; made again each time the file is looked at.
  z.object({ mtimeMs: z.number(), size: z.number(), problem: z.string(), text: z.custom<QuarantineText>().optional() }),
]);

/** A summary is trusted while mtime and size match; a problem is always looked at again. */
export type CachedFile = z.infer<typeof CachedFileSchema>;

/** What is known about the files of one folder, keyed by file name. */
export type FolderCache = Map<string, CachedFile>;

/** Looks at one new or changed file: what to cache, or null to leave it out of the cache. */
export type ExamineFile = (fileName: string, path: string, id: string, mtimeMs: number, size: number) => Promise<CachedFile | null>;

/**
 * Brings a folder's cache up to date with readdir + stat, reading only files that are new, changed or had a problem.
 * `expectedId` names the draft id a file should hold, or null for files that are not drafts.
 * Returns whether anything changed.
 */
export async function refreshFolder(
  folder: string,
  cache: FolderCache,
  expectedId: (fileName: string) => string | null,
  examine: ExamineFile,
): Promise<boolean> {
  let changed = false;
  const seen = new Set<string>();
  for (const fileName of await fs.readdir(folder)) {
    if (TEMP_FILE_PATTERN.test(fileName)) continue;
    const id = expectedId(fileName);
    if (id === null) continue;
    const path = join(folder, fileName);
    // A file that cannot even be stat'ed (ELOOP, EIO) is examined anyway, so it is reported instead of failing the list.
    let stats = { mtimeMs: -1, size: -1, isFile: () => true };
    try {
      stats = await fs.stat(path);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') continue;
    }
    if (!stats.isFile()) continue;
    const cached = cache.get(fileName);
    if (cached && 'summary' in cached && stats.mtimeMs >= 0 && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) {
      seen.add(fileName);
      continue;
    }
    const examined = await examine(fileName, path, id, stats.mtimeMs, stats.size);
    if (!examined) continue;
    seen.add(fileName);
    if (JSON.stringify(examined) !== JSON.stringify(cached)) changed = true;
    cache.set(fileName, examined);
  }
  for (const fileName of cache.keys()) {
    if (!seen.has(fileName)) {
      cache.delete(fileName);
      changed = true;
    }
  }
  return changed;
}
