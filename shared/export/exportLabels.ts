import type { SourceKind } from '../article/vocabulary';

/** The words an exported article adds around its parts, in the article's language. */
export interface ExportLabels {
  /** The locale for dates. */
  locale: string;
  author: string;
  authors: string;
  and: string;
  source: string;
  sources: string;
  sourceKinds: Record<SourceKind, string>;
  /** Joins a quote's speaker to the source it came through. */
  via: string;
  /** The heading of a background section left without a title. */
  background: string;
  related: string;
}

const UK: ExportLabels = {
  locale: 'uk',
  author: 'Автор:',
  authors: 'Автори:',
  and: 'і',
  source: 'Джерело:',
  sources: 'Джерела:',
  sourceKinds: {
    agency: 'інформаційна агенція',
    publication: 'видання',
    official: 'офіційне джерело',
    person: 'співрозмовник',
    'own-reporting': 'власна інформація',
  },
  via: 'джерело:',
  background: 'Довідка',
  related: 'Інші новини',
};

const EN: ExportLabels = {
  locale: 'en-GB',
  author: 'By',
  authors: 'By',
  and: 'and',
  source: 'Source:',
  sources: 'Sources:',
  sourceKinds: {
    agency: 'news agency',
    publication: 'publication',
    official: 'official source',
    person: 'interviewee',
    'own-reporting': 'own reporting',
  },
  via: 'via',
  background: 'Background',
  related: 'Related stories',
};

/** Ukrainian for "uk" and its regional tags; English, with dates in the tag's own style, for any other. */
export function exportLabels(language: string): ExportLabels {
  const primary = language.toLowerCase().split('-')[0];
  if (primary === 'uk') return UK;
  if (language.toLowerCase() === 'en' || !isLocale(language)) return EN;
  return { ...EN, locale: language };
}

function isLocale(tag: string): boolean {
  try {
    new Intl.DateTimeFormat(tag);
    return true;
  } catch {
    return false;
  }
}
