import { describe, expect, it } from 'vitest';
import type { BodyMark, BodyNode } from '../../shared/article/article';
import { renderBodyHtml } from '../../shared/export/renderBodyHtml';

function doc(...content: BodyNode[]): BodyNode {
  return { type: 'doc', content };
}

function p(...content: BodyNode[]): BodyNode {
  return { type: 'paragraph', content };
}

function text(value: string, ...marks: BodyMark[]): BodyNode {
  return marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

function link(href: unknown): BodyMark {
  return { type: 'link', attrs: { href } };
}

function render(...content: BodyNode[]): string {
  return renderBodyHtml(doc(...content)).replace(/\n/g, '');
}

describe('renderBodyHtml', () => {
  it('renders paragraphs, empty ones included', () => {
    expect(render(p(text('Перший')), { type: 'paragraph' }, p())).toBe('<p>Перший</p><p></p><p></p>');
  });

  it('renders headings as h2 to h6 under the headline, never skipping a level', () => {
    const heading = (level: unknown, value: string): BodyNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
    expect(render(heading(2, 'a'), heading(3, 'b'), heading(4, 'c'), heading(2, 'd'))).toBe('<h2>a</h2><h3>b</h3><h4>c</h4><h2>d</h2>');
    expect(render(heading(1, 'a'), heading(6, 'b'), heading(6, 'c'), heading(5, 'd'))).toBe('<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5>');
    expect(render(heading(4, 'first'))).toBe('<h2>first</h2>');
    expect(render(heading(99, 'x'), heading(99, 'y'), heading(99, 'z'), heading(99, 'w'), heading(99, 'v'), heading(99, 'u'))).toBe(
      '<h2>x</h2><h3>y</h3><h4>z</h4><h5>w</h5><h6>v</h6><h6>u</h6>',
    );
    expect(render(heading('two', 'x'))).toBe('<h2>x</h2>');
    expect(render({ type: 'heading', content: [text('x')] })).toBe('<h2>x</h2>');
    expect(render({ type: 'blockquote', content: [heading(2, 'q')] }, heading(4, 'after'))).toBe('<blockquote><h2>q</h2></blockquote><h3>after</h3>');
  });

  it('renders lists, quotes, code blocks, rules and breaks', () => {
    const item = (value: string): BodyNode => ({ type: 'listItem', content: [p(text(value))] });
    expect(render({ type: 'bulletList', content: [item('a'), item('b')] })).toBe('<ul><li><p>a</p></li><li><p>b</p></li></ul>');
    expect(render({ type: 'orderedList', attrs: { start: 1 }, content: [item('a')] })).toBe('<ol><li><p>a</p></li></ol>');
    expect(render({ type: 'orderedList', attrs: { start: 3 }, content: [item('c')] })).toBe('<ol start="3"><li><p>c</p></li></ol>');
    expect(render({ type: 'orderedList', attrs: { start: '3" onclick="x' }, content: [item('c')] })).toBe('<ol><li><p>c</p></li></ol>');
    expect(render({ type: 'blockquote', content: [p(text('«Цитата»'))] })).toBe('<blockquote><p>«Цитата»</p></blockquote>');
    expect(render({ type: 'horizontalRule' })).toBe('<hr>');
    expect(render(p(text('рядок'), { type: 'hardBreak' }, text('другий')))).toBe('<p>рядок<br>другий</p>');
  });

  it('keeps code blocks verbatim and escaped', () => {
    const code: BodyNode = { type: 'codeBlock', attrs: { language: 'ts' }, content: [text('if (a < b && c) {\n  x();\n}')] };
    expect(renderBodyHtml(doc(code))).toBe('<pre><code class="language-ts">if (a &lt; b &amp;&amp; c) {\n  x();\n}</code></pre>\n');
    const hostile: BodyNode = { type: 'codeBlock', attrs: { language: '"><script>' }, content: [text('x')] };
    expect(renderBodyHtml(doc(hostile))).toBe('<pre><code>x</code></pre>\n');
  });

  it('renders marks and merges them across neighbouring text', () => {
    expect(
      render(
        p(
          text('жирний ', { type: 'bold' }),
          text('і курсив', { type: 'bold' }, { type: 'italic' }),
          text(' ', { type: 'bold' }),
          text('закреслений', { type: 'strike' }),
          text('підкреслений', { type: 'underline' }),
          text('код', { type: 'code' }),
        ),
      ),
    ).toBe('<p><strong>жирний <em>і курсив</em> </strong><s>закреслений</s><u>підкреслений</u><code>код</code></p>');
  });

  it('keeps one link around differently formatted text', () => {
    const href = link('https://example.com/');
    expect(render(p(text('a', href), text('b', { type: 'bold' }, href), text('c')))).toBe(
      '<p><a href="https://example.com/" rel="noopener noreferrer">a<strong>b</strong></a>c</p>',
    );
  });

  it('escapes every text', () => {
    expect(render(p(text(`<img src=x onerror=alert(1)> & "quotes" 'apos'`)))).toBe(
      '<p>&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot; &#39;apos&#39;</p>',
    );
  });

  it.each([
    ['http://example.com/a?b=1&c=2', 'http://example.com/a?b=1&amp;c=2'],
    ['https://example.com', 'https://example.com'],
    ['  HTTPS://Example.com/path  ', 'https://Example.com/path'],
    ['mailto:editor@example.com', 'mailto:editor@example.com'],
    ['MailTo:editor@example.com?subject=Привіт', 'mailto:editor@example.com?subject=Привіт'],
    ['https://example.com/"onmouseover="alert(1)', 'https://example.com/%22onmouseover=%22alert(1)'],
    ["https://example.com/it's", 'https://example.com/it&#39;s'],
    ['https://example.com/a<b>{c}|d^e`f', 'https://example.com/a%3Cb%3E%7Bc%7D%7Cd%5Ee%60f'],
    ['https://example.com/100%', 'https://example.com/100%25'],
    ['https://example.com/?q=a\\b', 'https://example.com/?q=a%5Cb'],
    ['https:example.com/x', 'https://example.com/x'],
    ['https:/example.com', 'https://example.com/'],
    ['http:\\\\example.com\\x', 'http://example.com/x'],
    ['https://example.com:8080/a', 'https://example.com:8080/a'],
    ['https://київ.укр/новини', 'https://київ.укр/новини'],
  ])('keeps the link %s', (href, expected) => {
    expect(render(p(text('тут', link(href))))).toBe(`<p><a href="${expected}" rel="noopener noreferrer">тут</a></p>`);
  });

  it.each([
    'javascript:alert(1)',
    '  JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&colon;alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    '//evil.example/x',
    '/relative/path',
    'relative.html',
    'file:///etc/passwd',
    'ftp://example.com/',
    'https://',
    'https://example.com:99999/',
    'https://user:pass@example.com/',
    'https://google.com@evil.example/',
    'https://example.com/a b',
    'mailto:a b@example.com',
    'https://exa mple.com/',
    'https://exa<mple.com/',
    'https://example.com/\u0000',
    'mailto:',
    '',
    42,
    null,
    undefined,
  ])('drops the link %j but keeps its text', (href) => {
    expect(render(p(text('текст', link(href), { type: 'bold' })))).toBe('<p><strong>текст</strong></p>');
  });

  it('ignores unknown marks and keeps unknown nodes\u2019 text', () => {
    expect(render(p(text('x', { type: 'highlight', attrs: { color: 'red' } }, { type: 'bold' })))).toBe('<p><strong>x</strong></p>');
    expect(render({ type: 'callout', attrs: { tone: 'warn' }, content: [p(text('Увага'))] })).toBe('<div><p>Увага</p></div>');
    expect(render(p(text('a'), { type: 'mention', text: '@редактор', marks: [{ type: 'italic' }] }, text('b')))).toBe(
      '<p>a<em>@редактор</em>b</p>',
    );
    expect(render({ type: 'image', attrs: { src: 'https://evil.example/pixel.gif' } })).toBe('');
    expect(render(p({ type: 'inlineWidget', content: [text('inside')] }))).toBe('<p>inside</p>');
  });

  it('keeps the HTML well formed when the JSON is not', () => {
    expect(render({ type: 'bulletList', content: [p(text('loose'))] })).toBe('<ul><li><p>loose</p></li></ul>');
    expect(render({ type: 'listItem', content: [p(text('orphan'))] })).toBe('<div><p>orphan</p></div>');
    expect(render(p(p(text('nested'))))).toBe('<p>nested</p>');
    expect(render(text('bare'))).toBe('bare');
  });

  it('renders a 100k-word body quickly', () => {
    const sentence = 'Президент заявив, що «переговори» тривають — і це важливо для України. ';
    const paragraphs: BodyNode[] = [];
    for (let i = 0; i < 2000; i += 1) {
      paragraphs.push(p(text(sentence.repeat(3)), text('жирний текст', { type: 'bold' }), text(sentence.repeat(2), link('https://example.com/'))));
    }
    const started = performance.now();
    const html = renderBodyHtml(doc(...paragraphs));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(html.match(/<p>/g)).toHaveLength(2000);
    expect(html.split(/\s+/).length).toBeGreaterThan(100_000);
  });

  it('renders a body nested to the schema limit', () => {
    let node: BodyNode = p(text('deep'));
    for (let i = 0; i < 62; i += 1) node = { type: 'blockquote', content: [node] };
    expect(renderBodyHtml(doc(node))).toContain('<p>deep</p>');
  });
});
