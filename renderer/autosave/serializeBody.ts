import type { Node as PMNode } from '@tiptap/pm/model';
import type { BlockDelta } from '../../shared/ipc/contract';

/** ProseMirror nodes are immutable, so a top-level block that did not change keeps its JSON text. */
const blockJson = new WeakMap<PMNode, string>();

/**
 * The body's top-level blocks as JSON texts, re-serialising only the blocks that changed since the
 * last call: a 100,000-word draft costs a few changed paragraphs, not a walk of the document.
 * Unchanged blocks come back as the very same strings.
 */
export function bodyBlocks(doc: PMNode): string[] {
  const parts: string[] = [];
  doc.forEach((block) => {
    let json = blockJson.get(block);
    if (json === undefined) {
      json = JSON.stringify(block.toJSON());
      blockJson.set(block, json);
    }
    parts.push(json);
  });
  return parts;
}

/** The body document as JSON text, from its blocks. */
export function bodyJsonText(blocks: readonly string[]): string {
  return `{"type":"doc","content":[${blocks.join(',')}]}`;
}

/**
 * What turns `before` into `after`: the blocks between their common beginning and common end.
 * Typing in one paragraph gives one block; nothing changed gives an empty delta.
 */
export function diffBlocks(before: readonly string[], after: readonly string[]): BlockDelta {
  let start = 0;
  const shortest = Math.min(before.length, after.length);
  while (start < shortest && before[start] === after[start]) start += 1;
  let end = 0;
  while (end < shortest - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end += 1;
  return { start, deleteCount: before.length - start - end, insert: after.slice(start, after.length - end) };
}
