import { describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
import { parseArticle, parseArticleJson } from '../../shared/article/parseArticle';
import { NewsroomError } from '../../shared/errors';

const now = new Date('2026-11-27T18:14:00.000Z');

function errorOf(fn: () => unknown): NewsroomError {
  try {
    fn();
  } catch (error) {
    if (error instanceof NewsroomError) return error;
    throw error;
  }
  throw new Error('expected a NewsroomError');
}

describe('article model', () => {
  it('accepts a new article and keeps every field', () => {
    const article = { ...newArticle({ id: 'a1', now }), headline: 'Київ: «Новини» зв’язку', standfirst: 'Лід' };
    expect(parseArticle(JSON.parse(JSON.stringify(article)))).toEqual(article);
    expect(article.language).toBe('uk');
    expect(article.status).toBe('draft');
  });

  it('migrates a format 1 article: every part present and empty, nothing lost', () => {
    const v1 = { format: 'newsroom.article', schemaVersion: 1, id: 'old1', createdAt: now.toISOString(), updatedAt: now.toISOString(), language: 'uk', status: 'draft', headline: 'Старий', standfirst: 'Лід', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Текст' }] }] } };
    const before = JSON.stringify(v1);
    const article = parseArticle(v1);
    expect(JSON.stringify(v1)).toBe(before);
    expect(article).toMatchObject({ schemaVersion: ARTICLE_SCHEMA_VERSION, headline: 'Старий', standfirst: 'Лід', byline: [], sources: [], background: [], related: [], tags: [], slug: '', editorNote: '' });
    expect(article.body).toEqual(v1.body);
    expect(article.dateline).toEqual({ place: '', localTime: null, timeZone: 'Europe/Kyiv' });
  });

  it('keeps body nodes it does not know', () => {
    const article = newArticle({ id: 'a2', now });
    article.body = { type: 'doc', content: [{ type: 'futureWidget', attrs: { x: 1 }, content: [{ type: 'text', text: 'hi' }] }] };
    expect(parseArticle(article).body).toEqual(article.body);
  });

  it('refuses an article from a newer version with a clear message', () => {
    const future = { ...newArticle({ id: 'a3', now }), schemaVersion: ARTICLE_SCHEMA_VERSION + 1 };
    const error = errorOf(() => parseArticle(future));
    expect(error.code).toBe('future-version');
    expect(error.message).toMatch(/newer version of Newsroom/);
  });

  it.each([
    ['not JSON', '{"format": '],
    ['no format', '{"schemaVersion": 1}'],
    ['a number', '42'],
  ])('refuses %s', (_, text) => {
    expect(() => parseArticleJson(text)).toThrow(NewsroomError);
  });

  it.each([
    ['a path-like id', { id: '../../etc/passwd' }],
    ['an unknown status', { status: 'published-ish' }],
    ['a bad language tag', { language: 'українська' }],
    ['a body that is not a document', { body: { type: 'paragraph' } }],
    ['a headline that is not text', { headline: 7 }],
    ['a dateline on 30 February', { dateline: { place: '', localTime: '2026-02-30T10:00', timeZone: 'Europe/Kyiv' } }],
    ['a dateline at 25 o’clock', { dateline: { place: '', localTime: '2026-01-01T25:00', timeZone: 'Europe/Kyiv' } }],
    ['an unknown time zone', { dateline: { place: '', localTime: null, timeZone: 'Europe/Atlantis' } }],
    ['a related story with no id', { related: [{ title: 'x', url: '', teaser: '' }] }],
  ])('refuses %s', (_, patch) => {
    const error = errorOf(() => parseArticle({ ...newArticle({ id: 'a4', now }), ...patch }));
    expect(error.code).toBe('not-an-article');
  });
});
