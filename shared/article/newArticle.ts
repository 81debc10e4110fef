import { ARTICLE_FORMAT, ARTICLE_SCHEMA_VERSION, emptyBody, emptyDateline, type Article } from './article';

export interface NewArticleOptions {
  id: string;
  now: Date;
  language?: string;
}

export function newArticle({ id, now, language = 'uk' }: NewArticleOptions): Article {
  const time = now.toISOString();
  return {
    format: ARTICLE_FORMAT,
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id,
    createdAt: time,
    updatedAt: time,
    language,
    status: 'draft',
    headline: '',
    standfirst: '',
    byline: [],
    dateline: emptyDateline(),
    section: '',
    tags: [],
    slug: '',
    editorNote: '',
    sources: [],
    body: emptyBody(),
    background: [],
    related: [],
  };
}
