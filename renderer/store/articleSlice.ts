import type { StateCreator } from 'zustand';
import type { Article, ArticleStatus } from '../../shared/article/article';
import type { AppState } from './appStore';

export type ArticleFields = Pick<Article, 'headline' | 'standfirst' | 'language' | 'status'>;

export interface ArticleSlice {
  /** The open draft as it was loaded; its body lives in the editor from then on. */
  article: Article | null;
  fields: ArticleFields | null;
  openArticle: (article: Article) => void;
  closeArticle: () => void;
  setField: <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => void;
}

export const createArticleSlice: StateCreator<AppState, [], [], ArticleSlice> = (set) => ({
  article: null,
  fields: null,
  openArticle: (article) =>
    set({
      article,
      fields: { headline: article.headline, standfirst: article.standfirst, language: article.language, status: article.status },
    }),
  closeArticle: () => set({ article: null, fields: null }),
  setField: (key, value) => set((state) => (state.fields ? { fields: { ...state.fields, [key]: value } } : {})),
});

export const STATUS_LABELS: Record<ArticleStatus, string> = {
  draft: 'Draft',
  review: 'Ready for review',
  approved: 'Approved',
};
