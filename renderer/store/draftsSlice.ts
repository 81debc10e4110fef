import type { StateCreator } from 'zustand';
import type { DraftList, DraftProblem, DraftSummary, TrashedDraft } from '../../shared/ipc/contract';
import type { AppState } from './appStore';

export interface DraftsSlice {
  drafts: DraftSummary[];
  problems: DraftProblem[];
  trash: TrashedDraft[];
  listLoaded: boolean;
  setDraftList: (list: DraftList) => void;
  upsertSummary: (summary: DraftSummary) => void;
  removeSummary: (id: string) => void;
  setTrash: (trash: TrashedDraft[]) => void;
}

function newestFirst(a: DraftSummary, b: DraftSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

export const createDraftsSlice: StateCreator<AppState, [], [], DraftsSlice> = (set) => ({
  drafts: [],
  problems: [],
  trash: [],
  listLoaded: false,
  setDraftList: ({ drafts, problems }) => set({ drafts: [...drafts].sort(newestFirst), problems, listLoaded: true }),
  upsertSummary: (summary) =>
    set((state) => ({ drafts: [summary, ...state.drafts.filter((d) => d.id !== summary.id)].sort(newestFirst) })),
  removeSummary: (id) => set((state) => ({ drafts: state.drafts.filter((d) => d.id !== id) })),
  setTrash: (trash) => set({ trash }),
});
