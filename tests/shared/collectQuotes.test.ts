import { describe, expect, it } from 'vitest';
import type { BodyMark, BodyNode } from '../../shared/article/article';
import { collectQuotes } from '../../shared/article/collectQuotes';
import { EMPTY_QUOTE_ATTRS, type QuoteAttrs } from '../../shared/article/quoteAttrs';
import { QUOTE_MARK, QUOTE_NODE } from '../../shared/article/vocabulary';
import { sampleArticleUk } from '../../shared/samples/sampleArticleUk';

const SPOKESPERSON: QuoteAttrs = { speaker: 'представник міністерства', role: '', sourceId: 'agency', saidAt: '' };
const NAMED: QuoteAttrs = { speaker: 'Олена Ярош', role: 'речниця', sourceId: null, saidAt: '14 листопада' };

function doc(...content: BodyNode[]): BodyNode {
  return { type: 'doc', content };
}

function p(...content: BodyNode[]): BodyNode {
  return { type: 'paragraph', content };
}

function text(value: string, ...marks: BodyMark[]): BodyNode {
  return marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value };
}

function said(attrs: Partial<QuoteAttrs> | Record<string, unknown>): BodyMark {
  return { type: QUOTE_MARK, attrs: { ...attrs } };
}

function block(attrs: Partial<QuoteAttrs> | undefined, ...paragraphs: BodyNode[]): BodyNode {
  return attrs ? { type: QUOTE_NODE, attrs: { ...attrs }, content: paragraphs } : { type: QUOTE_NODE, content: paragraphs };
}

describe('collectQuotes', () => {
  it('finds nothing in a body without quotes', () => {
    expect(collectQuotes(doc(p(text('Просто текст.')), { type: 'blockquote', content: [p(text('Звичайна цитата'))] }))).toEqual([]);
    expect(collectQuotes({ type: 'doc' })).toEqual([]);
  });

  it('lists block and inline quotes in document order with their paths', () => {
    const body = doc(
      p(text('Вступ.')),
      block(SPOKESPERSON, p(text('«Перший абзац».')), p(text('«Другий».'))),
      p(text('Вона назвала це '), text('«кроком уперед»', said(NAMED)), text('.')),
    );
    expect(collectQuotes(body)).toEqual([
      { kind: 'block', index: 0, path: [1], text: '«Перший абзац».\n«Другий».', attrs: SPOKESPERSON, missingSpeaker: false },
      { kind: 'inline', index: 1, path: [2, 1], text: '«кроком уперед»', attrs: NAMED, missingSpeaker: false },
    ]);
  });

  it('joins neighbouring text with the same speaker into one quote, whatever other marks it has', () => {
    const body = doc(p(text('Він сказав: '), text('«це ', said(NAMED)), text('дуже', said(NAMED), { type: 'bold' }), text(' важливо»', { type: 'italic' }, said(NAMED))));
    const quotes = collectQuotes(body);
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'inline', path: [0, 1], text: '«це дуже важливо»' });
  });

  it('keeps quotes apart when the speaker changes or plain text comes between', () => {
    const body = doc(
      p(text('«раз»', said(NAMED)), text('«два»', said(SPOKESPERSON)), text(' і '), text('«три»', said(SPOKESPERSON))),
      p(text('«чотири»', said(SPOKESPERSON))),
    );
    expect(collectQuotes(body).map(({ text: value, path }) => [value, path])).toEqual([
      ['«раз»', [0, 0]],
      ['«два»', [0, 1]],
      ['«три»', [0, 3]],
      ['«чотири»', [1, 0]],
    ]);
  });

  it('compares speakers by their meaning, not by how the attributes were stored', () => {
    const body = doc(p(text('а', said({ speaker: 'Х', sourceId: '' })), text('б', said({ speaker: 'Х', role: '', sourceId: null, saidAt: '', extra: 1 }))));
    expect(collectQuotes(body).map((quote) => quote.text)).toEqual(['аб']);
  });

  it('carries a quote across a line break marked with it', () => {
    const body = doc(p(text('рядок', said(NAMED)), { type: 'hardBreak', marks: [said(NAMED)] }, text('другий', said(NAMED)), { type: 'hardBreak' }, text('ні', said(NAMED))));
    expect(collectQuotes(body).map((quote) => quote.text)).toEqual(['рядок\nдругий', 'ні']);
  });

  it('flags quotes without a speaker, reading missing or mistyped attributes as empty', () => {
    const body = doc(block(undefined, p(text('«хто?»'))), p(text('так', said({ speaker: '   ', role: 'посада' }))), p(text('ні', said({ speaker: 42 }))));
    const quotes = collectQuotes(body);
    expect(quotes.map((quote) => quote.missingSpeaker)).toEqual([true, true, true]);
    expect(quotes[0]?.attrs).toEqual(EMPTY_QUOTE_ATTRS);
    expect(quotes[1]?.attrs).toEqual({ ...EMPTY_QUOTE_ATTRS, speaker: '   ', role: 'посада' });
  });

  it('finds quotes nested in lists and quotes inside a quote block, the block first', () => {
    const body = doc(
      {
        type: 'bulletList',
        content: [{ type: 'listItem', content: [p(text('пункт '), text('«цитата»', said(NAMED)))] }],
      },
      block(SPOKESPERSON, p(text('Він сказав: '), text('«так»', said(NAMED)))),
    );
    expect(collectQuotes(body).map(({ kind, index, path }) => ({ kind, index, path }))).toEqual([
      { kind: 'inline', index: 0, path: [0, 0, 0, 1] },
      { kind: 'block', index: 1, path: [1] },
      { kind: 'inline', index: 2, path: [1, 0, 1] },
    ]);
  });

  it('points at the node each path names', () => {
    const body = sampleArticleUk('quotes', new Date('2026-05-18T11:00:00Z')).body;
    const quotes = collectQuotes(body);
    expect(quotes.map((quote) => quote.kind)).toEqual(['block', 'inline', 'block']);
    for (const quote of quotes) {
      const node = quote.path.reduce<BodyNode | undefined>((at, index) => at?.content?.[index], body);
      if (quote.kind === 'block') expect(node?.type).toBe(QUOTE_NODE);
      else expect(node?.marks?.some((mark) => mark.type === QUOTE_MARK)).toBe(true);
      expect(quote.missingSpeaker).toBe(false);
    }
  });
});
