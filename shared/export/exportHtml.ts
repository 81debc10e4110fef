import type { Article, Dateline, RelatedStory, Source } from '../article/article';
import { bodyText } from '../article/countWords';
import { zonedDateTime } from '../article/datelineOffset';
import { articleJsonLd } from './articleJsonLd';
import { escapeHtml } from './escapeHtml';
import { exportLabels, type ExportLabels } from './exportLabels';
import { renderBodyHtml } from './renderBodyHtml';
import { safeHref } from './safeHref';

const STYLE = `
  :root { color-scheme: light dark; }
  body { margin: 0; padding: 2rem 1rem; font-family: Georgia, "Times New Roman", serif; font-size: 1.125rem; line-height: 1.6; }
  article { max-width: 42rem; margin: 0 auto; }
  h1, h2, h3, h4, h5, h6 { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.25; margin: 1.6em 0 0.5em; }
  h1 { font-size: 2.2rem; margin-top: 0; }
  .standfirst { font-size: 1.3rem; line-height: 1.45; opacity: 0.85; }
  .byline, .dateline, .attribution { margin: 0.3em 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 0.95rem; opacity: 0.85; }
  header { margin-bottom: 2em; }
  blockquote { margin: 1.2em 0; padding-left: 1em; border-left: 4px solid currentColor; font-style: italic; }
  figure.quote { margin: 1.5em 0; }
  figure.quote blockquote { margin: 0; }
  figcaption { margin-top: 0.4em; padding-left: 1.25em; font-size: 0.95rem; }
  cite { font-style: normal; }
  .background { margin: 2em 0; padding: 0.2em 1.2em; border-radius: 6px; background: rgba(127, 127, 127, 0.1); }
  .background h2 { margin-top: 0.8em; }
  nav li p { margin: 0.2em 0 0.8em; opacity: 0.85; }
  pre { overflow-x: auto; padding: 0.8em; background: rgba(127, 127, 127, 0.12); }
  code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.9em; }
  hr { border: 0; border-top: 1px solid currentColor; opacity: 0.3; margin: 2em 0; }
  a { color: inherit; }
`;

/**
 * One standalone HTML5 document: no scripts but the JSON-LD, no remote resources, and nothing internal
 * (id, status, editor's note, source notes). Words it adds are in the article's language.
 */
export function exportHtml(article: Article): string {
  const labels = exportLabels(article.language);
  const language = escapeHtml(article.language);
  const title = escapeHtml(article.headline).trim() || 'Untitled';
  const standfirst = escapeHtml(article.standfirst).trim();
  const authors = article.byline.map((author) => author.name.trim()).filter((name) => name !== '');
  const tags = article.tags.map((tag) => tag.trim()).filter((tag) => tag !== '');
  const parts = [
    '<!DOCTYPE html>\n',
    `<html lang="${language}">\n`,
    '<head>\n',
    '<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="generator" content="Newsroom">\n',
    `<title>${title}</title>\n`,
    standfirst ? `<meta name="description" content="${standfirst}">\n` : '',
    authors.length > 0 ? `<meta name="author" content="${escapeHtml(authors.join(', '))}">\n` : '',
    tags.length > 0 ? `<meta name="keywords" content="${escapeHtml(tags.join(', '))}">\n` : '',
    `<style>${STYLE}</style>\n`,
    `<script type="application/ld+json">${articleJsonLd(article)}</script>\n`,
    '</head>\n',
    '<body>\n',
    `<article lang="${language}">\n`,
    '<header>\n',
    `<h1>${title}</h1>\n`,
    standfirst ? `<p class="standfirst">${standfirst}</p>\n` : '',
    bylineHtml(article, labels),
    datelineHtml(article.dateline, labels),
    attributionHtml(article.sources, labels),
    '</header>\n',
    renderBodyHtml(article.body, { language: article.language, sources: article.sources }),
    backgroundHtml(article, labels),
    relatedHtml(article.related, labels),
    '</article>\n',
    '</body>\n',
    '</html>\n',
  ];
  return parts.join('');
}

/** "By A (role), B and C" / "Автори: A (роль), B і C". */
function bylineHtml(article: Article, labels: ExportLabels): string {
  const authors = article.byline
    .filter((author) => author.name.trim() !== '')
    .map((author) => escapeHtml(author.name.trim()) + (author.role.trim() ? ` (${escapeHtml(author.role.trim())})` : ''));
  if (authors.length === 0) return '';
  const label = authors.length === 1 ? labels.author : labels.authors;
  const last = authors.pop() ?? '';
  const list = authors.length > 0 ? `${authors.join(', ')} ${escapeHtml(labels.and)} ${last}` : last;
  return `<p class="byline">${escapeHtml(label)} ${list}</p>\n`;
}

/** "Place, <time datetime=…>14 July 2026, 09:30</time>": either half may be missing. */
function datelineHtml(dateline: Dateline, labels: ExportLabels): string {
  const parts = [escapeHtml(dateline.place.trim()), timeHtml(dateline, labels)].filter((part) => part !== '');
  return parts.length > 0 ? `<p class="dateline">${parts.join(', ')}</p>\n` : '';
}

function timeHtml({ localTime, timeZone }: Dateline, labels: ExportLabels): string {
  if (localTime === null) return '';
  let datetime: string;
  try {
    datetime = zonedDateTime(localTime, timeZone);
  } catch {
    return '';
  }
  const [year = 0, month = 1, day = 1] = localTime.slice(0, 10).split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const human = new Intl.DateTimeFormat(labels.locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  return `<time datetime="${escapeHtml(datetime)}">${escapeHtml(human)}, ${escapeHtml(localTime.slice(11))}</time>`;
}

/** "Sources: Reuters (news agency), …": a name links to its page only when that is a web address. */
function attributionHtml(sources: readonly Source[], labels: ExportLabels): string {
  const named = sources.filter((source) => source.name.trim() !== '');
  if (named.length === 0) return '';
  const items = named.map((source) => {
    const name = escapeHtml(source.name.trim());
    const href = safeHref(source.url, true);
    const linked = href === null ? name : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${name}</a>`;
    return `${linked} (${escapeHtml(labels.sourceKinds[source.kind])})`;
  });
  return `<p class="attribution">${escapeHtml(named.length === 1 ? labels.source : labels.sources)} ${items.join(', ')}</p>\n`;
}

/** Each section is an aside named by its own h2; its headings go below that. Empty sections are left out. */
function backgroundHtml(article: Article, labels: ExportLabels): string {
  const parts: string[] = [];
  for (const section of article.background) {
    const title = section.title.trim();
    if (title === '' && bodyText(section.body).trim() === '') continue;
    const id = `bg-${parts.length + 1}`;
    const body = renderBodyHtml(section.body, { language: article.language, sources: article.sources, under: 2 });
    parts.push(
      `<aside class="background" aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(title || labels.background)}</h2>\n${body}</aside>\n`,
    );
  }
  return parts.join('');
}

/** Related stories with a title; only a web address becomes a link. */
function relatedHtml(related: readonly RelatedStory[], labels: ExportLabels): string {
  const items = related
    .filter((story) => story.title.trim() !== '')
    .map((story) => {
      const title = escapeHtml(story.title.trim());
      const href = safeHref(story.url, true);
      const teaser = story.teaser.trim();
      const heading = href === null ? title : `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a>`;
      return `<li>${heading}${teaser ? `\n<p>${escapeHtml(teaser)}</p>` : ''}</li>\n`;
    });
  if (items.length === 0) return '';
  const label = escapeHtml(labels.related);
  return `<nav aria-label="${label}">\n<h2>${label}</h2>\n<ul>\n${items.join('')}</ul>\n</nav>\n`;
}
