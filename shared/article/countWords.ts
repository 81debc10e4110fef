import type { BodyNode } from './article';

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
