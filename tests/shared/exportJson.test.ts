import { describe, expect, it } from 'vitest';
import type { Article } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
import { parseArticleJson } from '../../shared/article/parseArticle';
import { exportJson } from '../../shared/export/exportJson';

const ukrainian: Article = {
  ...newArticle({ id: 'kyiv-2026', now: new Date('2026-11-27T18:14:00.000Z') }),
  updatedAt: '2026-11-27T19:02:11.120+02:00',
  status: 'approved',
  headline: 'Знам’янка: «зв’язок» відновили — за 48 годин',
  standfirst: 'Мар\u02BCїне, Короп\u0027є та Ґалаґан – без змін… «Лапки „всередині“»',
  body: {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2, id: null }, content: [{ type: 'text', text: 'Їжакевич і Юрій' }] },
      {
        type: 'paragraph',
        attrs: { textAlign: null },
        content: [
          { type: 'text', text: 'Сім’я ' },
          { type: 'text', text: 'п’ятеро', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://укр.net/?q=«a»', target: '_blank', rel: null } }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'Емодзі 🇺🇦 і наголос за́мок\u00A0— нерозривний пробіл' },
        ],
      },
      { type: 'futureWidget', attrs: { nested: { deep: [1, 2, { x: 'ґ' }] } } },
    ],
  },
};

describe('exportJson', () => {
  it('round-trips an article losslessly', () => {
    const json = exportJson(ukrainian);
    expect(parseArticleJson(json)).toEqual(ukrainian);
    expect(JSON.parse(json)).toStrictEqual(JSON.parse(JSON.stringify(ukrainian)));
  });

  it('keeps apostrophes, quotes and dashes byte for byte', () => {
    const json = exportJson(ukrainian);
    for (const fragment of ['Знам’янка', 'Мар\u02BCїне', "Короп'є", '«зв’язок»', '— за', '– без', '…', '„всередині“', '🇺🇦', 'за́мок\u00A0—']) {
      expect(json).toContain(fragment);
    }
    const back = parseArticleJson(json);
    expect(Buffer.from(back.headline, 'utf8').equals(Buffer.from(ukrainian.headline, 'utf8'))).toBe(true);
    expect(Buffer.from(back.standfirst, 'utf8').equals(Buffer.from(ukrainian.standfirst, 'utf8'))).toBe(true);
  });

  it('is pretty-printed with a final newline', () => {
    const json = exportJson(ukrainian);
    expect(json).toBe(`${JSON.stringify(ukrainian, null, 2)}\n`);
    expect(json.startsWith('{\n  "format": "newsroom.article",\n')).toBe(true);
  });
});
