import type { Article, ArticleContent } from './article';

/** The part of an article the editor owns: everything but its format and the store's times. */
export function contentOf(article: Article): ArticleContent {
  const { format: _format, schemaVersion: _version, createdAt: _created, updatedAt: _updated, ...content } = article;
  return content;
}
