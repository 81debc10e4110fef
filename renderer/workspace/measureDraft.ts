import type { Node as PMNode } from '@tiptap/pm/model';
import { countWords } from '../../shared/article/countWords';
import { readQuoteAttrs } from '../../shared/article/quoteAttrs';
import { QUOTE_NODE } from '../../shared/article/vocabulary';
import { forEachBlock } from '../editor/extensions/bodyChunks';
import { listQuotes } from '../editor/listQuotes';
import type { Measured, QuoteItem } from '../store/uiSlice';

const WORDS_PER_MINUTE = 200;

interface BlockFigures {
  words: number;
  characters: number;
  charactersNoSpaces: number;
}

/** ProseMirror nodes are immutable: a block that did not change keeps its figures. */
const blockFigures = new WeakMap<PMNode, BlockFigures>();
const blockQuotes = new WeakMap<PMNode, QuoteItem[]>();

function figuresOfText(text: string): BlockFigures {
  return { words: countWords(text), characters: [...text.replace(/\n/g, '')].length, charactersNoSpaces: [...text.replace(/\s/g, '')].length };
}

function figuresOf(block: PMNode): BlockFigures {
  let figures = blockFigures.get(block);
  if (!figures) {
    figures = figuresOfText(block.textBetween(0, block.content.size, '\n', '\n'));
    blockFigures.set(block, figures);
  }
  return figures;
}

/** The quotes of one top-level block, at positions relative to the block's start. */
function quotesOf(block: PMNode, offset: number): QuoteItem[] {
  let quotes = blockQuotes.get(block);
  if (!quotes) {
    quotes =
      block.type.name === QUOTE_NODE
        ? [{ kind: 'block', from: 0, to: block.nodeSize, text: block.textBetween(0, block.content.size, ' ', ' '), attrs: readQuoteAttrs(block.attrs) }]
        : listQuotes(block).map((quote) => ({ ...quote, from: quote.from + 1, to: quote.to + 1 }));
    blockQuotes.set(block, quotes);
  }
  return quotes.map((quote) => ({ ...quote, from: quote.from + offset, to: quote.to + offset }));
}

/**
 * Counts of the body and background sections (the same words the drafts list shows) and the
 * list of quotes. Runs after typing pauses, and only looks again at blocks that changed.
 */
export function measureDraft(body: PMNode, background: { title: string; doc: PMNode | null; text: string }[]): Measured {
  const total: BlockFigures = { words: 0, characters: 0, charactersNoSpaces: 0 };
  const add = (figures: BlockFigures) => {
    total.words += figures.words;
    total.characters += figures.characters;
    total.charactersNoSpaces += figures.charactersNoSpaces;
  };
  const quotes: QuoteItem[] = [];
  forEachBlock(body, (block, offset) => {
    add(figuresOf(block));
    quotes.push(...quotesOf(block, offset));
  });
  for (const section of background) {
    add(figuresOfText(section.title));
    if (section.doc) section.doc.forEach((block) => add(figuresOf(block)));
    else add(figuresOfText(section.text));
  }
  return {
    ready: true,
    ...total,
    readingMinutes: total.words === 0 ? 0 : Math.max(1, Math.ceil(total.words / WORDS_PER_MINUTE)),
    quotes,
  };
}
