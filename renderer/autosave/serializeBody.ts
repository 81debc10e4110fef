import type { Node as PMNode } from '@tiptap/pm/model';

/** ProseMirror nodes are immutable, so a top-level block that did not change keeps its JSON text. */
const blockJson = new WeakMap<PMNode, string>();

/**
 * The body as JSON text, re-serialising only the blocks that changed since the last save: a
 * 100,000-word draft costs a few changed paragraphs and a string join, not a walk of the document.
 */
export function serializeBody(doc: PMNode): string {
  const parts: string[] = [];
  doc.forEach((block) => {
    let json = blockJson.get(block);
    if (json === undefined) {
      json = JSON.stringify(block.toJSON());
      blockJson.set(block, json);
    }
    parts.push(json);
  });
  return `{"type":"doc","content":[${parts.join(',')}]}`;
}
