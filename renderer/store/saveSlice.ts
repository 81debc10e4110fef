import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; message: string };

export interface SaveSlice {
  save: SaveState;
  setSaveState: (save: SaveState) => void;
}

export const createSaveSlice: StateCreator<AppState, [], [], SaveSlice> = (set) => ({
  save: { kind: 'idle' },
  setSaveState: (save) => set({ save }),
});
