import { ARTICLE_SCHEMA_VERSION } from './article';
import { DEFAULT_TIME_ZONE } from './vocabulary';

type Migration = (article: Record<string, unknown>) => Record<string, unknown>;

/**
 * migrations[n] turns a version-n article into a version-(n+1) one.
 * Add an entry here, and bump ARTICLE_SCHEMA_VERSION, whenever the format changes.
 */
const migrations: Record<number, Migration> = {
  /** Version 2 adds the parts of a news article beyond its text, all empty. */
  1: (article) => ({
    byline: [],
    dateline: { place: '', localTime: null, timeZone: DEFAULT_TIME_ZONE },
    section: '',
    tags: [],
    slug: '',
    editorNote: '',
    sources: [],
    background: [],
    related: [],
    ...article,
  }),
};

export function migrateArticle(article: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = article;
  for (let version = fromVersion; version < ARTICLE_SCHEMA_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) throw new Error(`No migration from article format version ${version}.`);
    current = { ...step(current), schemaVersion: version + 1 };
  }
  return current;
}
