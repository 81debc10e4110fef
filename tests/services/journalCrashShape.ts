import type { BodyNode } from '../../shared/article/article';

/** The draft journalCrashWriter.ts edits, and how long its store waits before writing it whole. */
export const PARAGRAPHS = 40;
export const QUIET_MS = 15;

/** Paragraph `index` as save `n` leaves it: some 2 KB of text naming both. */
export function paragraphOf(index: number, n: number): BodyNode {
  return { type: 'paragraph', content: [{ type: 'text', text: `${index}: ${n}. ${'Рада ухвалила бюджет, the vote was 240 to 112. '.repeat(40)}` }] };
}

/** The body after save `n`: each paragraph holds the last save that replaced it. */
export function bodyAfter(n: number): BodyNode {
  return {
    type: 'doc',
    content: Array.from({ length: PARAGRAPHS }, (_, index) => {
      let last = n - (((n - index) % PARAGRAPHS) + PARAGRAPHS) % PARAGRAPHS;
      if (last < 1) last = 0;
      return paragraphOf(index, last);
    }),
  };
}
