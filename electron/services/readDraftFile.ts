import * as fs from 'node:fs/promises';
import type { Article } from '../../shared/article/article';
import { parseArticle } from '../../shared/article/parseArticle';
import { NewsroomError } from '../../shared/errors';
import type { DamageText } from '../../shared/errorText';

const MAX_DRAFT_FILE_BYTES = 100 * 1024 * 1024;

export type DraftFile =
  | { kind: 'article'; article: Article }
  /** Written by a newer Newsroom: never rewritten, only listed from what its JSON plainly says. */
  | { kind: 'future'; raw: Record<string, unknown>; error: NewsroomError }
  /** Not a draft this app can use; `damage` says why (shared/errorText.ts, DAMAGE). */
  | { kind: 'damaged'; damage: DamageText; error: NewsroomError };

/** Reads and checks one draft file; system errors (ENOENT, EACCES...) are thrown. */
export async function readDraftFile(path: string, expectedId: string): Promise<DraftFile> {
  const text = await readSmallFile(path);
  if (text === null) return damaged({ key: 'tooLarge' }, new NewsroomError('not-an-article', 'This file is far too large to be a Newsroom draft.'));
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return damaged({ key: 'notJson' }, NewsroomError.of('unreadable', { key: 'notJson' }));
  }
  let article: Article;
  try {
    article = parseArticle(raw);
  } catch (error) {
    if (!(error instanceof NewsroomError)) throw error;
    if (error.code === 'future-version') return { kind: 'future', raw: raw as Record<string, unknown>, error };
    return damaged(damageOf(error), error);
  }
  if (article.id !== expectedId) {
    return damaged(
      { key: 'idMismatch', params: { id: article.id } },
      new NewsroomError(
        'not-an-article',
        `This file's name does not match the draft id inside it ("${article.id}"), so Newsroom does not open it. Rename the file to ${article.id}.json to use it.`,
      ),
    );
  }
  return { kind: 'article', article };
}

function damaged(damage: DamageText, error: NewsroomError): DraftFile {
  return { kind: 'damaged', damage, error };
}

/** The damage parseArticle found, from the text of its error. */
function damageOf(error: NewsroomError): DamageText {
  const text = error.text;
  if (text?.key === 'noArticleObject' || text?.key === 'notArticleFormat' || text?.key === 'noFormatVersion' || text?.key === 'damaged') {
    return { key: text.key, ...(text.params ? { params: text.params } : {}) };
  }
  return { key: 'damaged', params: { issues: error.message } };
}

/** The file's text, or null when it is too large to be a draft (checked before reading it). */
async function readSmallFile(path: string): Promise<string | null> {
  const handle = await fs.open(path, 'r');
  try {
    if ((await handle.stat()).size > MAX_DRAFT_FILE_BYTES) return null;
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}
