import type { Node as PMNode } from '@tiptap/pm/model';
import { countWords } from '../../shared/article/countWords';
import { listQuotes } from '../editor/listQuotes';
import type { Measured } from '../store/uiSlice';

const WORDS_PER_MINUTE = 200;

function textOf(doc: PMNode): string {
  return doc.textBetween(0, doc.content.size, '\n', '\n');
}

/**
 * Counts of the body and background sections (the same words the drafts list shows) and the
 * list of quotes. Runs after typing pauses, never on a keystroke.
 */
export function measureDraft(body: PMNode, background: { title: string; doc: PMNode | null; text: string }[]): Measured {
  const texts = [textOf(body), ...background.flatMap((section) => [section.title, section.doc ? textOf(section.doc) : section.text])];
  const all = texts.join('\n');
  const words = texts.reduce((sum, text) => sum + countWords(text), 0);
  return {
    words,
    characters: [...all.replace(/\n/g, '')].length,
    charactersNoSpaces: [...all.replace(/\s/g, '')].length,
    readingMinutes: words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE)),
    quotes: listQuotes(body),
  };
}
