import type { Node as PMNode } from '@tiptap/pm/model';
import type { BlockDelta, BlockSplice } from '../../shared/ipc/contract';
import { BODY_CHUNK } from '../editor/extensions/bodyChunks';

/** ProseMirror nodes are immutable, so a top-level block that did not change keeps its JSON text. */
const blockJson = new WeakMap<PMNode, string>();
/** And a chunk of blocks that did not change keeps the list of its blocks' texts. */
const chunkJson = new WeakMap<PMNode, string[]>();

function jsonOf(block: PMNode): string {
  let json = blockJson.get(block);
  if (json === undefined) {
    json = JSON.stringify(block.toJSON());
    blockJson.set(block, json);
  }
  return json;
}

/**
 * The body's top-level blocks as JSON texts, re-serialising only the blocks that changed since the
 * last call: a 100,000-word draft costs a few changed paragraphs, not a walk of the document.
 * Unchanged blocks come back as the very same strings, and an unchanged chunk of the editor's
 * (bodyChunks.ts) is not walked at all: 240 lookups rather than 1,917 at 100,000 words.
 */
export function bodyBlocks(doc: PMNode): string[] {
  const parts: string[] = [];
  doc.forEach((node) => {
    if (node.type.name !== BODY_CHUNK) return void parts.push(jsonOf(node));
    let texts = chunkJson.get(node);
    if (!texts) {
      texts = [];
      node.forEach((block) => texts!.push(jsonOf(block)));
      chunkJson.set(node, texts);
    }
    for (const text of texts) parts.push(text);
  });
  return parts;
}

/** The body document as JSON text, from its blocks. */
export function bodyJsonText(blocks: readonly string[]): string {
  return `{"type":"doc","content":[${blocks.join(',')}]}`;
}

/**
 * What turns `before` into `after`: the runs of blocks that changed, each replaced whole. Typing in
 * one paragraph gives one run of one block; a fix near the top and typing at the end give two
 * small runs, not every block between them; nothing changed gives no run. Blocks are compared as
 * text (unchanged blocks are the very same strings, see bodyBlocks), and after a change the two
 * lists are brought back in step at the next block of `before` found again further on in `after`.
 */
export function diffBlocks(before: readonly string[], after: readonly string[]): BlockDelta {
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before[head] === after[head]) head += 1;
  let tail = 0;
  while (tail < shortest - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail += 1;
  const beforeEnd = before.length - tail;
  const afterEnd = after.length - tail;
  if (head === beforeEnd && head === afterEnd) return [];

  // Where each block of `after` stands, within the part that differs. Places are asked for in
  // increasing order, so each list keeps a cursor and is read once however often a block repeats.
  const places = new Map<string, { at: number[]; next: number }>();
  for (let j = head; j < afterEnd; j += 1) {
    const block = after[j]!;
    const found = places.get(block);
    if (found) found.at.push(j);
    else places.set(block, { at: [j], next: 0 });
  }
  /** The first place of `block` in `after` at or after `from`, or -1. */
  const placeOf = (block: string, from: number): number => {
    const found = places.get(block);
    if (!found) return -1;
    while (found.next < found.at.length && found.at[found.next]! < from) found.next += 1;
    return found.next < found.at.length ? found.at[found.next]! : -1;
  };

  const runs: BlockSplice[] = [];
  let i = head;
  let j = head;
  while (i < beforeEnd || j < afterEnd) {
    if (i < beforeEnd && j < afterEnd && before[i] === after[j]) {
      i += 1;
      j += 1;
      continue;
    }
    let x = i;
    let y = -1;
    for (; x < beforeEnd; x += 1) {
      y = placeOf(before[x]!, j);
      if (y >= 0) break;
    }
    if (x === beforeEnd) y = afterEnd;
    runs.push({ start: i, deleteCount: x - i, insert: after.slice(j, y) });
    i = x;
    j = y;
  }
  return runs;
}
