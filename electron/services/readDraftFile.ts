import * as fs from 'node:fs/promises';
import { ARTICLE_FORMAT, type Article } from '../../shared/article/article';
import { parseArticle } from '../../shared/article/parseArticle';
import { NewsroomError } from '../../shared/errors';

const MAX_DRAFT_FILE_BYTES = 100 * 1024 * 1024;

export type DraftFile =
  | { kind: 'article'; article: Article }
  /** Written by a newer Newsroom: never rewritten, only listed from what its JSON plainly says. */
  | { kind: 'future'; raw: Record<string, unknown>; error: NewsroomError }
  /** Not a draft this app can use; `reason` completes "could not be read as a Newsroom draft (…)". */
  | { kind: 'damaged'; reason: string; advice: string; error: NewsroomError };

/** Reads and checks one draft file; system errors (ENOENT, EACCES...) are thrown. */
export async function readDraftFile(path: string, expectedId: string): Promise<DraftFile> {
  const text = await readSmallFile(path);
  if (text === null) return damaged('it is far larger than any Newsroom draft', 'This file is far too large to be a Newsroom draft.');
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return damaged('not valid JSON', 'This file is not valid JSON, so it cannot be read as an article.', 'unreadable');
  }
  let article: Article;
  try {
    article = parseArticle(raw);
  } catch (error) {
    if (!(error instanceof NewsroomError)) throw error;
    if (error.code === 'future-version') return { kind: 'future', raw: raw as Record<string, unknown>, error };
    return { kind: 'damaged', reason: reasonOf(raw, error), advice: '', error };
  }
  if (article.id !== expectedId) {
    return damaged(
      `its file name does not match the draft id inside it ("${article.id}")`,
      `This file's name does not match the draft id inside it ("${article.id}"), so Newsroom does not open it. Rename the file to ${article.id}.json to use it.`,
      'not-an-article',
      `To use it, put it back in the drafts folder as ${article.id}.json.`,
    );
  }
  return { kind: 'article', article };
}

function damaged(reason: string, message: string, code: 'unreadable' | 'not-an-article' = 'not-an-article', advice = ''): DraftFile {
  return { kind: 'damaged', reason, advice, error: new NewsroomError(code, message) };
}

function reasonOf(raw: unknown, error: NewsroomError): string {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'it holds no article object';
  const record = raw as Record<string, unknown>;
  if (record.format !== ARTICLE_FORMAT) return `its format is not "${ARTICLE_FORMAT}"`;
  const damage = /damaged: (.*)$/s.exec(error.message)?.[1];
  return damage ? `it is damaged: ${damage}` : 'it has no valid format version';
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
