import { z } from 'zod';
import { NewsroomError } from '../errors';
import { ARTICLE_FORMAT, ARTICLE_SCHEMA_VERSION, ArticleSchema, type Article } from './article';
import { migrateArticle } from './migrateArticle';

/**
 * Reads an article from parsed JSON: checks the format, refuses a newer version,
 * migrates an older one, then validates. Never changes its input.
 */
export function parseArticle(raw: unknown): Article {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new NewsroomError('not-an-article', 'This is not a Newsroom article: it holds no article object.');
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== ARTICLE_FORMAT) {
    throw new NewsroomError('not-an-article', `This is not a Newsroom article: its format is not "${ARTICLE_FORMAT}".`);
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new NewsroomError('not-an-article', 'This article has no valid format version.');
  }
  if (version > ARTICLE_SCHEMA_VERSION) {
    throw new NewsroomError(
      'future-version',
      `This article was written by a newer version of Newsroom (format version ${version}; this version reads up to ${ARTICLE_SCHEMA_VERSION}). Update Newsroom to open it. The file was not changed.`,
    );
  }
  const result = ArticleSchema.safeParse(migrateArticle(structuredClone(record), version));
  if (!result.success) {
    throw new NewsroomError('not-an-article', `This article is damaged: ${describeIssues(result.error)}`);
  }
  return result.data;
}

export function parseArticleJson(text: string): Article {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new NewsroomError('unreadable', 'This file is not valid JSON, so it cannot be read as an article.');
  }
  return parseArticle(raw);
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
