import type { Article, BodyNode } from './article';

const WORD = /[\p{L}\p{N}]+(?:['’ʼ\-‐][\p{L}\p{N}]+)*/gu;

/** Counts words the way a reader would: "зв’язку" and "Індійсько-Тихоокеанського" are one word each. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count += 1;
  return count;
}

/** The plain text of a body, one line per block. */
export function bodyText(node: BodyNode): string {
  const parts: string[] = [];
  collectText(node, parts);
  return parts.join('');
}

function collectText(node: BodyNode, parts: string[]): void {
  if (typeof node.text === 'string') parts.push(node.text);
  if (node.type === 'hardBreak') parts.push('\n');
  for (const child of node.content ?? []) collectText(child, parts);
  if (node.content && node.type !== 'doc' && node.type !== 'text') parts.push('\n');
}

/** Word counts of the blocks counted last time, by their text: see articleWords. */
let recentBlockWords = new Map<string, number>();
/** Blocks already counted, with their text (blocks are never changed in place). */
const countedBlocks = new WeakMap<BodyNode, { text: string; words: number }>();

/**
 * The words of the body and the background sections (titles included), as articleCounts counts
 * them, recounting only blocks whose text changed since the last call: the store counts a draft
 * on every save, and a 100,000-word draft changes a paragraph at a time.
 */
export function articleWords(article: Pick<Article, 'body' | 'background'>): number {
  const seen = new Map<string, number>();
  const blocks = (doc: BodyNode) => {
    let total = 0;
    for (const block of doc.content ?? []) {
      let counted = countedBlocks.get(block);
      if (!counted) {
        const text = bodyText(block);
        counted = { text, words: seen.get(text) ?? recentBlockWords.get(text) ?? countWords(text) };
        countedBlocks.set(block, counted);
      }
      seen.set(counted.text, counted.words);
      total += counted.words;
    }
    return total;
  };
  let total = blocks(article.body);
  for (const section of article.background) total += countWords(section.title) + blocks(section.body);
  recentBlockWords = seen;
  return total;
}
