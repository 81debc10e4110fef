import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export interface UiSlice {
  trashOpen: boolean;
  wordCount: number;
  setTrashOpen: (open: boolean) => void;
  setWordCount: (count: number) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  trashOpen: false,
  wordCount: 0,
  setTrashOpen: (trashOpen) => set({ trashOpen }),
  setWordCount: (wordCount) => set({ wordCount }),
});
