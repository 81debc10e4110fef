import type { Article, BodyNode } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
import { QUOTE_NODE } from '../../shared/article/vocabulary';

const WORDS = 'рада ухвалила закон про відкриті дані депутати підтримали законопроєкт у першому читанні голосування тривало зранку а зв’язок із залом не переривався міста громади бюджет ремонт мостів доріг шкіл лікарень news report council budget bridge school hospital road'.split(' ');

function sentence(seed: number, length: number): string {
  const words: string[] = [];
  for (let i = 0; i < length; i += 1) words.push(WORDS[(seed * 7 + i * 13) % WORDS.length]!);
  const text = words.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number, words: number): BodyNode {
  return { type: 'paragraph', content: [{ type: 'text', text: sentence(seed, words) }] };
}

/**
 * A long article of about `words` words: paragraphs with headings every few blocks, lists,
 * quotes with speakers and two background sections, as a journalist's longest piece might be.
 */
export function generateArticle(id: string, words: number, now = new Date('2026-11-27T12:00:00Z')): Article {
  const blocks: BodyNode[] = [];
  let written = 0;
  let seed = 0;
  while (written < words) {
    seed += 1;
    if (seed % 12 === 0) {
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(seed, 5) }] });
      written += 5;
    } else if (seed % 17 === 0) {
      blocks.push({ type: 'bulletList', content: [1, 2, 3].map((n) => ({ type: 'listItem', content: [paragraph(seed + n, 8)] })) });
      written += 24;
    } else if (seed % 23 === 0) {
      blocks.push({ type: QUOTE_NODE, attrs: { speaker: 'представник міськради', role: 'речник', sourceId: null, saidAt: '' }, content: [paragraph(seed, 25)] });
      written += 25;
    } else {
      blocks.push(paragraph(seed, 60));
      written += 60;
    }
  }
  const background = [1, 2].map((n) => ({
    id: `bg-${n}`,
    title: sentence(n, 4),
    body: { type: 'doc', content: [paragraph(n, 50), paragraph(n + 1, 50)] },
  }));
  return { ...newArticle({ id, now }), headline: sentence(words, 9), standfirst: sentence(words + 1, 25), body: { type: 'doc', content: blocks }, background };
}
