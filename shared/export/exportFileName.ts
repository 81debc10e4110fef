import type { Article } from '../article/article';
import { slugify } from '../article/slugify';

export function exportFileName(article: Article, format: 'html' | 'json'): string {
  return `${slugify(article.headline, article.language)}.${format}`;
}
