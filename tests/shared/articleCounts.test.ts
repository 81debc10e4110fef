import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackgroundSection, BodyNode } from '../../shared/article/article';
import { articleCounts } from '../../shared/article/articleCounts';
import { applyBlockRuns } from '../../shared/article/blockDelta';
import { articleWords, countListAfterRuns } from '../../shared/article/countWords';
import { newArticle } from '../../shared/article/newArticle';
import { sampleArticleUk } from '../../shared/samples/sampleArticleUk';
import { DraftStore } from '../../electron/services/draftStore';

const now = new Date('2026-11-27T18:14:00.000Z');

function doc(...paragraphs: (string | BodyNode)[]): BodyNode {
  return {
    type: 'doc',
    content: paragraphs.map((part) => (typeof part === 'string' ? { type: 'paragraph', content: [{ type: 'text', text: part }] } : part)),
  };
}

function section(title: string, ...paragraphs: string[]): BackgroundSection {
  return { id: `s${title.length}`, title, body: doc(...paragraphs) };
}

function counts(body: BodyNode, background: BackgroundSection[] = [], headline = '', standfirst = '') {
  return articleCounts({ headline, standfirst, body, background });
}

describe('articleCounts', () => {
  it('is all zero for a new article', () => {
    const { headline, standfirst, body, background } = newArticle({ id: 'a', now });
    expect(articleCounts({ headline, standfirst, body, background })).toEqual({
      words: 0,
      characters: 0,
      charactersNoSpaces: 0,
      headlineLength: 0,
      standfirstLength: 0,
      readingMinutes: 0,
    });
  });

  it('counts the body and every background section, titles included, but not the headline or standfirst', () => {
    const result = counts(doc('Один два три.'), [section('Відносини США', 'чотири п’ять'), section('Інше', 'шість')], 'Не рахується', 'Теж ні');
    expect(result.words).toBe(3 + 2 + 2 + 1 + 1);
  });

  it('reads words the way countWords does: apostrophes and hyphens stay inside a word', () => {
    expect(counts(doc('Зв’язок, Індійсько-Тихоокеанського — 2026 року; «так»!')).words).toBe(5);
  });

  it('keeps words in neighbouring blocks apart', () => {
    const body: BodyNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'кінець' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'початок' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'а' }, { type: 'hardBreak' }, { type: 'text', text: 'б' }] },
      ],
    };
    expect(counts(body, [section('заголовок', 'текст')]).words).toBe(6);
  });

  it('counts characters with and without spaces, never line breaks', () => {
    const result = counts(doc('ab c', 'd\u00A0e\tf'), [section('Title', 'x y')]);
    expect(result.characters).toBe(4 + 5 + 5 + 3);
    expect(result.charactersNoSpaces).toBe(3 + 3 + 5 + 2);
  });

  it('counts code points, not UTF-16 units', () => {
    const result = counts(doc('зв’язок 🇺🇦 😀'), [], 'Київ 😀', '«Ґ»');
    expect(result.characters).toBe(7 + 1 + 2 + 1 + 1);
    expect(result.charactersNoSpaces).toBe(7 + 2 + 1);
    expect(result.headlineLength).toBe(6);
    expect(result.standfirstLength).toBe(3);
  });

  it.each([
    [0, 0],
    [1, 1],
    [199, 1],
    [200, 1],
    [201, 2],
    [1000, 5],
    [1001, 6],
  ])('reads %d words in %d minutes', (words, minutes) => {
    expect(counts(doc(Array.from({ length: words }, () => 'слово').join(' '))).readingMinutes).toBe(minutes);
  });

  it('gives the drafts list its word count', async () => {
    const dataDir = await fsp.mkdtemp(join(tmpdir(), 'newsroom-counts-'));
    try {
      const store = await DraftStore.open({ dataDir, now: () => now, newId: () => 'counted' });
      const article = sampleArticleUk('sample-uk', now);
      await store.importArticle(article);
      const listed = (await store.list()).drafts.find((draft) => draft.id === 'sample-uk');
      expect(listed?.wordCount).toBe(articleCounts(article).words);
      expect(articleCounts({ ...article, background: [] }).words).toBeLessThan(articleCounts(article).words);
    } finally {
      await fsp.rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('articleWords (the store’s count on every save)', () => {
  it('gives the word count articleCounts gives, however the blocks change from one call to the next', () => {
    const article = { ...sampleArticleUk('d1', now), background: [section('Передісторія', 'Перше речення.', 'Друге — довше, з дефісом: Індійсько-Тихоокеанського.')] };
    expect(articleWords(article)).toBe(articleCounts(article).words);
    const edited = { ...article, body: doc('Нове слово', ...(article.body.content ?? []), 'зв’язку так') };
    expect(articleWords(edited)).toBe(articleCounts(edited).words);
    expect(articleWords(edited)).toBe(articleCounts(article).words + 4);
    const emptied = { ...edited, body: doc(), background: [] };
    expect(articleWords(emptied)).toBe(0);
    expect(articleWords(article)).toBe(articleCounts(article).words);
  });

  it('counts the same blocks alike whether they are the objects counted before or a fresh copy of them', () => {
    const article = sampleArticleUk('d2', now);
    const words = articleCounts(article).words;
    expect(articleWords(article)).toBe(words);
    expect(articleWords(article)).toBe(words);
    const copy = JSON.parse(JSON.stringify(article)) as typeof article;
    expect(articleWords(copy)).toBe(words);
    const shorter = { ...copy, body: doc('Два слова', ...(copy.body.content ?? []).slice(1)) };
    expect(articleWords(shorter)).toBe(articleCounts(shorter).words);
    expect(articleWords(article)).toBe(words);
  });

  it('counts a body made from a counted one by runs of changed blocks (a delta save) as it counts any body', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Абзац ${i + 1}: депутати проголосували.`);
    const article = { ...sampleArticleUk('d4', now), body: doc(...paragraphs), background: [section('Передісторія', 'Три слова тут')] };
    expect(articleWords(article)).toBe(articleCounts(article).words);
    const block = (text: string) => doc(text).content![0]!;
    const runsList = [
      [{ start: 59, deleteCount: 1, insert: [block('Абзац 60: депутати проголосували вдруге, зв’язку немає.')] }],
      [{ start: 0, deleteCount: 3, insert: [] }, { start: 10, deleteCount: 0, insert: [block('Нове'), block('Ще два')] }],
      [{ start: 5, deleteCount: 2, insert: [block('Індійсько-Тихоокеанського регіону')] }, { start: 40, deleteCount: 1, insert: [] }],
    ];
    let current = article;
    for (const runs of runsList) {
      const before = current.body.content!;
      const after = applyBlockRuns(before, runs)!;
      countListAfterRuns(before, runs, after);
      current = { ...current, body: { ...current.body, content: after } };
      expect(articleWords(current)).toBe(articleCounts(current).words);
    }
    // A list made from one never counted is counted block by block.
    const uncounted = doc('Один два', 'Три');
    const runs = [{ start: 1, deleteCount: 1, insert: [block('Чотири п’ять шість')] }];
    const after = applyBlockRuns(uncounted.content!, runs)!;
    countListAfterRuns(uncounted.content!, runs, after);
    expect(articleWords({ body: { ...uncounted, content: after }, background: [] })).toBe(5);
  });

  it('counts a long body sent whole again (every block a new object) alike, with its edits', () => {
    const paragraphs = Array.from({ length: 120 }, (_, i) => `Абзац ${i + 1}: депутати проголосували за новий міст.`);
    const article = { ...sampleArticleUk('d3', now), body: doc(...paragraphs), background: [section('Передісторія', ...paragraphs.slice(0, 40))] };
    const words = articleCounts(article).words;
    expect(articleWords(article)).toBe(words);
    const copy = JSON.parse(JSON.stringify(article)) as typeof article;
    expect(articleWords(copy)).toBe(words);
    const edited = JSON.parse(JSON.stringify({ ...copy, body: doc('Два слова', ...paragraphs.slice(1), 'і ще три') })) as typeof article;
    expect(articleWords(edited)).toBe(articleCounts(edited).words);
    expect(articleWords(edited)).toBe(words - 7 + 2 + 3);
  });
});
