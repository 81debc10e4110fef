import { describe, expect, it } from 'vitest';
import type { Article, BodyMark, BodyNode } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
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
      hostile: [],
    });
  });
});
