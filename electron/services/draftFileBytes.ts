import type { Article, BodyNode } from '../../shared/article/article';

/**
 * Each top-level block's text in a file, UTF-8 encoded, for blocks written before, by the indent
 * they were written at (a draft file's blocks sit three levels deep, a history snapshot's four).
 * The store keeps the blocks a save did not change (they come from the version it wrote last), so
 * a save of a 100,000-word draft encodes only the blocks that changed: turning the whole 1.6 MB
 * into text and then into bytes took 7 ms of the host's processor time on every save.
 * Blocks are never changed in place, which is what makes them safe keys.
 */
const encodedBlocks = new Map<string, { separator: Buffer; blocks: WeakMap<BodyNode, Buffer> }>();

/** Stands for the blocks in the file's frame; as JSON text it is `"\u0000blocks\u0000"`. */
const MARKER_VALUE = '\u0000blocks\u0000';
const MARKER = JSON.stringify(MARKER_VALUE);

/** The bytes of a draft file: exactly `JSON.stringify(article, null, 2)` and a newline, in UTF-8. */
export function draftFileBytes(article: Article): Buffer {
  return Buffer.concat(draftFileParts(article));
}

/**
 * The bytes of a draft file in parts, to be written one after another (see writeFileAtomic): the
 * blocks' parts are the ones kept from the last write. Joining them first copied 1.6 MB at 100,000
 * words on every save, into a new buffer each time, and buffers that size made the host's garbage
 * collector go through the whole heap (the draft included) every few saves.
 */
export function draftFileParts(article: Article): Buffer[] {
  return articleFileParts(article, (framed) => framed);
}

/**
 * The same for any file that holds a draft: exactly `JSON.stringify(wrap(article), null, 2)` and a
 * newline, in UTF-8 and in parts (a history snapshot wraps the draft in its record).
 */
export function articleFileParts(article: Article, wrap: (article: Article) => unknown): Buffer[] {
  const blocks = article.body.content ?? [];
  const whole = () => [Buffer.from(`${JSON.stringify(wrap(article), null, 2)}\n`)];
  if (blocks.length === 0) return whole();
  // The frame: the file with a string where the blocks go.
  const marked = { ...article, body: { ...article.body, content: [MARKER_VALUE as unknown as BodyNode] } };
  const frame = `${JSON.stringify(wrap(marked), null, 2)}\n`;
  const at = frame.indexOf(MARKER);
  // A headline that happens to read like the marker: fall back to the plain way.
  if (at < 0 || at !== frame.lastIndexOf(MARKER)) return whole();
  // The marker's line break and indent, which every block's lines take.
  const indent = frame.slice(frame.lastIndexOf('\n', at), at);
  let encoded = encodedBlocks.get(indent);
  if (!encoded) encodedBlocks.set(indent, (encoded = { separator: Buffer.from(`,${indent}`), blocks: new WeakMap() }));
  const { separator } = encoded;
  const parts: Buffer[] = [Buffer.from(frame.slice(0, at))];
  for (const [index, block] of blocks.entries()) {
    if (index > 0) parts.push(separator);
    let bytes = encoded.blocks.get(block);
    if (!bytes) {
      bytes = Buffer.from(JSON.stringify(block, null, 2).replaceAll('\n', indent));
      encoded.blocks.set(block, bytes);
    }
    parts.push(bytes);
  }
  parts.push(Buffer.from(frame.slice(at + MARKER.length)));
  return parts;
}
