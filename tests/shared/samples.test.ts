import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article, type BodyNode } from '../../shared/article/article';
import { collectQuotes } from '../../shared/article/collectQuotes';
import { bodyText } from '../../shared/article/countWords';
import { parseArticleJson } from '../../shared/article/parseArticle';
import { QUOTE_MARK, QUOTE_NODE } from '../../shared/article/vocabulary';
import { exportFileName } from '../../shared/export/exportFileName';
import { exportHtml } from '../../shared/export/exportHtml';
import { exportJson } from '../../shared/export/exportJson';
import { sampleArticle } from '../../shared/samples/sampleArticle';
import { sampleArticleEn } from '../../shared/samples/sampleArticleEn';
import { sampleArticleUk } from '../../shared/samples/sampleArticleUk';
import { validateHtml } from './validateHtml';

const now = new Date('2026-05-18T11:00:00.000Z');
const samples = { uk: sampleArticleUk('sample-uk', now), en: sampleArticleEn('sample-en', now) };
const languages = ['uk', 'en'] as const;

function nodes(node: BodyNode): BodyNode[] {
  return [node, ...(node.content ?? []).flatMap(nodes)];
}

function markTypes(body: BodyNode): Set<string> {
  return new Set(nodes(body).flatMap((node) => (node.marks ?? []).map((mark) => mark.type)));
}

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no JSON-LD block');
  return JSON.parse(match[1]) as Record<string, unknown>;
}

/** Every string in the article a reader sees. */
function visibleText(article: Article): string {
  return [
    article.headline,
    article.standfirst,
    ...article.byline.flatMap((author) => [author.name, author.role]),
    article.dateline.place,
    article.section,
    ...article.tags,
    ...article.sources.map((source) => source.name),
    bodyText(article.body),
    ...collectQuotes(article.body).flatMap((quote) => [quote.attrs.speaker, quote.attrs.role, quote.attrs.saidAt]),
    ...article.background.flatMap((section) => [section.title, bodyText(section.body)]),
    ...article.related.flatMap((story) => [story.title, story.teaser]),
  ].join('\n');
}

describe.each(languages)('the %s sample article', (language) => {
  const article = samples[language];

  it('is a valid article made for the given id and time', () => {
    expect(ArticleSchema.parse(article)).toEqual(article);
    expect(article).toMatchObject({ id: `sample-${language}`, language, status: 'draft', createdAt: now.toISOString(), updatedAt: now.toISOString() });
    expect(sampleArticle(language, 'other-id', now)).toEqual({ ...article, id: 'other-id' });
  });

  it('fills every part of an article', () => {
    expect(article.headline.length).toBeGreaterThan(20);
    expect(article.standfirst.length).toBeGreaterThan(40);
    expect(article.byline).toHaveLength(2);
    for (const author of article.byline) expect(author.name && author.role).toBeTruthy();
    expect(article.dateline.place).not.toBe('');
    expect(article.dateline.localTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(article.dateline.timeZone).toMatch(/^[A-Z][a-z]+\/[A-Z]/);
    expect(article.section).not.toBe('');
    expect(article.tags.length).toBeGreaterThanOrEqual(3);
    expect(article.tags.length).toBeLessThanOrEqual(5);
    expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(article.editorNote).not.toBe('');
    expect(article.sources.length).toBeGreaterThanOrEqual(2);
    expect(new Set(article.sources.map((source) => source.kind)).size).toBe(article.sources.length);
    expect(article.sources.map((source) => source.kind)).toContain('agency');
    for (const source of article.sources) expect(source.url).toMatch(/^https:\/\/example\.(org|com)\//);
    expect(article.background.length).toBeGreaterThanOrEqual(2);
    for (const section of article.background) {
      expect(section.title).not.toBe('');
      expect(section.body.content?.length).toBeGreaterThanOrEqual(2);
      expect(section.body.content?.length).toBeLessThanOrEqual(3);
      expect(section.body.content?.every((node) => node.type === 'paragraph')).toBe(true);
    }
    expect(article.related.length).toBeGreaterThanOrEqual(4);
    expect(article.related.length).toBeLessThanOrEqual(6);
    for (const story of article.related) {
      expect(story.title && story.teaser).toBeTruthy();
      expect(story.url).toMatch(/^https:\/\/example\.(org|com)\//);
    }
    const ids = [...article.sources, ...article.background, ...article.related].map((part) => part.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('cites a news agency in the lead', () => {
    const agency = article.sources.find((source) => source.kind === 'agency');
    expect(article.standfirst).toContain(agency?.name);
  });

  it('has a heading, a list, a link, bold and italic text, quote blocks and a quote inside a sentence', () => {
    const types = new Set(nodes(article.body).map((node) => node.type));
    for (const type of ['heading', 'bulletList', 'listItem', QUOTE_NODE]) expect(types).toContain(type);
    for (const mark of ['link', 'bold', 'italic', QUOTE_MARK]) expect(markTypes(article.body)).toContain(mark);
    const quotes = collectQuotes(article.body);
    expect(quotes.filter((quote) => quote.kind === 'block').length).toBeGreaterThanOrEqual(2);
    expect(quotes.filter((quote) => quote.kind === 'inline')).toHaveLength(1);
    expect(quotes.every((quote) => !quote.missingSpeaker)).toBe(true);
    const described = quotes.find((quote) => quote.kind === 'block' && quote.attrs.role === '');
    const named = quotes.find((quote) => quote.kind === 'block' && quote.attrs.role !== '' && quote.attrs.saidAt !== '');
    expect(described?.attrs.speaker).toMatch(/^\p{Ll}/u);
    expect(named?.attrs.speaker).toMatch(/^\p{Lu}\p{Ll}+ \p{Lu}/u);
    const sourceIds = new Set(article.sources.map((source) => source.id));
    for (const quote of quotes) if (quote.attrs.sourceId !== null) expect(sourceIds).toContain(quote.attrs.sourceId);
  });

  it('exports valid HTML with every part in place', async () => {
    const html = exportHtml(article);
    expect(await validateHtml(html)).toEqual([]);
    const quotes = collectQuotes(article.body).filter((quote) => quote.kind === 'block');
    expect(html.match(/<figure class="quote">\n<blockquote>/g)).toHaveLength(quotes.length);
    for (const quote of quotes) expect(html).toMatch(new RegExp(`<figcaption>— ${quote.attrs.speaker}[^<]*`));
    expect(html.match(/<aside class="background" aria-labelledby="bg-\d">\n<h2 id="bg-\d">/g)).toHaveLength(article.background.length);
    const nav = /<nav aria-label="[^"]+">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(nav.match(/<li><a href="https:\/\/example\.(org|com)\/[^"]*" rel="noopener noreferrer">/g)).toHaveLength(article.related.length);
    expect(html).toContain(`<p class="byline">`);
    expect(html).toMatch(/<p class="dateline">[^<]+, <time datetime="\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}">/);
    expect(html).toContain(`<p class="attribution">`);
    expect(html).toMatch(/<q>|<span class="quote">/);
    expect(html).toContain('<h2>');
    expect(html).toContain('<ul>');
    expect(html).toContain('<strong>');
    expect(html).toContain('<em>');
  });

  it('describes itself in JSON-LD', () => {
    const data = jsonLdOf(exportHtml(article));
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: article.headline,
      inLanguage: language,
      keywords: article.tags.join(', '),
      articleSection: article.section,
      dateline: article.dateline.place,
      contentLocation: { '@type': 'Place', name: article.dateline.place },
      author: article.byline.map((author) => ({ '@type': 'Person', name: author.name, jobTitle: author.role })),
      isBasedOn: article.sources.map((source) => ({ '@type': 'CreativeWork', name: source.name, url: source.url })),
    });
    expect(data).not.toHaveProperty('datePublished');
  });

  it('keeps the editor’s note and the notes on sources out of the HTML', () => {
    const html = exportHtml(article);
    expect(html).not.toContain(article.editorNote);
    for (const source of article.sources) expect(html).not.toContain(source.note);
  });

  it('round-trips through JSON and is named after its slug', () => {
    expect(parseArticleJson(exportJson(article))).toEqual(article);
    expect(exportFileName(article, 'html')).toBe(`${article.slug}.html`);
  });
});

describe('the Ukrainian sample', () => {
  it('uses Ukrainian typography: ’ apostrophes, «» quotation marks and dashes', () => {
    const text = visibleText(samples.uk);
    expect(text).not.toMatch(/['"]/);
    expect(text).toContain('’');
    expect(text).toMatch(/«[^»]+»/);
    expect(text).toMatch(/ [–—] /);
  });

  it('uses only https links on example domains', () => {
    const hrefs = nodes(samples.uk.body).flatMap((node) => (node.marks ?? []).filter((mark) => mark.type === 'link').map((mark) => mark.attrs?.href));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^https:\/\/example\.(org|com)\//);
  });
});

describe('the English sample', () => {
  it('uses curly apostrophes and quotation marks', () => {
    const text = visibleText(samples.en);
    expect(text).not.toMatch(/['"]/);
    expect(text).toMatch(/“[^”]+”/);
    expect(text).toContain('’');
  });
});
