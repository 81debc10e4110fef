import type { Article } from '../article/article';
import { slugify } from '../article/slugify';

/** The article's own slug when it has one, otherwise one made from the headline. */
export function exportFileName(article: Article, format: 'html' | 'json'): string {
  const slug = article.slug.replace(/^-+|-+$/g, '').replace(/-{2,}/g, '-');
  return `${slug || slugify(article.headline, article.language)}.${format}`;
}
