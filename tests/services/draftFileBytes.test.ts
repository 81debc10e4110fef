import { describe, expect, it } from 'vitest';
import type { Article, BodyNode } from '../../shared/article/article';
import { applyBlockRuns } from '../../shared/article/blockDelta';
import { sampleArticleEn } from '../../shared/samples/sampleArticleEn';
import { sampleArticleUk } from '../../shared/samples/sampleArticleUk';
import { articleFileParts, draftFileBytes, draftFileParts } from '../../electron/services/draftFileBytes';

const now = new Date('2026-11-28T09:00:00.000Z');
const plain = (article: Article) => `${JSON.stringify(article, null, 2)}\n`;
const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

describe('draftFileBytes', () => {
  it('writes exactly the pretty-printed JSON of a draft, in UTF-8', () => {
    for (const article of [sampleArticleUk('uk', now), sampleArticleEn('en', now)]) {
      const bytes = draftFileBytes(article);
      expect(bytes.toString('utf8')).toBe(plain(article));
      expect(bytes.length).toBe(Buffer.byteLength(plain(article)));
    }
  });

  it('writes the changed blocks of a draft saved again, and the unchanged ones as before', () => {
    const article = sampleArticleUk('uk', now);
    draftFileBytes(article);
    const blocks = article.body.content ?? [];
    const edited: Article = {
      ...article,
      headline: 'Нова назва «з лапками»',
      body: { ...article.body, content: applyBlockRuns(blocks, [{ start: 1, deleteCount: 1, insert: [paragraph('Новий абзац — з тире.'), paragraph('Ще один.')] }])! },
    };
    const text = draftFileBytes(edited).toString('utf8');
    expect(text).toBe(plain(edited));
    expect(JSON.parse(text).body.content[2].content[0].text).toBe('Ще один.');
  });

  it('gives the same bytes in parts, reusing the parts of blocks that did not change', () => {
    const article = sampleArticleUk('uk', now);
    const first = draftFileParts(article);
    expect(Buffer.concat(first).toString('utf8')).toBe(plain(article));
    const blocks = article.body.content ?? [];
    const edited: Article = { ...article, body: { ...article.body, content: applyBlockRuns(blocks, [{ start: 0, deleteCount: 1, insert: [paragraph('Змінений перший абзац.')] }])! } };
    const second = draftFileParts(edited);
    expect(Buffer.concat(second).toString('utf8')).toBe(plain(edited));
    expect(second.at(-2)).toBe(first.at(-2));
    expect(second.filter((part) => first.includes(part)).length).toBeGreaterThan(blocks.length);
  });

  it('writes drafts with an empty body, and a headline that reads like its own marker', () => {
    const article = sampleArticleEn('en', now);
    const empty: Article = { ...article, body: { type: 'doc', content: [] } };
    expect(draftFileBytes(empty).toString('utf8')).toBe(plain(empty));
    const odd: Article = { ...article, headline: '\u0000blocks\u0000' };
    expect(draftFileBytes(odd).toString('utf8')).toBe(plain(odd));
    expect(JSON.parse(draftFileBytes(odd).toString('utf8')).body.content).toEqual(article.body.content);
  });

  it('writes a draft wrapped in another record (a history snapshot) the same way, each depth with its own parts', () => {
    const article = sampleArticleUk('uk', now);
    const record = (framed: Article) => ({ format: 'newsroom.revision', revisionId: 'r1', reason: 'periodic', article: framed });
    const wrapped = articleFileParts(article, record);
    expect(Buffer.concat(wrapped).toString('utf8')).toBe(`${JSON.stringify(record(article), null, 2)}\n`);
    // The draft file of the same blocks, after the snapshot and before it again, keeps its own indent.
    expect(draftFileBytes(article).toString('utf8')).toBe(plain(article));
    const again = articleFileParts(article, record);
    expect(Buffer.concat(again).toString('utf8')).toBe(`${JSON.stringify(record(article), null, 2)}\n`);
    expect(again.filter((part) => wrapped.includes(part)).length).toBeGreaterThan((article.body.content ?? []).length);
    expect(draftFileParts(article).filter((part) => wrapped.includes(part))).toEqual([]);
  });
});
