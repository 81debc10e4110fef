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

/** Times are ISO 8601 in UTC, which sort as plain strings (and 10,000 of them sort fast that way). */
function newestFirst(a: DraftSummary, b: DraftSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

function sameSummary(a: DraftSummary, b: DraftSummary): boolean {
  return (
    a.id === b.id &&
    a.headline === b.headline &&
    a.status === b.status &&
    a.language === b.language &&
    a.updatedAt === b.updatedAt &&
    a.wordCount === b.wordCount &&
    a.readOnly === b.readOnly
  );
}

/**
 * The list with `summary` in its place, newest first: the list is kept in that order, so a save
 * (which makes its draft the newest) moves one entry instead of sorting thousands. The same list
 * when nothing in it changed, so nothing is redrawn.
 */
function withSummary(drafts: DraftSummary[], summary: DraftSummary): DraftSummary[] {
  const at = drafts.findIndex((d) => d.id === summary.id);
  if (at !== -1 && sameSummary(drafts[at]!, summary)) return drafts;
  const rest = at === -1 ? drafts : [...drafts.slice(0, at), ...drafts.slice(at + 1)];
  const to = rest.findIndex((d) => newestFirst(summary, d) <= 0);
  return to === -1 ? [...rest, summary] : [...rest.slice(0, to), summary, ...rest.slice(to)];
}

export const createDraftsSlice: StateCreator<AppState, [], [], DraftsSlice> = (set) => ({
  drafts: [],
  problems: [],
  trash: [],
  listLoaded: false,
  setDraftList: ({ drafts, problems }) => set({ drafts: [...drafts].sort(newestFirst), problems, listLoaded: true }),
  upsertSummary: (summary) =>
    set((state) => {
      const drafts = withSummary(state.drafts, summary);
      return drafts === state.drafts ? state : { drafts };
    }),
  removeSummary: (id) => set((state) => ({ drafts: state.drafts.filter((d) => d.id !== id) })),
  setTrash: (trash) => set({ trash }),
});
