import type { Article } from '../../shared/article/article';
import { articleWords } from '../../shared/article/countWords';
import type { DraftSummary } from '../../shared/ipc/contract';

export function draftSummary(article: Article): DraftSummary {
  return {
    id: article.id,
    headline: article.headline,
    status: article.status,
    language: article.language,
    updatedAt: article.updatedAt,
    wordCount: articleWords(article),
    readOnly: false,
  };
}
