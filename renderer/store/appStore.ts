import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { createArticleSlice, type ArticleSlice } from './articleSlice';
import { createDraftsSlice, type DraftsSlice } from './draftsSlice';
import { createNoticesSlice, type NoticesSlice } from './noticesSlice';
import { createSaveSlice, type SaveSlice } from './saveSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type AppState = DraftsSlice & ArticleSlice & SaveSlice & NoticesSlice & UiSlice;

export function createAppStore() {
  return createStore<AppState>()((...a) => ({
    ...createDraftsSlice(...a),
    ...createArticleSlice(...a),
    ...createSaveSlice(...a),
    ...createNoticesSlice(...a),
    ...createUiSlice(...a),
  }));
}

export const appStore = createAppStore();

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
