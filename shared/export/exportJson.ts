import type { Article } from '../article/article';

/** The native article file: everything, exactly as stored. */
export function exportJson(article: Article): string {
  return `${JSON.stringify(article, null, 2)}\n`;
}
