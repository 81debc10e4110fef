import { describe, expect, it } from 'vitest';
import type { Article, BodyMark, BodyNode, Source } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
import type { QuoteAttrs } from '../../shared/article/quoteAttrs';
import { QUOTE_MARK, QUOTE_NODE } from '../../shared/article/vocabulary';
import { exportFileName } from '../../shared/export/exportFileName';
import { exportHtml } from '../../shared/export/exportHtml';
import { validateHtml } from './validateHtml';

const now = new Date('2026-11-27T18:14:00.000Z');

function text(value: string, ...marks: BodyMark[]): BodyNode {
  return marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

function p(...content: BodyNode[]): BodyNode {
  return { type: 'paragraph', content };
}

function article(patch: Partial<Article> = {}): Article {
  return { ...newArticle({ id: 'sample', now }), ...patch };
}

function richArticle(): Article {
  const link = (href: string): BodyMark => ({ type: 'link', attrs: { href } });
  return article({
    updatedAt: '2026-11-28T09:30:00.000Z',
    headline: 'Відносини США та Китаю: «нова ера» — чи ні?',
    standfirst: 'Президенти зустрілися в Сан-Франциско; об’єднати позиції не вдалося.',
    body: {
      type: 'doc',
      content: [
        p(text('Зустріч тривала '), text('чотири години', { type: 'bold' }), text(', повідомляє '), text('Reuters', link('https://www.reuters.com/world/?a=1&b=2')), text('.')),
        { type: 'heading', attrs: { level: 2 }, content: [text('Що обговорювали')] },
        {
          type: 'bulletList',
          content: [
            { type: 'listItem', content: [p(text('торгівлю', { type: 'italic' }))] },
            { type: 'listItem', content: [p(text('Тайвань')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('вкладений пункт'))] }] }] },
          ],
        },
        { type: 'orderedList', attrs: { start: 3, type: null }, content: [{ type: 'listItem', content: [p(text('третій'))] }] },
        { type: 'blockquote', content: [p(text('«Ми не шукаємо конфлікту», — сказав він.'))] },
        { type: 'heading', attrs: { level: 3 }, content: [text('Позиція Пекіна')] },
        { type: 'heading', attrs: { level: 2 }, content: [text('Реакція')] },
        p(text('Пишіть: '), text('editor@example.com', link('mailto:editor@example.com')), { type: 'hardBreak' }, text('або '), text('тут', link('javascript:alert(1)'))),
        p(text('підкреслено', { type: 'underline' }), text(' '), text('закреслено', { type: 'strike' }), text(' '), text('npm test', { type: 'code' })),
        { type: 'codeBlock', attrs: { language: 'json' }, content: [text('{ "a": "<b>" }')] },
        { type: 'horizontalRule' },
        { type: 'heading', attrs: { level: 6 }, content: [] },
        { type: 'paragraph' },
        { type: 'callout', content: [p(text('невідомий блок'))] },
      ],
    },
  });
}

const NOTE_MARKER = 'EDITOR-NOTE-7f3a9c-never-published';
const SOURCE_NOTE_MARKER = 'SOURCE-NOTE-51bd02-never-published';

function quoteAttrs(patch: Partial<QuoteAttrs> = {}): Record<string, unknown> {
  return { speaker: '', role: '', sourceId: null, saidAt: '', ...patch };
}

function quoteBlock(attrs: Partial<QuoteAttrs>, ...paragraphs: string[]): BodyNode {
  return { type: QUOTE_NODE, attrs: quoteAttrs(attrs), content: paragraphs.map((value) => p(text(value))) };
}

function said(attrs: Partial<QuoteAttrs>): BodyMark {
  return { type: QUOTE_MARK, attrs: quoteAttrs(attrs) };
}

function doc(...content: BodyNode[]): BodyNode {
  return { type: 'doc', content };
}

const SOURCES: Source[] = [
  { id: 'agency', name: 'Агенція «Обрій»', kind: 'agency', url: 'https://example.org/obrii?a=1&b=2', note: SOURCE_NOTE_MARKER },
  { id: 'council', name: 'Міська рада', kind: 'official', url: 'javascript:alert(1)', note: SOURCE_NOTE_MARKER },
  { id: 'mail', name: 'Читач', kind: 'person', url: 'mailto:reader@example.com', note: '' },
  { id: 'own', name: 'Редакція', kind: 'own-reporting', url: '', note: '' },
  { id: 'paper', name: 'Газета', kind: 'publication', url: 'http://example.com/paper', note: '' },
];

/** A Ukrainian article with every part filled. */
function fullArticle(patch: Partial<Article> = {}): Article {
  return article({
    updatedAt: '2026-07-14T07:00:00.000Z',
    headline: 'Міст через Сулу відкрили після ремонту',
    standfirst: 'Про це повідомляє агенція «Обрій».',
    byline: [
      { name: 'Марта Гайова', role: 'кореспондентка' },
      { name: 'Денис Кравчук', role: '' },
      { name: 'Ірина Лось', role: 'редакторка' },
    ],
    dateline: { place: 'Лубни', localTime: '2026-07-14T09:30', timeZone: 'Europe/Kyiv' },
    section: 'Регіони',
    tags: ['Лубни', ' міст ', '', 'ремонт'],
    slug: 'mist-cherez-sulu',
    editorNote: NOTE_MARKER,
    sources: SOURCES,
    body: doc(
      p(text('Міст відкрили зранку.')),
      quoteBlock({ speaker: 'представник міської ради', sourceId: 'agency' }, '«Ми перевірили кожну опору».', '«І замінили настил».'),
      p(text('Вона назвала це '), text('«кроком уперед»', said({ speaker: 'Оксана' })), text(', а він – '), text('першим кроком', said({ speaker: 'Петро' })), text('.')),
      { type: 'heading', attrs: { level: 3 }, content: [text('Що далі')] },
      quoteBlock({ speaker: 'Оксана Дерев’янко', role: 'інженерка', saidAt: '18 травня' }, '«Встигли вчасно».'),
    ),
    background: [
      { id: 'history', title: 'Історія переправи', body: doc(p(text('Перший абзац.')), { type: 'heading', attrs: { level: 2 }, content: [text('Деталі')] }, p(text('Другий.'))) },
      { id: 'empty', title: '  ', body: doc({ type: 'paragraph' }) },
      { id: 'untitled', title: '', body: doc(p(text('Текст без заголовка.'))) },
    ],
    related: [
      { id: 'r1', title: 'Новина перша', url: 'https://example.org/one', teaser: 'Коротко про першу.' },
      { id: 'r2', title: 'Новина друга', url: 'javascript:alert(1)', teaser: '' },
      { id: 'r3', title: '', url: 'https://example.org/no-title', teaser: 'Без заголовка' },
      { id: 'r4', title: 'Новина третя', url: 'mailto:news@example.com', teaser: 'Лист.' },
    ],
    ...patch,
  });
}

function fullEnglishArticle(): Article {
  return fullArticle({
    language: 'en',
    headline: 'Footbridge reopens after repairs',
    standfirst: 'The agency reports.',
    byline: [
      { name: 'Helen Marsh', role: 'correspondent' },
      { name: 'Owen Pryce', role: '' },
      { name: 'Ann Lee', role: 'editor' },
    ],
    dateline: { place: 'Alderford', localTime: '2026-11-27T20:14', timeZone: 'Europe/London' },
    tags: ['bridges', 'repairs'],
  });
}

function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) return '';
  return html.slice(from, html.indexOf(end, from) + end.length);
}

const SCRIPT_HEADLINE = '<script>alert(1)</script>';
const BREAKOUT = '</script><script>alert(1)</script><!-- </SCRIPT> \u2028\u2029 & -->';

function jsonLdOf(html: string): unknown {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no JSON-LD block');
  return JSON.parse(match[1]);
}

describe('exportHtml', () => {
  it('writes one standalone HTML5 document', () => {
    const html = exportHtml(richArticle());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="uk">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<meta name="generator" content="Newsroom">');
    expect(html).toContain('<title>Відносини США та Китаю: «нова ера» — чи ні?</title>');
    expect(html).toContain('<article lang="uk">');
    expect(html).toContain('<h1>Відносини США та Китаю: «нова ера» — чи ні?</h1>');
    expect(html).toContain('<p class="standfirst">Президенти зустрілися в Сан-Франциско; об’єднати позиції не вдалося.</p>');
    expect(html).toContain('<h2>Що обговорювали</h2>');
    expect(html).toContain('<h3>Позиція Пекіна</h3>');
    expect(html).toContain('<h2>Реакція</h2>');
    expect(html).toContain('<ol start="3">');
    expect(html).toContain('<a href="https://www.reuters.com/world/?a=1&amp;b=2" rel="noopener noreferrer">Reuters</a>');
    expect(html).toContain('<a href="mailto:editor@example.com" rel="noopener noreferrer">');
    expect(html).not.toContain('javascript:');
    expect(html.trimEnd().endsWith('</article>\n</body>\n</html>')).toBe(true);
  });

  it('puts the language on html and article', () => {
    const html = exportHtml(article({ language: 'en-GB', headline: 'Hello' }));
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<article lang="en-GB">');
  });

  it('says "Untitled" when the headline is empty and leaves out an empty standfirst', () => {
    for (const headline of ['', '   ']) {
      const html = exportHtml(article({ headline, standfirst: '' }));
      expect(html).toContain('<title>Untitled</title>');
      expect(html).toContain('<h1>Untitled</h1>');
      expect(html).not.toContain('class="standfirst"');
      expect(html).not.toContain('name="description"');
      expect(jsonLdOf(html)).not.toHaveProperty('headline');
      expect(jsonLdOf(html)).not.toHaveProperty('description');
    }
  });

  it('carries schema.org NewsArticle data and nothing internal', () => {
    const source = richArticle();
    const html = exportHtml({ ...source, id: 'secret-draft-id', status: 'review' });
    expect(jsonLdOf(html)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: source.headline,
      description: source.standfirst,
      inLanguage: 'uk',
      dateCreated: source.createdAt,
      dateModified: source.updatedAt,
    });
    expect(html).not.toContain('secret-draft-id');
    expect(html).not.toContain('review');
    expect(html).not.toContain('newsroom.article');
    expect(html).not.toContain('schemaVersion');
  });

  it('shows a script-like headline as text everywhere', () => {
    const html = exportHtml(article({ headline: SCRIPT_HEADLINE, standfirst: SCRIPT_HEADLINE }));
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;';
    expect(html).toContain(`<title>${escaped}</title>`);
    expect(html).toContain(`<h1>${escaped}</h1>`);
    expect(html).toContain(`<p class="standfirst">${escaped}</p>`);
    expect(html).not.toContain('alert(1)</script>');
    expect(html.match(/<script\b[^>]*>/gi)).toEqual(['<script type="application/ld+json">']);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(jsonLdOf(html)).toMatchObject({ headline: SCRIPT_HEADLINE, description: SCRIPT_HEADLINE });
  });

  it('cannot be broken out of the JSON-LD block', () => {
    const html = exportHtml(article({ headline: BREAKOUT, standfirst: `<!--${BREAKOUT}` }));
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(block).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(block)).toMatchObject({ headline: BREAKOUT, description: `<!--${BREAKOUT}` });
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
  });

  it('loads nothing from anywhere', () => {
    const html = exportHtml(
      article({
        body: {
          type: 'doc',
          content: [
            { type: 'image', attrs: { src: 'https://evil.example/pixel.gif' } },
            p(text('x', { type: 'link', attrs: { href: 'https://example.com/' } })),
          ],
        },
      }),
    );
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/<(img|iframe|object|embed|video|audio|source|base|form)\b/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
  });

  it('names the files after the slug, or the headline when there is none', () => {
    expect(exportFileName(article({ headline: 'Київ', slug: 'kyiv-news' }), 'html')).toBe('kyiv-news.html');
    expect(exportFileName(article({ headline: 'Київ', slug: '-kyiv--news-' }), 'json')).toBe('kyiv-news.json');
    expect(exportFileName(article({ headline: 'Київ', slug: '---' }), 'json')).toBe('kyiv.json');
  });

  it('names the files after the headline', () => {
    expect(exportFileName(article({ headline: 'Відносини США та Китаю' }), 'html')).toBe('vidnosyny-ssha-ta-kytaiu.html');
    expect(exportFileName(article({ headline: 'Київ' }), 'json')).toBe('kyiv.json');
    expect(exportFileName(article({ headline: '' }), 'html')).toBe('untitled.html');
  });

  it('passes the W3C Nu HTML checker', async () => {
    const documents = {
      rich: exportHtml(richArticle()),
      untitled: exportHtml(article()),
      english: exportHtml(article({ language: 'en-GB', headline: 'Markets rally', standfirst: 'Stocks rose "sharply" & fast.' })),
      full: exportHtml(fullArticle()),
      fullEnglish: exportHtml(fullEnglishArticle()),
      fullHostile: exportHtml(hostileFullArticle()),
      hostile: exportHtml(
        article({
          headline: `${BREAKOUT}\u0001\u0085\uFFFE`,
          standfirst: `<!--${BREAKOUT}\uD800`,
          body: {
            type: 'doc',
            content: [
              p(text('a\u0000b\u000Bc\u007Fd\uFDD0', { type: 'link', attrs: { href: 'https://example.com/a"c%zz\\d|<>' } })),
              p(text('x', { type: 'link', attrs: { href: 'https:example.com' } }), text('y', { type: 'link', attrs: { href: 'http:\\\\example.com\\q?x=\\' } })),
              { type: 'heading', attrs: { level: 4 }, content: [text('skips')] },
              { type: 'heading', attrs: { level: 1 }, content: [text('one')] },
              { type: 'listItem', content: [p(text('orphan'))] },
              { type: 'bulletList', content: [p(text('loose'))] },
              p(p(text('nested'))),
              { type: 'orderedList', attrs: { start: -2, type: 'I' }, content: [{ type: 'listItem', content: [p(text('neg'))] }] },
              { type: 'codeBlock', attrs: { language: 'c++' }, content: [text('<!-- x -->'), { type: 'hardBreak' }] },
            ],
          },
        }),
      ),
    };
    const [broken, ...results] = await Promise.all(
      ['<!DOCTYPE html><html><title></title><p><div></p>', ...Object.values(documents)].map(validateHtml),
    );
    expect(broken?.length).toBeGreaterThan(0);
    expect(Object.fromEntries(Object.keys(documents).map((name, index) => [name, results[index]]))).toEqual({
      rich: [],
      untitled: [],
      english: [],
      full: [],
      fullEnglish: [],
      fullHostile: [],
      hostile: [],
    });
  });
});

function hostileFullArticle(): Article {
  const evil = `${BREAKOUT}"'<b>\u0001`;
  return fullArticle({
    language: 'sr-Latn-RS',
    byline: [{ name: evil, role: evil }],
    dateline: { place: evil, localTime: '2026-02-30T25:99', timeZone: 'Europe/Kyiv' },
    section: evil,
    tags: [evil],
    sources: [{ id: 'x', name: evil, kind: 'agency', url: 'https://example.com/"><script>', note: evil }],
    body: doc(quoteBlock({ speaker: evil, role: evil, sourceId: 'x', saidAt: evil }, evil), p(text(evil, said({ speaker: evil })))),
    background: [{ id: 'b', title: evil, body: doc(p(text(evil))) }],
    related: [{ id: 'r', title: evil, url: 'https://example.com/"onmouseover="x', teaser: evil }],
  });
}

describe('exportHtml: the parts of a news article', () => {
  it('writes the byline in the article’s language, with roles', () => {
    expect(exportHtml(fullArticle())).toContain('<p class="byline">Автори: Марта Гайова (кореспондентка), Денис Кравчук і Ірина Лось (редакторка)</p>');
    expect(exportHtml(fullEnglishArticle())).toContain('<p class="byline">By Helen Marsh (correspondent), Owen Pryce and Ann Lee (editor)</p>');
    expect(exportHtml(fullArticle({ byline: [{ name: 'Марта Гайова', role: '' }, { name: ' ', role: 'x' }] }))).toContain(
      '<p class="byline">Автор: Марта Гайова</p>',
    );
    expect(exportHtml(article({ language: 'en', byline: [{ name: 'A', role: '' }, { name: 'B', role: '' }] }))).toContain('<p class="byline">By A and B</p>');
    expect(exportHtml(article({ byline: [{ name: '', role: 'роль' }] }))).not.toContain('class="byline"');
  });

  it('writes the dateline with the exact offset and a local date', () => {
    expect(exportHtml(fullArticle())).toContain(
      '<p class="dateline">Лубни, <time datetime="2026-07-14T09:30:00+03:00">14 липня 2026 р., 09:30</time></p>',
    );
    expect(exportHtml(fullEnglishArticle())).toContain(
      '<p class="dateline">Alderford, <time datetime="2026-11-27T20:14:00+00:00">27 November 2026, 20:14</time></p>',
    );
    const american = exportHtml(article({ language: 'en-US', dateline: { place: '', localTime: '2026-03-29T12:00', timeZone: 'America/New_York' } }));
    expect(american).toContain('<p class="dateline"><time datetime="2026-03-29T12:00:00-04:00">March 29, 2026, 12:00</time></p>');
  });

  it('leaves out the time when there is none or it is impossible, and the line when it is empty', () => {
    expect(exportHtml(fullArticle({ dateline: { place: 'Лубни', localTime: null, timeZone: 'Europe/Kyiv' } }))).toContain('<p class="dateline">Лубни</p>');
    expect(exportHtml(fullArticle({ dateline: { place: 'Лубни', localTime: '2026-02-30T10:00', timeZone: 'Europe/Kyiv' } }))).toContain(
      '<p class="dateline">Лубни</p>',
    );
    const empty = exportHtml(fullArticle({ dateline: { place: '  ', localTime: null, timeZone: 'Europe/Kyiv' } }));
    expect(empty).not.toContain('class="dateline"');
    expect(empty).not.toContain('<time');
  });

  it('names the sources, linking only web addresses', () => {
    expect(exportHtml(fullArticle())).toContain(
      '<p class="attribution">Джерела: <a href="https://example.org/obrii?a=1&amp;b=2" rel="noopener noreferrer">Агенція «Обрій»</a> (інформаційна агенція), ' +
        'Міська рада (офіційне джерело), Читач (співрозмовник), Редакція (власна інформація), ' +
        '<a href="http://example.com/paper" rel="noopener noreferrer">Газета</a> (видання)</p>',
    );
    expect(exportHtml(fullEnglishArticle())).toContain('<p class="attribution">Sources: <a href="https://example.org/obrii?a=1&amp;b=2" rel="noopener noreferrer">Агенція «Обрій»</a> (news agency), Міська рада (official source), Читач (interviewee), Редакція (own reporting), ');
    expect(exportHtml(article({ language: 'en', sources: [{ ...SOURCES[0]!, name: 'Reuters' }] }))).toContain('<p class="attribution">Source: <a href');
    expect(exportHtml(article({ sources: [{ ...SOURCES[0]!, name: ' ' }] }))).not.toContain('class="attribution"');
  });

  it('renders a quote block as a figure captioned with its speaker, source and time', () => {
    const html = exportHtml(fullArticle());
    expect(html).toContain(
      '<figure class="quote">\n<blockquote>\n<p>«Ми перевірили кожну опору».</p>\n<p>«І замінили настил».</p>\n</blockquote>\n' +
        '<figcaption>— представник міської ради, джерело: <cite>Агенція «Обрій»</cite></figcaption>\n</figure>\n',
    );
    expect(html).toContain('<figcaption>— Оксана Дерев’янко, інженерка, 18 травня</figcaption>');
    const english = exportHtml(fullEnglishArticle());
    expect(english).toContain('<figcaption>— представник міської ради, via <cite>Агенція «Обрій»</cite></figcaption>');
  });

  it('leaves out a caption with nobody to name, and ignores a source that is not listed', () => {
    const html = exportHtml(
      fullArticle({
        body: doc(
          quoteBlock({ saidAt: 'вчора' }, 'без мовця'),
          quoteBlock({ sourceId: 'missing', saidAt: 'вчора' }, 'невідоме джерело'),
          quoteBlock({ sourceId: 'agency' }, 'лише джерело'),
          quoteBlock({ role: 'посадовець' }, 'лише посада'),
          { type: QUOTE_NODE, attrs: quoteAttrs({ speaker: 'Х' }), content: [] },
        ),
      }),
    );
    expect(html.match(/<figure class="quote">/g)).toHaveLength(4);
    expect(html.match(/<figcaption>/g)).toHaveLength(2);
    expect(html).toContain('<figcaption>— джерело: <cite>Агенція «Обрій»</cite></figcaption>');
    expect(html).toContain('<figcaption>— посадовець</figcaption>');
    expect(html).not.toContain('вчора');
  });

  it('renders a quote in a sentence as <q>, or as a span when the text brings its own quotation marks', () => {
    expect(exportHtml(fullArticle())).toContain(
      '<p>Вона назвала це <span class="quote">«кроком уперед»</span>, а він – <q>першим кроком</q>.</p>',
    );
    for (const mark of ['«', '"', '“', '„', '‘', "'", ' «']) {
      const html = exportHtml(article({ body: doc(p(text(`${mark}так»`, said({ speaker: 'Х' })))) }));
      expect(html, mark).toContain('<span class="quote">');
      expect(html).not.toContain('<q>');
    }
  });

  it('keeps one quote around differently formatted text and starts a new one for another speaker', () => {
    const html = exportHtml(
      article({
        body: doc(
          p(
            text('це ', said({ speaker: 'А' })),
            text('дуже', said({ speaker: 'А' }), { type: 'bold' }),
            text(' важливо', said({ speaker: 'А' })),
            text('«а це ні»', said({ speaker: 'Б' })),
          ),
        ),
      }),
    );
    expect(html).toContain('<p><q>це <strong>дуже</strong> важливо</q><span class="quote">«а це ні»</span></p>');
  });

  it('puts each background section in an aside named by its heading, with the body’s headings below it', () => {
    const html = exportHtml(fullArticle());
    expect(html).toContain('<h2>Що далі</h2>');
    expect(between(html, '<aside', '</aside>')).toBe(
      '<aside class="background" aria-labelledby="bg-1">\n<h2 id="bg-1">Історія переправи</h2>\n<p>Перший абзац.</p>\n<h3>Деталі</h3>\n<p>Другий.</p>\n</aside>',
    );
    expect(html).toContain('<aside class="background" aria-labelledby="bg-2">\n<h2 id="bg-2">Довідка</h2>\n<p>Текст без заголовка.</p>\n</aside>');
    expect(html.match(/<aside/g)).toHaveLength(2);
    expect(exportHtml(fullEnglishArticle())).toContain('<h2 id="bg-2">Background</h2>');
  });

  it('lists related stories in a nav, linking only web addresses', () => {
    expect(between(exportHtml(fullArticle()), '<nav', '</nav>')).toBe(
      '<nav aria-label="Інші новини">\n<h2>Інші новини</h2>\n<ul>\n' +
        '<li><a href="https://example.org/one" rel="noopener noreferrer">Новина перша</a>\n<p>Коротко про першу.</p></li>\n' +
        '<li>Новина друга</li>\n' +
        '<li>Новина третя\n<p>Лист.</p></li>\n' +
        '</ul>\n</nav>',
    );
    expect(exportHtml(fullEnglishArticle())).toContain('<nav aria-label="Related stories">\n<h2>Related stories</h2>');
    expect(exportHtml(fullArticle({ related: [{ id: 'x', title: ' ', url: 'https://example.org/', teaser: 'x' }] }))).not.toContain('<nav');
  });

  it('keeps the parts in reading order', () => {
    const html = exportHtml(fullArticle());
    const order = ['<h1>', 'class="standfirst"', 'class="byline"', 'class="dateline"', 'class="attribution"', '</header>', '<figure', '<aside', '<nav', '</article>'];
    const positions = order.map((part) => html.indexOf(part));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('adds author and keyword meta tags', () => {
    const html = exportHtml(fullArticle());
    expect(html).toContain('<meta name="author" content="Марта Гайова, Денис Кравчук, Ірина Лось">');
    expect(html).toContain('<meta name="keywords" content="Лубни, міст, ремонт">');
    expect(exportHtml(article())).not.toMatch(/name="(author|keywords)"/);
  });

  it('describes the whole article in JSON-LD', () => {
    const source = fullArticle();
    expect(jsonLdOf(exportHtml(source))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: source.headline,
      description: source.standfirst,
      author: [
        { '@type': 'Person', name: 'Марта Гайова', jobTitle: 'кореспондентка' },
        { '@type': 'Person', name: 'Денис Кравчук' },
        { '@type': 'Person', name: 'Ірина Лось', jobTitle: 'редакторка' },
      ],
      dateline: 'Лубни',
      contentLocation: { '@type': 'Place', name: 'Лубни' },
      inLanguage: 'uk',
      keywords: 'Лубни, міст, ремонт',
      articleSection: 'Регіони',
      isBasedOn: [
        { '@type': 'CreativeWork', name: 'Агенція «Обрій»', url: 'https://example.org/obrii?a=1&b=2' },
        { '@type': 'CreativeWork', name: 'Міська рада' },
        { '@type': 'CreativeWork', name: 'Читач' },
        { '@type': 'CreativeWork', name: 'Редакція' },
        { '@type': 'CreativeWork', name: 'Газета', url: 'http://example.com/paper' },
      ],
      dateCreated: source.createdAt,
      dateModified: source.updatedAt,
    });
  });

  it('never publishes the editor’s note, the notes on sources, the id or the status', () => {
    for (const html of [exportHtml(fullArticle({ id: 'secret-id-4821', status: 'approved' })), exportHtml(fullEnglishArticle())]) {
      expect(html).not.toContain(NOTE_MARKER);
      expect(html).not.toContain(SOURCE_NOTE_MARKER);
      expect(html).not.toContain('secret-id-4821');
      expect(html).not.toContain('approved');
    }
  });

  it('escapes every part and lets nothing out of the JSON-LD', () => {
    const html = exportHtml(hostileFullArticle());
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('"><script>');
    expect(html).not.toMatch(/\son\w+\s*=\s*"/i);
    expect(html).not.toContain('<time');
    expect(jsonLdOf(html)).toMatchObject({ articleSection: expect.stringContaining('</script>') });
  });
});
