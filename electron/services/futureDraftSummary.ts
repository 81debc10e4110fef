import { z } from 'zod';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article/vocabulary';
import type { DraftSummary } from '../../shared/ipc/contract';

const IsoTimeSchema = z.iso.datetime({ offset: true });

/** What the list can show of a draft written by a newer Newsroom, taken only from fields that plainly fit. */
export function futureDraftSummary(id: string, raw: Record<string, unknown>, mtimeMs: number): DraftSummary {
  const status = ARTICLE_STATUSES.find((known: ArticleStatus) => known === raw.status) ?? 'draft';
  return {
    id,
    headline: typeof raw.headline === 'string' ? raw.headline : '',
    status,
    language: typeof raw.language === 'string' ? raw.language : 'uk',
    updatedAt: IsoTimeSchema.safeParse(raw.updatedAt).success ? (raw.updatedAt as string) : new Date(mtimeMs).toISOString(),
    wordCount: 0,
    readOnly: true,
  };
}
