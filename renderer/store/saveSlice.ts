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
  // The same state again (a save answered while typing goes on: "Unsaved changes" still) redraws nothing.
  setSaveState: (save) => set((state) => (sameSaveState(state.save, save) ? state : { save })),
});

function sameSaveState(a: SaveState, b: SaveState): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'saved' && b.kind === 'saved') return a.at === b.at;
  if (a.kind === 'error' && b.kind === 'error') return a.message === b.message;
  return true;
}
