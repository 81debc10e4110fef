import type { Article } from '../article/article';
import { sampleArticleEn } from './sampleArticleEn';
import { sampleArticleUk } from './sampleArticleUk';

/** A filled-in sample article in the editor's language, for learning the editor or checking an export. */
export function sampleArticle(language: 'uk' | 'en', id: string, now: Date): Article {
  return language === 'uk' ? sampleArticleUk(id, now) : sampleArticleEn(id, now);
}
