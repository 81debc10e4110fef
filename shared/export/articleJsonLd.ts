import type { Article } from '../article/article';
import { safeHref } from './safeHref';

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029\u007F-\u009F\p{Noncharacter_Code_Point}]/gu;

/**
 * The schema.org NewsArticle for a <script type="application/ld+json"> block, escaped so that no text
 * can end the script. Public parts only: never the id, status, editor's note or source notes.
 */
export function articleJsonLd(article: Article): string {
  const data: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (article.headline.trim()) data.headline = article.headline;
  if (article.standfirst.trim()) data.description = article.standfirst;
  const authors = article.byline
    .filter((author) => author.name.trim() !== '')
    .map((author) => ({
      '@type': 'Person',
      name: author.name.trim(),
      ...(author.role.trim() ? { jobTitle: author.role.trim() } : {}),
    }));
  if (authors.length > 0) data.author = authors;
  const place = article.dateline.place.trim();
  if (place) {
    data.dateline = place;
    data.contentLocation = { '@type': 'Place', name: place };
  }
  data.inLanguage = article.language;
  const tags = article.tags.map((tag) => tag.trim()).filter((tag) => tag !== '');
  if (tags.length > 0) data.keywords = tags.join(', ');
  if (article.section.trim()) data.articleSection = article.section.trim();
  const sources = article.sources
    .filter((source) => source.name.trim() !== '')
    .map((source) => {
      const url = safeHref(source.url, true);
      return { '@type': 'CreativeWork', name: source.name.trim(), ...(url ? { url } : {}) };
    });
  if (sources.length > 0) data.isBasedOn = sources;
  data.dateCreated = article.createdAt;
  data.dateModified = article.updatedAt;
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, escapeInJson);
}

function escapeInJson(char: string): string {
  let escaped = '';
  for (let i = 0; i < char.length; i += 1) escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}
