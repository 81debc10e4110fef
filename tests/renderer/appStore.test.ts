import { describe, expect, it } from 'vitest';
import type { DraftSummary } from '../../shared/ipc/contract';
import { createAppStore } from '../../renderer/store/appStore';

const summary = (id: string, updatedAt: string, wordCount = 10): DraftSummary => ({
  id,
  headline: `Draft ${id}`,
  status: 'draft',
  language: 'uk',
  updatedAt,
  wordCount,
  readOnly: false,
});

const ids = (store: ReturnType<typeof createAppStore>) => store.getState().drafts.map((d) => d.id);

describe('the drafts list in the store', () => {
  it('keeps the newest first as drafts are saved, added and listed', () => {
    const store = createAppStore();
    store.getState().setDraftList({
      drafts: [summary('a', '2026-11-20T10:00:00.000Z'), summary('c', '2026-11-27T10:00:00.000Z'), summary('b', '2026-11-25T10:00:00.000Z')],
      problems: [],
      complete: true,
    });
    expect(ids(store)).toEqual(['c', 'b', 'a']);
    store.getState().upsertSummary(summary('a', '2026-11-28T09:00:00.000Z', 12));
    expect(ids(store)).toEqual(['a', 'c', 'b']);
    expect(store.getState().drafts[0]!.wordCount).toBe(12);
    store.getState().upsertSummary(summary('d', '2026-11-26T10:00:00.000Z'));
    expect(ids(store)).toEqual(['a', 'c', 'd', 'b']);
    store.getState().upsertSummary(summary('e', '2026-01-01T00:00:00.000Z'));
    expect(ids(store)).toEqual(['a', 'c', 'd', 'b', 'e']);
    // A restored copy with an older time moves down, not to the top.
    store.getState().upsertSummary(summary('a', '2026-11-21T00:00:00.000Z', 12));
    expect(ids(store)).toEqual(['c', 'd', 'b', 'a', 'e']);
  });

  it('tells nobody when a save brings the same figures, so nothing is redrawn', () => {
    const store = createAppStore();
    store.getState().setDraftList({ drafts: [summary('a', '2026-11-28T09:00:00.000Z')], problems: [], complete: true });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().upsertSummary(summary('a', '2026-11-28T09:00:00.000Z'));
    expect(calls).toBe(0);
    store.getState().upsertSummary(summary('a', '2026-11-28T09:00:00.000Z', 11));
    expect(calls).toBe(1);
  });
});

describe('the save state in the store', () => {
  it('changes only when what the status would say changes', () => {
    const store = createAppStore();
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.getState().setSaveState({ kind: 'dirty' });
    store.getState().setSaveState({ kind: 'dirty' });
    expect(calls).toBe(1);
    store.getState().setSaveState({ kind: 'saved', at: '2026-11-28T09:00:00.000Z' });
    store.getState().setSaveState({ kind: 'saved', at: '2026-11-28T09:00:00.000Z' });
    expect(calls).toBe(2);
    store.getState().setSaveState({ kind: 'saved', at: '2026-11-28T09:00:05.000Z' });
    store.getState().setSaveState({ kind: 'error', message: 'The disk is full.' });
    store.getState().setSaveState({ kind: 'error', message: 'The disk is full.' });
    expect(calls).toBe(4);
    expect(store.getState().save).toEqual({ kind: 'error', message: 'The disk is full.' });
  });
});
