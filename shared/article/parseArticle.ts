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
    throw NewsroomError.of('not-an-article', { key: 'noArticleObject' });
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== ARTICLE_FORMAT) {
    throw NewsroomError.of('not-an-article', { key: 'notArticleFormat', params: { format: ARTICLE_FORMAT } });
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw NewsroomError.of('not-an-article', { key: 'noFormatVersion' });
  }
  if (version > ARTICLE_SCHEMA_VERSION) {
    throw NewsroomError.of('future-version', { key: 'futureVersion', params: { version: String(version), known: String(ARTICLE_SCHEMA_VERSION) } });
  }
  const result = ArticleSchema.safeParse(migrateArticle(structuredClone(record), version));
  if (!result.success) {
    throw NewsroomError.of('not-an-article', { key: 'damaged', params: { issues: describeIssues(result.error) } });
  }
  return result.data;
}

export function parseArticleJson(text: string): Article {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw NewsroomError.of('unreadable', { key: 'notJson' });
  }
  return parseArticle(raw);
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
