import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article, ArticleStatus, BodyNode } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
import { RevisionIdSchema } from '../../shared/ipc/contract';
import { RevisionStore, type RevisionStoreOptions } from '../../electron/services/revisionStore';
import { errorOf } from './errorOf';
import { folderSnapshot } from './folderSnapshot';

// Every fs/promises function becomes a pass-through spy, so a test can prove the disk was not touched.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  const spied = Object.fromEntries(
    Object.entries(actual).map(([name, value]) => [
      name,
      typeof value === 'function' ? vi.fn(value as (...args: unknown[]) => unknown) : value,
    ]),
  );
  return { ...spied, default: spied };
});

const MINUTE = 60_000;

let dataDir: string;
let time: number;

beforeEach(async () => {
  dataDir = await fsp.mkdtemp(join(tmpdir(), 'newsroom-history-'));
  time = Date.parse('2026-11-27T10:00:00.000Z');
});

afterEach(async () => {
  await fsp.rm(dataDir, { recursive: true, force: true });
});

function clock(): Date {
  return new Date(time);
}

function advance(ms: number): void {
  time += ms;
}

function openStore(extra: Partial<RevisionStoreOptions> = {}): Promise<RevisionStore> {
  return RevisionStore.open({ dataDir, now: clock, ...extra });
}

function body(...paragraphs: string[]): BodyNode {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

function article(id: string, text: string, status: ArticleStatus = 'draft', headline = `Headline of ${id}`): Article {
  return { ...newArticle({ id, now: clock() }), headline, status, body: body(text) };
}

function historyFolder(draftId: string): string {
  return join(dataDir, 'history', draftId);
}

async function filesOf(draftId: string): Promise<string[]> {
  return (await fsp.readdir(historyFolder(draftId))).sort();
}

const snapshot = () => folderSnapshot(dataDir);

function fsCallCount(): number {
  let count = 0;
  for (const value of Object.values(fsp)) {
    if (vi.isMockFunction(value)) count += value.mock.calls.length;
  }
  return count;
}

describe('RevisionStore', () => {
  it('records snapshots and lists them newest first with word counts and reasons', async () => {
    const store = await openStore();
    const first = article('story', 'one two three');
    const a = await store.record(first, 'periodic');
    advance(MINUTE);
    const second = { ...first, headline: 'Later', status: 'review' as const, body: body('one two three four five') };
    const b = await store.record(second, 'status');

    expect(RevisionIdSchema.safeParse(a.revisionId).success).toBe(true);
    expect(a.revisionId.startsWith('20261127T100000000Z-')).toBe(true);
    expect(b.revisionId.startsWith('20261127T100100000Z-')).toBe(true);
    expect(a).toEqual({
      revisionId: a.revisionId,
      draftId: 'story',
      createdAt: '2026-11-27T10:00:00.000Z',
      reason: 'periodic',
      headline: 'Headline of story',
      status: 'draft',
      wordCount: 3,
    });
    expect(await store.list('story')).toEqual([b, a]);
    expect(b).toMatchObject({ reason: 'status', headline: 'Later', status: 'review', wordCount: 5 });

    expect(await store.read('story', a.revisionId)).toEqual(first);
    expect(await store.read('story', b.revisionId)).toEqual(second);
  });

  it('stores each snapshot as a pretty-printed revision file named by its id', async () => {
    const store = await openStore();
    const kept = article('story', 'text');
    const summary = await store.record(kept, 'export');
    expect(await filesOf('story')).toEqual([`${summary.revisionId}.json`]);
    const text = await fsp.readFile(join(historyFolder('story'), `${summary.revisionId}.json`), 'utf8');
    expect(text).toContain('\n  "format": "newsroom.revision"');
    expect(kept.body.content?.length).toBeGreaterThan(0);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(JSON.parse(text)).toEqual({
      format: 'newsroom.revision',
      revisionId: summary.revisionId,
      draftId: 'story',
      createdAt: '2026-11-27T10:00:00.000Z',
      reason: 'export',
      article: kept,
    });
  });

  it('keeps the order of snapshots taken within the same millisecond', async () => {
    const store = await openStore();
    const taken = [];
    for (const reason of ['periodic', 'before-restore', 'restore'] as const) {
      taken.push(await store.record(article('story', reason), reason));
    }
    expect((await store.list('story')).map((entry) => entry.reason)).toEqual(['restore', 'before-restore', 'periodic']);
    const names = await filesOf('story');
    expect(names).toEqual(taken.map((entry) => `${entry.revisionId}.json`));
    for (const entry of taken) expect(RevisionIdSchema.safeParse(entry.revisionId).success).toBe(true);
  });

  it('takes a status snapshot on a status change, a periodic one only after periodicMs, and none otherwise', async () => {
    const store = await openStore({ periodicMs: 5 * MINUTE });
    const draft = article('story', 'text');

    expect(await store.recordSave(draft, null)).toMatchObject({ reason: 'periodic' });
    advance(MINUTE);
    expect(await store.recordSave(draft, draft)).toBeNull();
    advance(3 * MINUTE);
    expect(await store.recordSave(draft, draft)).toBeNull();

    const review = { ...draft, status: 'review' as const };
    expect(await store.recordSave(review, draft)).toMatchObject({ reason: 'status', status: 'review' });
    advance(4 * MINUTE);
    expect(await store.recordSave(review, review)).toBeNull();
    advance(MINUTE);
    expect(await store.recordSave(review, review)).toMatchObject({ reason: 'periodic' });
    advance(MINUTE);
    expect(await store.recordSave(review, null)).toBeNull();

    expect((await store.list('story')).map((entry) => entry.reason)).toEqual(['periodic', 'status', 'periodic']);
  });

  describe('saves noted while someone types (noteSave)', () => {
    const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

    it('takes a periodic snapshot due on a save only once the saves stop, of the newest version', async () => {
      const store = await openStore({ periodicQuietMs: 150, periodicMaxWaitMs: 10_000 });
      for (const text of ['one', 'one two', 'one two three']) {
        await store.noteSave(article('story', text), null);
        expect(await store.list('story')).toEqual([]);
        await pause(30);
      }
      await pause(300);
      const taken = await store.list('story');
      expect(taken).toMatchObject([{ reason: 'periodic', wordCount: 3 }]);
      expect((await store.read('story', taken[0]!.revisionId)).body).toEqual(body('one two three'));
      // The next one falls due only periodicMs later.
      await store.noteSave(article('story', 'one two three four'), null);
      await pause(300);
      expect(await store.list('story')).toHaveLength(1);
    });

    it('takes it at most periodicMaxWaitMs after it fell due, though the saves go on', async () => {
      const store = await openStore({ periodicQuietMs: 150, periodicMaxWaitMs: 250 });
      const started = Date.now();
      let words = 'word';
      while ((await store.list('story')).length === 0) {
        if (Date.now() - started > 3000) throw new Error('no snapshot was taken');
        words += ' word';
        await store.noteSave(article('story', words), null);
        await pause(40);
      }
      expect(Date.now() - started).toBeLessThan(1500);
      expect(await store.list('story')).toMatchObject([{ reason: 'periodic' }]);
    });

    it('takes a status snapshot at once, which stands in for the periodic one waiting', async () => {
      const store = await openStore({ periodicQuietMs: 150, periodicMaxWaitMs: 10_000 });
      const draft = article('story', 'text');
      await store.noteSave(draft, null);
      await store.noteSave({ ...draft, status: 'review' }, draft);
      expect(await store.list('story')).toMatchObject([{ reason: 'status', status: 'review' }]);
      await pause(300);
      expect(await store.list('story')).toHaveLength(1);
    });

    it('takes none in the background once closed', async () => {
      const store = await openStore({ periodicQuietMs: 100 });
      await store.noteSave(article('story', 'text'), null);
      store.close();
      await store.noteSave(article('story', 'more text'), null);
      await pause(250);
      expect(await store.list('story')).toEqual([]);
    });
  });

  it('does not touch the disk on a save when no snapshot is due', async () => {
    const store = await openStore();
    const draft = article('story', 'text');
    await store.recordSave(draft, null);
    const other = await openStore();
    advance(MINUTE);
    expect(await other.recordSave(draft, draft)).toBeNull();

    vi.clearAllMocks();
    for (let second = 0; second < 30; second += 1) {
      advance(1000);
      expect(await store.recordSave(draft, draft)).toBeNull();
      expect(await other.recordSave(draft, draft)).toBeNull();
    }
    expect(fsCallCount()).toBe(0);

    advance(5 * MINUTE);
    expect(await store.recordSave(draft, draft)).toMatchObject({ reason: 'periodic' });
    expect(fsCallCount()).toBeGreaterThan(0);
  });

  it('drops the oldest snapshots beyond maxPerDraft', async () => {
    const store = await openStore({ maxPerDraft: 3 });
    const taken = [];
    for (let n = 1; n <= 5; n += 1) {
      taken.push(await store.record(article('story', `version ${n}`), 'periodic'));
      advance(MINUTE);
    }
    const newest = taken.slice(2).reverse();
    expect(await store.list('story')).toEqual(newest);
    expect(await filesOf('story')).toEqual(taken.slice(2).map((entry) => `${entry.revisionId}.json`));
    expect(await errorOf(store.read('story', taken[0]!.revisionId))).toMatchObject({ code: 'not-found' });
  });

  it('drops the oldest snapshots until the history fits maxBytesPerDraft, but never the newest', async () => {
    const probe = await openStore();
    const sized = await probe.record(article('probe', 'x'.repeat(1000)), 'periodic');
    const bytes = (await fsp.stat(join(historyFolder('probe'), `${sized.revisionId}.json`))).size;

    const store = await openStore({ maxBytesPerDraft: bytes * 2 + 10 });
    const taken = [];
    for (let n = 1; n <= 4; n += 1) {
      taken.push(await store.record(article('story', 'y'.repeat(1000)), 'periodic'));
      advance(MINUTE);
    }
    expect(await store.list('story')).toEqual([taken[3], taken[2]]);
    expect(await filesOf('story')).toHaveLength(2);

    const huge = await store.record(article('story', 'z'.repeat(5 * bytes)), 'export');
    expect(await store.list('story')).toEqual([huge]);
    expect(await store.read('story', huge.revisionId)).toMatchObject({ body: body('z'.repeat(5 * bytes)) });
  });

  it('lists the same history from a new store on the same folder', async () => {
    const store = await openStore({ periodicMs: 5 * MINUTE });
    await store.record(article('story', 'one'), 'import');
    advance(MINUTE);
    await store.record(article('story', 'one two', 'review'), 'status');
    await store.record(article('other', 'three'), 'periodic');
    const before = await store.list('story');

    const reopened = await openStore({ periodicMs: 5 * MINUTE });
    expect(await reopened.list('story')).toEqual(before);
    expect(await reopened.list('other')).toHaveLength(1);
    expect(await reopened.list('nothing-yet')).toEqual([]);

    advance(MINUTE);
    const draft = article('story', 'one two', 'review');
    expect(await reopened.recordSave(draft, draft)).toBeNull();
    advance(5 * MINUTE);
    expect(await reopened.recordSave(draft, draft)).toMatchObject({ reason: 'periodic' });
  });

  it('shows in list what another store wrote meanwhile', async () => {
    const store = await openStore();
    const a = await store.record(article('story', 'one'), 'periodic');
    expect(await store.list('story')).toEqual([a]);
    advance(MINUTE);
    const b = await (await openStore()).record(article('story', 'two'), 'periodic');
    expect(await store.list('story')).toEqual([b, a]);
  });

  it('reads only the newest maxPerDraft files and drops older ones on the next snapshot', async () => {
    const wide = await openStore();
    const taken = [];
    for (let n = 1; n <= 6; n += 1) {
      taken.push(await wide.record(article('story', `v${n}`), 'periodic'));
      advance(MINUTE);
    }
    const narrow = await openStore({ maxPerDraft: 2 });
    vi.clearAllMocks();
    expect(await narrow.list('story')).toEqual([taken[5], taken[4]]);
    expect(vi.mocked(fsp.readFile)).toHaveBeenCalledTimes(2);
    expect(await filesOf('story')).toHaveLength(6);

    const newest = await narrow.record(article('story', 'v7'), 'periodic');
    expect(await filesOf('story')).toEqual([`${taken[5]!.revisionId}.json`, `${newest.revisionId}.json`]);
  });

  it('skips damaged revision files in list without deleting them, and says so on read', async () => {
    const store = await openStore();
    const good = await store.record(article('story', 'fine'), 'periodic');
    advance(MINUTE);
    const broken = await store.record(article('story', 'soon broken'), 'periodic');
    const brokenPath = join(historyFolder('story'), `${broken.revisionId}.json`);
    await fsp.writeFile(brokenPath, '{"format": "newsroom.revision", "revis');
    const foreign = '20261127T100500000Z-zzzz';
    await fsp.writeFile(join(historyFolder('story'), `${foreign}.json`), JSON.stringify({ hello: 'world' }));
    await fsp.writeFile(join(historyFolder('story'), 'notes.txt'), 'not a revision');

    const reopened = await openStore();
    expect(await reopened.list('story')).toEqual([good]);
    expect(await filesOf('story')).toHaveLength(4);

    const error = await errorOf(reopened.read('story', broken.revisionId));
    expect(error.code).toBe('unreadable');
    expect(error.message).toContain('damaged');
    expect(error.message).toContain(`${broken.revisionId}.json`);
    expect((await errorOf(reopened.read('story', foreign))).code).toBe('unreadable');

    advance(MINUTE);
    await reopened.record(article('story', 'after'), 'periodic');
    expect(await fsp.readFile(brokenPath, 'utf8')).toBe('{"format": "newsroom.revision", "revis');
  });

  it('says a missing version is no longer in the history', async () => {
    const store = await openStore();
    const error = await errorOf(store.read('story', '20261127T100000000Z-abcd'));
    expect(error.code).toBe('not-found');
    expect(error.message).toBe('This version is no longer in the history.');
  });

  it('migrates an article of an older format version on read', async () => {
    const store = await openStore();
    const revisionId = '20250101T120000000Z-old1';
    const v1 = {
      format: 'newsroom.article',
      schemaVersion: 1,
      id: 'story',
      createdAt: '2025-01-01T12:00:00.000Z',
      updatedAt: '2025-01-01T12:00:00.000Z',
      language: 'uk',
      status: 'draft',
      headline: 'Старий',
      standfirst: 'Лід',
      body: body('Текст статті'),
    };
    await fsp.mkdir(historyFolder('story'), { recursive: true });
    await fsp.writeFile(
      join(historyFolder('story'), `${revisionId}.json`),
      JSON.stringify({ format: 'newsroom.revision', revisionId, draftId: 'story', createdAt: '2025-01-01T12:00:00.000Z', reason: 'periodic', article: v1 }),
    );
    expect(await store.list('story')).toEqual([
      { revisionId, draftId: 'story', createdAt: '2025-01-01T12:00:00.000Z', reason: 'periodic', headline: 'Старий', status: 'draft', wordCount: 2 },
    ]);
    const read = await store.read('story', revisionId);
    expect(read).toMatchObject({ schemaVersion: 2, headline: 'Старий', byline: [], tags: [], background: [] });
  });

  it('rejects path-like ids without writing anything', async () => {
    const store = await openStore();
    await store.record(article('story', 'text'), 'periodic');
    await fsp.writeFile(join(dataDir, 'secret.json'), '{}');
    const before = await snapshot();

    const attempts: Array<() => Promise<unknown>> = [
      () => store.list('../story'),
      () => store.list('..'),
      () => store.read('story', '../../secret'),
      () => store.read('../history/story', '20261127T100000000Z-abcd'),
      () => store.read('story', '20261127T100000000Z-abcd/../../x'),
      () => store.removeDraft('..'),
      () => store.removeDraft('/tmp'),
      () => store.record({ ...article('story', 'x'), id: '../escape' }, 'periodic'),
      () => store.recordSave({ ...article('story', 'x'), id: 'A/B' }, null),
      () => store.record(article('story', 'x'), 'sneaky' as never),
    ];
    for (const attempt of attempts) expect((await errorOf(attempt())).code).toBe('invalid-input');
    expect(await snapshot()).toEqual(before);
  });

  it('removes the history of one draft only', async () => {
    const store = await openStore();
    await store.record(article('story', 'one'), 'periodic');
    const kept = await store.record(article('other', 'two'), 'periodic');
    await store.removeDraft('story');
    await store.removeDraft('never-had-history');

    expect(await store.list('story')).toEqual([]);
    expect(await store.list('other')).toEqual([kept]);
    expect(await fsp.readdir(join(dataDir, 'history'))).toEqual(['other']);

    const draft = article('story', 'one');
    expect(await store.recordSave(draft, draft)).toMatchObject({ reason: 'periodic' });
  });

  it('makes restoring undoable: the current text is kept before an older version is brought back', async () => {
    const store = await openStore();
    const a = article('story', 'first text of the story');
    const snapshotA = await store.record(a, 'periodic');
    advance(10 * MINUTE);
    const b = { ...a, headline: 'Rewritten', body: body('completely different words now') };
    await store.recordSave(b, a);

    const beforeRestore = await store.record(b, 'before-restore');
    const restored = await store.read('story', snapshotA.revisionId);
    expect(restored).toEqual(a);

    const history = await store.list('story');
    expect(history[0]).toEqual(beforeRestore);
    expect(history[0]).toMatchObject({ reason: 'before-restore', headline: 'Rewritten' });
    expect(history.at(-1)).toEqual(snapshotA);
    expect(await store.read('story', beforeRestore.revisionId)).toEqual(b);
  });

  it('keeps taking periodic snapshots after the clock was set back', async () => {
    const store = await openStore({ periodicMs: 5 * MINUTE });
    const draft = article('story', 'text');
    await store.record(draft, 'periodic');
    advance(-60 * MINUTE);
    const reopened = await openStore({ periodicMs: 5 * MINUTE });
    expect(await reopened.recordSave(draft, draft)).toMatchObject({ reason: 'periodic' });
    advance(MINUTE);
    expect(await reopened.recordSave(draft, draft)).toBeNull();
    advance(5 * MINUTE);
    expect(await reopened.recordSave(draft, draft)).toMatchObject({ reason: 'periodic' });
    const names = await filesOf('story');
    expect(names).toEqual([...names].sort());
    expect(await reopened.list('story')).toHaveLength(3);
  });

  it('reports a full disk as a plain io error and keeps no half snapshot', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const store = await openStore({ writeFile: async () => Promise.reject(full) });
    const error = await errorOf(store.record(article('story', 'text'), 'export'));
    expect(error.code).toBe('io');
    expect(error.message).toBe('The disk is full, so this version could not be kept in the history. Free some space and try again.');
    expect(await store.list('story')).toEqual([]);
  });
});
