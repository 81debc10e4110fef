import type { Article } from './article';
import { bodyText, countWords } from './countWords';

export interface ArticleCounts {
  words: number;
  /** Every character but line breaks. */
  characters: number;
  charactersNoSpaces: number;
  headlineLength: number;
  standfirstLength: number;
  readingMinutes: number;
}

const WORDS_PER_MINUTE = 200;

/**
 * What the editor and the drafts list report: words and characters of the body and the background
 * sections (titles included). Characters are code points, so "🇺🇦" is two and "за́мок" six.
 */
export function articleCounts(article: Pick<Article, 'headline' | 'standfirst' | 'body' | 'background'>): ArticleCounts {
  const parts = [bodyText(article.body)];
  for (const section of article.background) parts.push(section.title, bodyText(section.body));
  const text = parts.join('\n');
  const words = countWords(text);
  return {
    words,
    characters: length(text.replace(/[\n\r]/g, '')),
    charactersNoSpaces: length(text.replace(/\s/gu, '')),
    headlineLength: length(article.headline),
    standfirstLength: length(article.standfirst),
    readingMinutes: Math.ceil(words / WORDS_PER_MINUTE),
  };
}

function length(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
