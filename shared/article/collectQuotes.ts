import type { BodyMark, BodyNode } from './article';
import { bodyText } from './countWords';
import { readQuoteAttrs, type QuoteAttrs } from './quoteAttrs';
import { QUOTE_MARK, QUOTE_NODE } from './vocabulary';

export interface QuoteRef {
  kind: 'block' | 'inline';
  /** Its place among the quotes, in document order. */
  index: number;
  /** Child indexes from the document to the quote node, or to the first text node of an inline quote. */
  path: number[];
  text: string;
  attrs: QuoteAttrs;
  missingSpeaker: boolean;
}

interface Run {
  path: number[];
  key: string;
  attrs: QuoteAttrs;
  text: string[];
}

/**
 * Every quote in a body, in reading order: block quotes (their plain text, one line per paragraph)
 * and inline ones, where neighbouring text carrying the quote mark with the same speaker is one quote.
 */
export function collectQuotes(body: BodyNode): QuoteRef[] {
  const found: QuoteRef[] = [];
  visit(body, [], found);
  return found;
}

function visit(node: BodyNode, path: number[], found: QuoteRef[]): void {
  if (node.type === QUOTE_NODE) {
    add(found, 'block', path, bodyText(node).replace(/\n+$/, ''), readQuoteAttrs(node.attrs));
  }
  let run: Run | null = null;
  (node.content ?? []).forEach((child, index) => {
    const mark = quoteMarkOf(child);
    if (mark) {
      const attrs = readQuoteAttrs(mark.attrs);
      const key = JSON.stringify(attrs);
      const piece = child.type === 'hardBreak' ? '\n' : (child.text ?? '');
      if (run?.key === key) {
        run.text.push(piece);
        return;
      }
      flush(run, found);
      run = { path: [...path, index], key, attrs, text: [piece] };
      return;
    }
    flush(run, found);
    run = null;
    visit(child, [...path, index], found);
  });
  flush(run, found);
}

function quoteMarkOf(node: BodyNode): BodyMark | undefined {
  if (node.type !== 'text' && node.type !== 'hardBreak') return undefined;
  return node.marks?.find((mark) => mark.type === QUOTE_MARK);
}

function flush(run: Run | null, found: QuoteRef[]): void {
  if (run) add(found, 'inline', run.path, run.text.join(''), run.attrs);
}

function add(found: QuoteRef[], kind: QuoteRef['kind'], path: number[], text: string, attrs: QuoteAttrs): void {
  found.push({ kind, index: found.length, path, text, attrs, missingSpeaker: attrs.speaker.trim() === '' });
}
