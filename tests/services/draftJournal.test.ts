import { describe, expect, it } from 'vitest';
import type { Article, BodyNode } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
import { journalHeader, journalLine, journalWrites, replayJournal, type JournalRecord } from '../../electron/services/draftJournal';

const paragraph = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function draft(): Article {
  const article = newArticle({ id: 'draft-1', now: new Date('2026-11-28T09:00:00.000Z') });
  return { ...article, body: { type: 'doc', content: [paragraph('One'), paragraph('Two')] } };
}

function record(article: Article, base: string, updatedAt: string, text: string): JournalRecord {
  const { body: _body, format: _format, schemaVersion: _version, createdAt: _created, updatedAt: _updated, ...head } = article;
  return { base, updatedAt, head: { ...head, headline: text }, runs: [{ start: 1, deleteCount: 1, insert: [paragraph(text)] }] };
}

describe('replayJournal', () => {
  const file = draft();
  const t1 = '2026-11-28T09:01:00.000Z';
  const t2 = '2026-11-28T09:02:00.000Z';
  const journal = journalHeader(file.id, file.updatedAt) + journalLine(record(file, file.updatedAt, t1, 'Zwei')) + journalLine(record(file, t1, t2, 'Dos'));

  it('applies every save, in order, to the version it continues', () => {
    const replay = replayJournal(journal, file);
    expect(replay).toMatchObject({ kind: 'applied', applied: 2, damagedAt: null });
    if (replay.kind !== 'applied') return;
    expect(replay.article).toMatchObject({ headline: 'Dos', updatedAt: t2, body: { content: [paragraph('One'), paragraph('Dos')] } });
  });

  it('applies only the saves after the one the file already holds', () => {
    const replay = replayJournal(journal, { ...file, headline: 'Zwei', updatedAt: t1, body: { type: 'doc', content: [paragraph('One'), paragraph('Zwei')] } });
    expect(replay).toMatchObject({ kind: 'applied', applied: 1, damagedAt: null, article: { headline: 'Dos', updatedAt: t2 } });
  });

  it('applies nothing, and reports nothing, when the crash cut even the first line short', () => {
    expect(replayJournal(journal.slice(0, 30), file)).toEqual({ kind: 'applied', article: file, applied: 0, damagedAt: null });
    expect(replayJournal('', file)).toEqual({ kind: 'applied', article: file, applied: 0, damagedAt: null });
  });

  it('stops at a save that would change the draft’s id, as at any damage', () => {
    const other = { ...record(file, t1, t2, 'Dos'), head: { ...record(file, t1, t2, 'Dos').head, id: 'draft-2' } };
    const text = journalHeader(file.id, file.updatedAt) + journalLine(record(file, file.updatedAt, t1, 'Zwei')) + journalLine(other) + journalLine(record(file, t2, '2026-11-28T09:03:00.000Z', 'Drei'));
    expect(replayJournal(text, file)).toMatchObject({ kind: 'applied', applied: 1, damagedAt: 3, article: { headline: 'Zwei', updatedAt: t1 } });
  });

  it('stops at a save whose time is not later than the one before', () => {
    const text = journalHeader(file.id, file.updatedAt) + journalLine(record(file, file.updatedAt, file.updatedAt, 'Zwei'));
    expect(replayJournal(text, file)).toMatchObject({ kind: 'applied', applied: 0, damagedAt: 2 });
  });

  it('does not apply a journal of another draft, or one that continues another version', () => {
    expect(replayJournal(journal, { ...file, id: 'draft-9' })).toEqual({ kind: 'unrelated', why: { key: 'otherDraft', params: { id: 'draft-1' } }, otherVersion: false });
    expect(replayJournal(journal, { ...file, updatedAt: '2026-11-28T10:00:00.000Z' })).toMatchObject({ kind: 'unrelated', why: { key: 'otherVersion' }, otherVersion: true });
    expect(replayJournal(`{"not":"a header"}\n${journal}`, file)).toEqual({ kind: 'unrelated', why: { key: 'notJournal' }, otherVersion: false });
  });
});

describe('journalWrites', () => {
  const file = draft();
  const t = (minute: number) => `2026-11-28T09:0${minute}:00.000Z`;
  const save = (base: string, updatedAt: string, headline: string, runs: JournalRecord['runs']): JournalRecord => ({ ...record(file, base, updatedAt, headline), runs });

  it('gives the last version of each paragraph the saves wrote, in order, with a gap for each stretch they left alone', () => {
    const text =
      journalHeader(file.id, file.updatedAt) +
      journalLine(save(file.updatedAt, t(1), 'First', [{ start: 3, deleteCount: 1, insert: [paragraph('Four, typed')] }])) +
      journalLine(save(t(1), t(2), 'Second', [{ start: 1, deleteCount: 0, insert: [paragraph('A new second')] }, { start: 6, deleteCount: 1, insert: [paragraph('Seven')] }])) +
      journalLine(save(t(2), t(3), 'Third', [{ start: 4, deleteCount: 1, insert: [paragraph('Four, typed on')] }]));
    expect(journalWrites(text, file.id)).toEqual({
      head: expect.objectContaining({ headline: 'Third' }),
      updatedAt: t(3),
      blocks: [null, paragraph('A new second'), null, paragraph('Four, typed on'), null, paragraph('Seven')],
    });
  });

  it('leaves out what the saves deleted, and keeps the fields of a save that changed no paragraph', () => {
    const text =
      journalHeader(file.id, file.updatedAt) +
      journalLine(save(file.updatedAt, t(1), 'Typed', [{ start: 0, deleteCount: 1, insert: [paragraph('Typed')] }])) +
      journalLine(save(t(1), t(2), 'Deleted', [{ start: 0, deleteCount: 1, insert: [] }]));
    expect(journalWrites(text, file.id)).toEqual({ head: expect.objectContaining({ headline: 'Deleted' }), updatedAt: t(2), blocks: [] });
  });

  it('stops at damage, and gives nothing for a journal without saves or of another draft', () => {
    const good = journalLine(save(file.updatedAt, t(1), 'Kept', [{ start: 0, deleteCount: 1, insert: [paragraph('Kept')] }]));
    expect(journalWrites(`${journalHeader(file.id, file.updatedAt)}${good}{"damaged\n${good}`, file.id)).toMatchObject({ updatedAt: t(1), blocks: [paragraph('Kept')] });
    expect(journalWrites(journalHeader(file.id, file.updatedAt), file.id)).toBeNull();
    expect(journalWrites(`${journalHeader(file.id, file.updatedAt)}${good}`, 'draft-9')).toBeNull();
  });
});
