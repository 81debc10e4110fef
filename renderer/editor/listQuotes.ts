import type { Node as PMNode } from '@tiptap/pm/model';
import { readQuoteAttrs } from '../../shared/article/quoteAttrs';
import { QUOTE_MARK, QUOTE_NODE } from '../../shared/article/vocabulary';
import type { QuoteItem } from '../store/uiSlice';

/** Every quote in the body, in document order: quote blocks and runs of text marked as a quote. */
export function listQuotes(doc: PMNode): QuoteItem[] {
  const quotes: QuoteItem[] = [];
  let open: QuoteItem | null = null;
  doc.descendants((node, pos) => {
    if (node.type.name === QUOTE_NODE) {
      open = null;
      quotes.push({ kind: 'block', from: pos, to: pos + node.nodeSize, text: node.textBetween(0, node.content.size, ' ', ' '), attrs: readQuoteAttrs(node.attrs) });
      return false;
    }
    if (!node.isText) {
      if (node.isBlock) open = null;
      return true;
    }
    const mark = node.marks.find((m) => m.type.name === QUOTE_MARK);
    if (!mark) {
      open = null;
      return false;
    }
    const attrs = readQuoteAttrs(mark.attrs);
    const current: QuoteItem | null = open;
    if (current && current.to === pos && JSON.stringify(current.attrs) === JSON.stringify(attrs)) {
      current.to = pos + node.nodeSize;
      current.text += node.text ?? '';
    } else {
      open = { kind: 'inline', from: pos, to: pos + node.nodeSize, text: node.text ?? '', attrs };
      quotes.push(open);
    }
    return false;
  });
  return quotes;
}
