import type { Article } from '../article/article';
import { escapeHtml } from './escapeHtml';
import { renderBodyHtml } from './renderBodyHtml';

const STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0; padding: 2rem 1rem; font-family: Georgia, "Times New Roman", serif; font-size: 1.125rem; line-height: 1.6; }
  article { max-width: 42rem; margin: 0 auto; }
  h1, h2, h3, h4, h5, h6 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.25; margin: 1.6em 0 0.5em; }
  h1 { font-size: 2.2rem; margin-top: 0; }
  .standfirst { font-size: 1.3rem; line-height: 1.45; opacity: 0.85; }
  blockquote { margin: 1.2em 0; padding-left: 1em; border-left: 4px solid currentColor; font-style: italic; }
  pre { overflow-x: auto; padding: 0.8em; background: rgba(127, 127, 127, 0.12); }
  code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
  hr { border: 0; border-top: 1px solid currentColor; opacity: 0.3; margin: 2em 0; }
  a { color: inherit; }
`;

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029\u007F-\u009F\p{Noncharacter_Code_Point}]/gu;

/** One standalone HTML5 document: no scripts but the JSON-LD, no remote resources. */
export function exportHtml(article: Article): string {
  const language = escapeHtml(article.language);
  const title = escapeHtml(article.headline).trim() || 'Untitled';
  const standfirst = escapeHtml(article.standfirst).trim();
  const parts = [
    '<!DOCTYPE html>\n',
    `<html lang="${language}">\n`,
    '<head>\n',
    '<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="generator" content="Newsroom">\n',
    `<title>${title}</title>\n`,
    standfirst ? `<meta name="description" content="${standfirst}">\n` : '',
    `<style>${STYLE}</style>\n`,
    `<script type="application/ld+json">${jsonLd(article)}</script>\n`,
    '</head>\n',
    '<body>\n',
    `<article lang="${language}">\n`,
    '<header>\n',
    `<h1>${title}</h1>\n`,
    standfirst ? `<p class="standfirst">${standfirst}</p>\n` : '',
    '</header>\n',
    renderBodyHtml(article.body),
    '</article>\n',
    '</body>\n',
    '</html>\n',
  ];
  return parts.join('');
}

function jsonLd(article: Article): string {
  const data: Record<string, string> = { '@context': 'https://schema.org', '@type': 'NewsArticle' };
  if (article.headline.trim()) data.headline = article.headline;
  if (article.standfirst.trim()) data.description = article.standfirst;
  data.inLanguage = article.language;
  data.dateCreated = article.createdAt;
  data.dateModified = article.updatedAt;
  return JSON.stringify(data).replace(UNSAFE_IN_SCRIPT, escapeInJson);
}

function escapeInJson(char: string): string {
  let escaped = '';
  for (let i = 0; i < char.length; i += 1) escaped += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}
