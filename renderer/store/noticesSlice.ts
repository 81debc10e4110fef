import type { StateCreator } from 'zustand';
import type { AppState } from './appStore';

export interface Notice {
  id: number;
  tone: 'info' | 'error';
  text: string;
  action?: { label: string; run: () => void };
}

export interface NoticesSlice {
  notices: Notice[];
  pushNotice: (notice: Omit<Notice, 'id'>) => void;
  dismissNotice: (id: number) => void;
}

let nextId = 1;

export const createNoticesSlice: StateCreator<AppState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  pushNotice: (notice) => set((state) => ({ notices: [...state.notices.slice(-3), { ...notice, id: nextId++ }] })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
});
