import type { StateCreator } from 'zustand';
import type { QuoteAttrs } from '../../shared/article/quoteAttrs';
import type { RevisionSummary } from '../../shared/ipc/contract';
import type { UiLanguage } from '../../shared/settings';
import type { AppState } from './appStore';

export type InspectorTab = 'article' | 'sources' | 'quotes' | 'history';

/** Figures measured from the open draft off the typing path (see workspace/measure.ts). */
export interface Measured {
  /** False until the open draft has been measured (just after it is first drawn). */
  ready: boolean;
  words: number;
  characters: number;
  charactersNoSpaces: number;
  readingMinutes: number;
  quotes: QuoteItem[];
}

export interface QuoteItem {
  kind: 'block' | 'inline';
  /** Document position of the quote node, or of the start of the marked text. */
  from: number;
  to: number;
  text: string;
  attrs: QuoteAttrs;
}

export interface QuoteEditing {
  kind: 'block' | 'inline';
  from: number;
  to: number;
  attrs: QuoteAttrs;
}

export interface UiSlice {
  uiLanguage: UiLanguage;
  trashOpen: boolean;
  inspectorTab: InspectorTab;
  measured: Measured;
  quoteEditing: QuoteEditing | null;
  revisions: RevisionSummary[];
  setRevisions: (revisions: RevisionSummary[]) => void;
  setUiLanguageState: (language: UiLanguage) => void;
  setTrashOpen: (open: boolean) => void;
  setInspectorTab: (tab: InspectorTab) => void;
  setMeasured: (measured: Measured) => void;
  setQuoteEditing: (editing: QuoteEditing | null) => void;
}

export const EMPTY_MEASURED: Measured = { ready: false, words: 0, characters: 0, charactersNoSpaces: 0, readingMinutes: 0, quotes: [] };

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  uiLanguage: 'en',
  trashOpen: false,
  inspectorTab: 'article',
  measured: EMPTY_MEASURED,
  quoteEditing: null,
  revisions: [],
  setRevisions: (revisions) => set({ revisions }),
  setUiLanguageState: (uiLanguage) => set({ uiLanguage }),
  setTrashOpen: (trashOpen) => set({ trashOpen }),
  setInspectorTab: (inspectorTab) => set({ inspectorTab }),
  setMeasured: (measured) => set({ measured }),
  setQuoteEditing: (quoteEditing) => set({ quoteEditing }),
});
