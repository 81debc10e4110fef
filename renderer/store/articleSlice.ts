import type { StateCreator } from 'zustand';
import type { Article, ArticleContent } from '../../shared/article/article';
import { contentOf } from '../../shared/article/contentOf';
import type { AppState } from './appStore';

/** Everything of the open draft but its id and body, which the body editor owns. */
export type ArticleFields = Omit<ArticleContent, 'id' | 'body'>;

export interface ArticleSlice {
  /** The open draft as it was loaded; its body lives in the editor from then on. */
  article: Article | null;
  fields: ArticleFields | null;
  /** Counts openings, so reopening the same draft (after a restore) builds fresh editors. */
  openSerial: number;
  openArticle: (article: Article) => void;
  closeArticle: () => void;
  setField: <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => void;
}

export const createArticleSlice: StateCreator<AppState, [], [], ArticleSlice> = (set) => ({
  article: null,
  fields: null,
  openSerial: 0,
  openArticle: (article) => {
    const { id: _id, body: _body, ...fields } = contentOf(article);
    set((state) => ({ article, fields, openSerial: state.openSerial + 1 }));
  },
  closeArticle: () => set({ article: null, fields: null }),
  setField: (key, value) => set((state) => (state.fields ? { fields: { ...state.fields, [key]: value } } : {})),
});


/** One empty list for selectors, so "no draft open" is the same value on every render. */
export const NO_ITEMS: never[] = [];
