/** The article's closed lists, free of zod so the renderer can use them without the schema. */

export const ARTICLE_STATUSES = ['draft', 'review', 'approved'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const SOURCE_KINDS = ['agency', 'publication', 'official', 'person', 'own-reporting'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Languages the editor offers; any BCP 47 tag is accepted in a file. */
export const ARTICLE_LANGUAGES = ['uk', 'en'] as const;

export const DEFAULT_TIME_ZONE = 'Europe/Kyiv';

/** The custom body node for a block quote with its speaker, and the mark for a quotation inside a sentence. */
export const QUOTE_NODE = 'attributedQuote';
export const QUOTE_MARK = 'inlineQuote';

/** The interface languages. */
export const UI_LANGUAGES = ['en', 'uk'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The interface's language for a system's preferred languages (BCP 47 tags, most wanted first). */
export function uiLanguageFor(tags: readonly string[]): UiLanguage {
  return tags.some((tag) => tag.toLowerCase().startsWith('uk')) ? 'uk' : 'en';
}
