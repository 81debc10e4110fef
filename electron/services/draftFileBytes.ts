import type { Article, BodyNode } from '../../shared/article/article';

/**
 * Each top-level block's text in a draft file, UTF-8 encoded, for blocks written before. The store
 * keeps the blocks a save did not change (they come from the version it wrote last), so a save of a
 * 100,000-word draft encodes only the blocks that changed: turning the whole 1.6 MB into text and
 * then into bytes took 7 ms of the host's processor time on every save.
 * Blocks are never changed in place, which is what makes them safe keys.
 */
const encodedBlocks = new WeakMap<BodyNode, Buffer>();

/** Body blocks sit three levels deep in the file (article, body, content). */
const BLOCK_INDENT = '\n      ';
const BLOCK_SEPARATOR = Buffer.from(`,${BLOCK_INDENT}`);
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
  const blocks = article.body.content ?? [];
  const whole = () => [Buffer.from(`${JSON.stringify(article, null, 2)}\n`)];
  if (blocks.length === 0) return whole();
  const frame = `${JSON.stringify({ ...article, body: { ...article.body, content: [MARKER_VALUE] } }, null, 2)}\n`;
  const at = frame.indexOf(MARKER);
  // A headline that happens to read like the marker: fall back to the plain way.
  if (at !== frame.lastIndexOf(MARKER)) return whole();
  const parts: Buffer[] = [Buffer.from(frame.slice(0, at))];
  for (const [index, block] of blocks.entries()) {
    if (index > 0) parts.push(BLOCK_SEPARATOR);
    parts.push(blockBytes(block));
  }
  parts.push(Buffer.from(frame.slice(at + MARKER.length)));
  return parts;
}

function blockBytes(block: BodyNode): Buffer {
  let bytes = encodedBlocks.get(block);
  if (!bytes) {
    bytes = Buffer.from(JSON.stringify(block, null, 2).replaceAll('\n', BLOCK_INDENT));
    encodedBlocks.set(block, bytes);
  }
  return bytes;
}
