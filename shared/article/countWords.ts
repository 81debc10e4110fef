import type { Article, BodyNode } from './article';
import type { BlockRun } from './blockDelta';

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
/** The words of block lists already counted (nor are lists changed in place). */
const countedLists = new WeakMap<readonly BodyNode[], number>();
/** The block lists of the last call: a body sent whole again (all new objects) is matched by text. */
let lastLists: readonly (readonly BodyNode[])[] = [];
/** Blocks new to a call that are simply counted; past this many, the last call's are looked up by text. */
const COUNTED_WITHOUT_LOOKUP = 32;

/**
 * The words of the body and the background sections (titles included), as articleCounts counts
 * them, counting only blocks it has not seen: the store counts a draft on every save, and a
 * 100,000-word draft changes a paragraph at a time. The last call's blocks are indexed by their
 * text only when many blocks are new (a body sent whole): indexing 1,917 blocks on every save took
 * most of this function's time. A list counted before, or recorded by countListAfterRuns, is not
 * visited at all: looking up each of 1,917 blocks on every save still took about 0.3 ms of the
 * host's 1.6 ms a save (a profile of the host at 100,000 words).
 */
export function articleWords(article: Pick<Article, 'body' | 'background'>): number {
  const lists = [article.body.content ?? [], ...article.background.map((section) => section.body.content ?? [])];
  const fresh = { blocks: 0, byText: null as Map<string, number> | null };
  let total = 0;
  for (const list of lists) {
    let words = countedLists.get(list);
    if (words === undefined) {
      words = 0;
      for (const block of list) words += blockWords(block, fresh);
      countedLists.set(list, words);
    }
    total += words;
  }
  for (const section of article.background) total += countWords(section.title);
  lastLists = lists;
  return total;
}

/**
 * Records the words of `after`, the list `applyBlockRuns(before, runs)` made, from those of
 * `before` and of the blocks the runs took out and put in, so that counting `after` does not visit
 * the blocks the runs left alone. Does nothing when `before` was never counted.
 */
export function countListAfterRuns(
  before: readonly BodyNode[],
  runs: readonly BlockRun<BodyNode>[],
  after: readonly BodyNode[],
): void {
  let words = countedLists.get(before);
  if (words === undefined) return;
  const fresh = { blocks: 0, byText: null };
  for (const run of runs) {
    for (let i = run.start; i < run.start + run.deleteCount; i += 1) words -= blockWords(before[i]!, fresh);
    for (const block of run.insert) words += blockWords(block, fresh);
  }
  countedLists.set(after, words);
}

function blockWords(block: BodyNode, fresh: { blocks: number; byText: Map<string, number> | null }): number {
  let counted = countedBlocks.get(block);
  if (!counted) {
    const text = bodyText(block);
    fresh.blocks += 1;
    if (fresh.blocks > COUNTED_WITHOUT_LOOKUP) fresh.byText ??= wordsByText(lastLists);
    counted = { text, words: fresh.byText?.get(text) ?? countWords(text) };
    countedBlocks.set(block, counted);
  }
  return counted.words;
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
