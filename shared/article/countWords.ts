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

/** Blocks already counted, with their text (blocks are never changed in place). */
const countedBlocks = new WeakMap<BodyNode, { text: string; words: number }>();
/** The block lists of the last call: a body sent whole again (all new objects) is matched by text. */
let lastLists: readonly (readonly BodyNode[])[] = [];
/** Blocks new to a call that are simply counted; past this many, the last call's are looked up by text. */
const COUNTED_WITHOUT_LOOKUP = 32;

/**
 * The words of the body and the background sections (titles included), as articleCounts counts
 * them, counting only blocks it has not seen: the store counts a draft on every save, and a
 * 100,000-word draft changes a paragraph at a time. The last call's blocks are indexed by their
 * text only when many blocks are new (a body sent whole): indexing 1,917 blocks on every save took
 * most of this function's time.
 */
export function articleWords(article: Pick<Article, 'body' | 'background'>): number {
  const lists = [article.body.content ?? [], ...article.background.map((section) => section.body.content ?? [])];
  let fresh = 0;
  let byText: Map<string, number> | null = null;
  let total = 0;
  for (const list of lists) {
    for (const block of list) {
      let counted = countedBlocks.get(block);
      if (!counted) {
        const text = bodyText(block);
        fresh += 1;
        if (fresh > COUNTED_WITHOUT_LOOKUP) byText ??= wordsByText(lastLists);
        counted = { text, words: byText?.get(text) ?? countWords(text) };
        countedBlocks.set(block, counted);
      }
      total += counted.words;
    }
  }
  for (const section of article.background) total += countWords(section.title);
  lastLists = lists;
  return total;
}

function wordsByText(lists: readonly (readonly BodyNode[])[]): Map<string, number> {
  const words = new Map<string, number>();
  for (const list of lists) {
    for (const block of list) {
      const counted = countedBlocks.get(block);
      if (counted) words.set(counted.text, counted.words);
    }
  }
  return words;
}
