import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, type Article, type ArticleContent, type BodyNode } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
import { DraftStore, type DraftStoreOptions } from '../../electron/services/draftStore';
import { writeFileAtomic, type AtomicFs } from '../../electron/services/writeFileAtomic';
import { errorOf } from './errorOf';
import { folderSnapshot } from './folderSnapshot';

let dataDir: string;
let time: number;
let ids: number;

beforeEach(async () => {
  dataDir = await fsp.mkdtemp(join(tmpdir(), 'newsroom-store-'));
  time = Date.parse('2026-11-27T10:00:00.000Z');
  ids = 0;
});

afterEach(async () => {
  await fsp.rm(dataDir, { recursive: true, force: true });
});

/** Each call is one minute later than the last. */
function clock(): Date {
  time += 60_000;
  return new Date(time);
}

function sequentialId(): string {
  ids += 1;
  return `draft-${ids}`;
}

function openStore(extra: Partial<DraftStoreOptions> = {}) {
  return DraftStore.open({ dataDir, now: clock, newId: sequentialId, ...extra });
}

function body(...paragraphs: string[]): BodyNode {
  return {
    type: 'doc',
    content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  };
}

function contentOf(article: Article, patch: Partial<ArticleContent> = {}): ArticleContent {
  const { format: _format, schemaVersion: _version, createdAt: _created, updatedAt: _updated, ...content } = article;
  return { ...content, ...patch };
}

function draftFile(id: string): string {
  return join(dataDir, 'drafts', `${id}.json`);
}

/** The fields of a delta save beside the body, as the editor sends them. */
function head(article: ArticleContent): string {
  const { body: _body, ...rest } = article;
  return JSON.stringify(rest);
}

/** A paragraph as a delta save carries it. */
function block(text: string): string {
  return JSON.stringify({ type: 'paragraph', content: [{ type: 'text', text }] });
}

function journalFile(id: string): string {
  return join(dataDir, 'journal', `${id}.journal`);
}

async function exists(path: string): Promise<boolean> {
  return fsp.stat(path).then(
    () => true,
    () => false,
  );
}

/** Waits up to five seconds for `check` to hold. */
async function until(check: () => Promise<boolean>): Promise<void> {
  for (const started = Date.now(); !(await check()); ) {
    if (Date.now() - started > 5000) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function quarantined(fileName: string): string {
  return join(dataDir, 'quarantine', fileName);
}

const snapshot = () => folderSnapshot(dataDir);

describe('DraftStore', () => {
  it('creates the data folders and an empty list', async () => {
    const store = await openStore();
    expect(await store.list()).toEqual({ drafts: [], problems: [], complete: true });
    expect((await fsp.stat(join(dataDir, 'drafts'))).isDirectory()).toBe(true);
    expect((await fsp.stat(join(dataDir, 'trash'))).isDirectory()).toBe(true);
  });

  it('saves drafts to disk so a new store instance reads them back', async () => {
    const store = await openStore();
    const created = await store.create();
    expect(created.id).toBe('draft-1');
    expect(JSON.parse(await fsp.readFile(draftFile('draft-1'), 'utf8'))).toEqual(created);

    const result = await store.save(
      contentOf(created, { headline: 'Київ: «Новини» зв’язку', standfirst: 'Лід', body: body('Перше речення тут.', 'Друге') }),
    );
    expect(result.updatedAt).toBe('2026-11-27T10:02:00.000Z');
    expect(result.summary).toEqual({
      id: 'draft-1',
      headline: 'Київ: «Новини» зв’язку',
      status: 'draft',
      language: 'uk',
      updatedAt: '2026-11-27T10:02:00.000Z',
      wordCount: 4,
      readOnly: false,
    });
    expect(result.conflict).toBeNull();

    const reopened = await openStore();
    expect(await reopened.list()).toEqual({ drafts: [result.summary], problems: [], complete: true });
    const article = await reopened.open('draft-1');
    expect(article).toMatchObject({
      id: 'draft-1',
      createdAt: created.createdAt,
      updatedAt: '2026-11-27T10:02:00.000Z',
      headline: 'Київ: «Новини» зв’язку',
      standfirst: 'Лід',
      body: body('Перше речення тут.', 'Друге'),
    });
    expect(JSON.parse(await fsp.readFile(draftFile('draft-1'), 'utf8'))).toEqual(article);
  });

  it('lists the most recently updated draft first', async () => {
    const store = await openStore();
    const a = await store.create();
    const b = await store.create();
    const c = await store.create();
    await store.save(contentOf(b, { headline: 'B' }));
    await store.save(contentOf(a, { headline: 'A' }));
    expect((await store.list()).drafts.map((draft) => draft.id)).toEqual([a.id, b.id, c.id]);
    expect((await (await openStore()).list()).drafts.map((draft) => draft.id)).toEqual([a.id, b.id, c.id]);
  });

  it('says a missing draft no longer exists, and saving it creates nothing', async () => {
    const store = await openStore();
    const opened = await errorOf(store.open('gone'));
    expect(opened.code).toBe('not-found');
    expect(opened.message).toMatch(/^This draft no longer exists\. It may have been deleted\./);
    const saved = await errorOf(store.save(contentOf(newArticle({ id: 'gone', now: new Date() }))));
    expect(saved.code).toBe('not-found');
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([]);
  });

  it('moves a deleted draft to the trash and restores it', async () => {
    const store = await openStore();
    const draft = await store.create();
    const { summary } = await store.save(contentOf(draft, { headline: 'To the trash and back' }));
    await store.delete(draft.id);
    const deletedAt = new Date(time).toISOString();

    expect((await store.list()).drafts).toEqual([]);
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([]);
    expect(await fsp.readFile(join(dataDir, 'trash', `${draft.id}.json`), 'utf8')).toContain('To the trash and back');
    expect(await store.listTrash()).toEqual([{ ...summary, deletedAt }]);
    expect(await (await openStore()).listTrash()).toEqual([{ ...summary, deletedAt }]);
    expect((await errorOf(store.open(draft.id))).code).toBe('not-found');

    expect(await store.restore(draft.id)).toEqual(summary);
    expect(await store.listTrash()).toEqual([]);
    expect((await store.list()).drafts).toEqual([summary]);
    expect((await store.open(draft.id)).headline).toBe('To the trash and back');
    expect((await errorOf(store.restore(draft.id))).code).toBe('not-found');
  });

  it('rebuilds the trash index from the files, with the deletion time', async () => {
    const store = await openStore();
    const draft = await store.create();
    await store.delete(draft.id);
    const deletedAt = new Date(time).toISOString();
    await fsp.rm(join(dataDir, 'trash', '_index.json'));
    const trashed = await (await openStore()).listTrash();
    expect(trashed.map((entry) => [entry.id, entry.deletedAt])).toEqual([[draft.id, deletedAt]]);
  });

  it('keeps both copies when a draft with the same id is deleted twice', async () => {
    const store = await openStore({ newId: () => 'same' });
    const first = await store.create();
    await store.save(contentOf(first, { headline: 'First' }));
    await store.delete('same');
    const second = { ...newArticle({ id: 'same', now: clock() }), headline: 'Second' };
    await fsp.writeFile(draftFile('same'), JSON.stringify(second));
    expect((await store.list()).drafts.map((draft) => draft.headline)).toEqual(['Second']);
    await store.delete('same');

    expect((await fsp.readdir(join(dataDir, 'trash'))).sort()).toEqual(['_index.json', 'same.1.json', 'same.json']);
    expect((await store.listTrash()).map((entry) => entry.headline)).toEqual(['Second', 'First']);

    expect((await store.restore('same')).headline).toBe('Second');
    const refused = await errorOf(store.restore('same'));
    expect(refused.code).toBe('invalid-input');
    expect(refused.message).toMatch(/already among your drafts/);
    expect((await store.listTrash()).map((entry) => entry.headline)).toEqual(['First']);
    expect((await store.open('same')).headline).toBe('Second');
  });

  it('moves a file that is not valid JSON to the quarantine, unchanged, and says so with the listing', async () => {
    const store = await openStore();
    const good = await store.create();
    const broken = '{"format": "newsroom.article", "headline": "half a file';
    await fsp.writeFile(draftFile('broken-1'), broken);
    const mtime = new Date('2026-01-02T03:04:05.000Z');
    await fsp.utimes(draftFile('broken-1'), mtime, mtime);

    const list = await store.list();
    expect(list.drafts.map((draft) => draft.id)).toEqual([good.id]);
    expect(list.problems).toEqual([
      {
        fileName: 'broken-1.json',
        message:
          'This file could not be read as a Newsroom draft (not valid JSON), so it was moved to the quarantine folder: quarantine/broken-1.json. Nothing in it was changed.',
        quarantinedAs: 'quarantine/broken-1.json',
        text: { key: 'quarantined', damage: { key: 'notJson' }, quarantinedAs: 'quarantine/broken-1.json' },
      },
    ]);
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([`${good.id}.json`]);
    expect(await fsp.readFile(quarantined('broken-1.json'), 'utf8')).toBe(broken);
    expect((await fsp.stat(quarantined('broken-1.json'))).mtime).toEqual(mtime);
    expect((await store.list()).problems).toEqual([]);
    expect((await (await openStore()).list()).problems).toEqual([]);
  });

  it('never overwrites a file already in the quarantine, and reports a move made while opening the store', async () => {
    await (await openStore()).create();
    await fsp.mkdir(join(dataDir, 'quarantine'));
    await fsp.writeFile(quarantined('same.json'), 'first');
    await fsp.writeFile(quarantined('same.1.json'), 'second');
    await fsp.writeFile(draftFile('same'), 'third');

    const store = await openStore();
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual(['draft-1.json']);
    const { drafts, problems } = await store.list();
    expect(drafts.map((draft) => draft.id)).toEqual(['draft-1']);
    expect(problems).toEqual([
      {
        fileName: 'same.json',
        message: expect.stringContaining('quarantine/same.2.json'),
        quarantinedAs: 'quarantine/same.2.json',
        text: { key: 'quarantined', damage: { key: 'notJson' }, quarantinedAs: 'quarantine/same.2.json' },
      },
    ]);
    expect(await fsp.readFile(quarantined('same.json'), 'utf8')).toBe('first');
    expect(await fsp.readFile(quarantined('same.1.json'), 'utf8')).toBe('second');
    expect(await fsp.readFile(quarantined('same.2.json'), 'utf8')).toBe('third');
  });

  it('refuses to save over a damaged file, and moves it to the quarantine when it is opened', async () => {
    const store = await openStore();
    await store.list();
    const broken = '{"format": "newsroom.article", "headline": "half a file';
    await fsp.writeFile(draftFile('broken-1'), broken);

    const saved = await errorOf(store.save(contentOf(newArticle({ id: 'broken-1', now: new Date() }), { headline: 'Over it' })));
    expect(saved.code).toBe('unreadable');
    expect(saved.message).toMatch(/damaged.*left as it is/);
    expect(await fsp.readFile(draftFile('broken-1'), 'utf8')).toBe(broken);

    const opened = await errorOf(store.open('broken-1'));
    expect(opened.code).toBe('unreadable');
    expect(opened.message).toBe(
      'The draft file broken-1.json could not be read as a Newsroom draft (not valid JSON), so it was moved to the quarantine folder: quarantine/broken-1.json. Nothing in it was changed.',
    );
    expect(opened.text).toEqual({ key: 'quarantined', damage: { key: 'notJson' }, quarantinedAs: 'quarantine/broken-1.json', fileName: 'broken-1.json' });
    expect(await fsp.readFile(quarantined('broken-1.json'), 'utf8')).toBe(broken);
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([]);
    expect((await store.list()).problems.map((problem) => problem.quarantinedAs)).toEqual(['quarantine/broken-1.json']);
    expect((await errorOf(store.open('broken-1'))).code).toBe('not-found');
  });

  it('moves a file that is JSON but not a valid article, or holds another id, to the quarantine', async () => {
    const store = await openStore();
    const badStatus = JSON.stringify({ ...newArticle({ id: 'bad-status', now: new Date() }), status: 'printed' });
    const renamed = JSON.stringify(newArticle({ id: 'original', now: new Date() }));
    await fsp.writeFile(draftFile('bad-status'), badStatus);
    await fsp.writeFile(draftFile('renamed'), renamed);
    await fsp.writeFile(draftFile('list'), '[1, 2]');
    await fsp.writeFile(draftFile('other-app'), '{"format": "something-else"}');
    await fsp.writeFile(join(dataDir, 'drafts', 'notes.txt'), 'not a draft');
    const { drafts, problems } = await store.list();
    expect(drafts).toEqual([]);
    expect(problems).toEqual([
      {
        fileName: 'bad-status.json',
        message: expect.stringMatching(/^This file could not be read as a Newsroom draft \(it is damaged: status: .*\), so it was moved to the quarantine folder: quarantine\/bad-status\.json\. Nothing in it was changed\.$/),
        quarantinedAs: 'quarantine/bad-status.json',
        text: { key: 'quarantined', damage: { key: 'damaged', params: { issues: expect.stringMatching(/^status: /) } }, quarantinedAs: 'quarantine/bad-status.json' },
      },
      {
        fileName: 'list.json',
        message: expect.stringMatching(/\(it holds no article object\)/),
        quarantinedAs: 'quarantine/list.json',
        text: { key: 'quarantined', damage: { key: 'noArticleObject' }, quarantinedAs: 'quarantine/list.json' },
      },
      {
        fileName: 'other-app.json',
        message: expect.stringMatching(/\(its format is not "newsroom\.article"\)/),
        quarantinedAs: 'quarantine/other-app.json',
        text: { key: 'quarantined', damage: { key: 'notArticleFormat', params: { format: 'newsroom.article' } }, quarantinedAs: 'quarantine/other-app.json' },
      },
      {
        fileName: 'renamed.json',
        message:
          'This file could not be read as a Newsroom draft (its file name does not match the draft id inside it ("original")), so it was moved to the quarantine folder: quarantine/renamed.json. Nothing in it was changed. To use it, put it back in the drafts folder as original.json.',
        quarantinedAs: 'quarantine/renamed.json',
        text: { key: 'quarantined', damage: { key: 'idMismatch', params: { id: 'original' } }, quarantinedAs: 'quarantine/renamed.json' },
      },
    ]);
    expect(await fsp.readFile(quarantined('bad-status.json'), 'utf8')).toBe(badStatus);
    expect(await fsp.readFile(quarantined('renamed.json'), 'utf8')).toBe(renamed);
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual(['notes.txt']);
  });

  it('leaves a file that cannot be read at all where it is, and still lists the others', async () => {
    const store = await openStore();
    const good = await store.create();
    await fsp.symlink('loop.json', draftFile('loop'));
    for (const fresh of [store, await openStore()]) {
      const { drafts, problems } = await fresh.list();
      expect(drafts.map((draft) => draft.id)).toEqual([good.id]);
      expect(problems).toEqual([
        {
          fileName: 'loop.json',
          message: 'The disk reported an error (ELOOP), so this file could not be read. It was left where it is.',
          quarantinedAs: null,
          text: { key: 'unreadableFile', reason: 'other', dataDir: draftFile('loop'), code: 'ELOOP' },
        },
      ]);
    }
    expect((await fsp.lstat(draftFile('loop'))).isSymbolicLink()).toBe(true);
  });

  // Root (as in CI) and Windows read a file whatever its permission bits, so no unreadable file can be made there.
  const canDenyReading = process.platform !== 'win32' && process.getuid?.() !== 0;
  if (!canDenyReading) {
    console.log('skipped: "leaves a file it may not read where it is": running as root or on Windows, where a file cannot be made unreadable; run the tests as an ordinary user to cover it');
  }
  it.skipIf(!canDenyReading)('leaves a file it may not read where it is', async () => {
    const store = await openStore();
    await fsp.writeFile(draftFile('private'), '{}');
    await fsp.chmod(draftFile('private'), 0o000);
    expect((await store.list()).problems).toEqual([
      {
        fileName: 'private.json',
        message: expect.stringMatching(/not allowed.*could not be read\. It was left where it is\./),
        quarantinedAs: null,
        text: expect.objectContaining({ key: 'unreadableFile', reason: 'forbidden', code: 'EACCES' }),
      },
    ]);
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual(['private.json']);
  });

  it('lists a draft from a newer Newsroom as read-only, and never moves or rewrites it', async () => {
    const store = await openStore();
    const future = JSON.stringify({
      ...newArticle({ id: 'future', now: new Date('2026-11-01T08:00:00.000Z') }),
      schemaVersion: ARTICLE_SCHEMA_VERSION + 1,
      status: 'review',
      headline: 'From a newer Newsroom',
      extra: 1,
    });
    await fsp.writeFile(draftFile('future'), future);

    const expected = {
      id: 'future',
      headline: 'From a newer Newsroom',
      status: 'review',
      language: 'uk',
      updatedAt: '2026-11-01T08:00:00.000Z',
      wordCount: 0,
      readOnly: true,
    };
    expect(await store.list()).toEqual({ drafts: [expected], problems: [], complete: true });
    expect(await (await openStore()).list()).toEqual({ drafts: [expected], problems: [], complete: true });
    const opened = await errorOf(store.open('future'));
    expect(opened.code).toBe('future-version');
    expect(opened.message).toMatch(/newer version of Newsroom/);
    for (const baseUpdatedAt of [null, '2020-01-01T00:00:00.000Z']) {
      const saved = await errorOf(store.save(contentOf(newArticle({ id: 'future', now: new Date() })), { baseUpdatedAt }));
      expect(saved.code).toBe('future-version');
      expect(saved.message).toMatch(/left as it is/);
    }
    expect(await fsp.readFile(draftFile('future'), 'utf8')).toBe(future);
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual(['future.json']);
    expect(await fsp.readdir(dataDir)).not.toContain('quarantine');
  });

  it('lists what it can of a newer draft whose fields it does not know', async () => {
    const store = await openStore();
    const future = JSON.stringify({ format: 'newsroom.article', schemaVersion: ARTICLE_SCHEMA_VERSION + 5, headline: 7, status: 'printed', updatedAt: 'yesterday' });
    await fsp.writeFile(draftFile('strange'), future);
    const mtime = new Date('2026-03-04T05:06:07.000Z');
    await fsp.utimes(draftFile('strange'), mtime, mtime);
    expect((await store.list()).drafts).toEqual([
      { id: 'strange', headline: '', status: 'draft', language: 'uk', updatedAt: mtime.toISOString(), wordCount: 0, readOnly: true },
    ]);
    expect(await fsp.readFile(draftFile('strange'), 'utf8')).toBe(future);
  });

  it('imports an article exactly, and gives it a new id when the id is taken', async () => {
    const store = await openStore();
    const imported = {
      ...newArticle({ id: 'from-elsewhere', now: new Date('2025-01-02T03:04:05.000+02:00') }),
      updatedAt: '2025-02-03T04:05:06.000+02:00',
      status: 'review' as const,
      headline: 'Imported',
      body: body('one two three'),
    };
    const fresh = await store.importArticle(imported);
    expect(fresh).toEqual({ article: imported, replacedId: null });
    expect(JSON.parse(await fsp.readFile(draftFile('from-elsewhere'), 'utf8'))).toEqual(imported);

    const again = await store.importArticle({ ...imported, headline: 'Imported again' });
    expect(again.replacedId).toBe('from-elsewhere');
    expect(again.article).toEqual({ ...imported, headline: 'Imported again', id: again.article.id });
    expect(again.article.id).not.toBe('from-elsewhere');
    expect((await store.open('from-elsewhere')).headline).toBe('Imported');
    expect(await store.open(again.article.id)).toEqual(again.article);

    await store.delete('from-elsewhere');
    const third = await store.importArticle(imported);
    expect(third.replacedId).toBe('from-elsewhere');
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toHaveLength(2);
    expect(await store.listTrash()).toHaveLength(1);
  });

  it('rebuilds the index when it is missing or damaged', async () => {
    const store = await openStore();
    const draft = await store.create();
    await store.save(contentOf(draft, { headline: 'Indexed' }));
    await store.flushDraftIndex();
    await fsp.rm(join(dataDir, 'index.json'));
    const rebuilt = await openStore();
    expect((await rebuilt.list()).drafts.map((entry) => entry.headline)).toEqual(['Indexed']);
    await rebuilt.flushDraftIndex();
    expect(JSON.parse(await fsp.readFile(join(dataDir, 'index.json'), 'utf8'))).toMatchObject({ version: 1 });

    await fsp.writeFile(join(dataDir, 'index.json'), '{"version": 1, "files": {"x.json": 12');
    expect((await (await openStore()).list()).drafts.map((entry) => entry.headline)).toEqual(['Indexed']);
  });

  it('writes the index once saves stop, and now and then while they go on', async () => {
    const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
    let indexWrites = 0;
    const store = await openStore({
      indexWrite: { quietMs: 150, maxWaitMs: 400 },
      writeFile: (path, data) => ((indexWrites += basename(path) === 'index.json' ? 1 : 0), writeFileAtomic(path, data)),
    });
    const draft = await store.create();
    await sleep(300);
    indexWrites = 0;
    let saves = 0;
    for (const started = Date.now(); Date.now() - started < 1200; await sleep(40)) {
      await store.save(contentOf(draft, { headline: `Take ${saves}` }));
      saves += 1;
    }
    const whileSaving = indexWrites;
    // Saves came every 40 ms, never a quiet 150 ms: only the longest wait (400 ms) wrote it.
    expect(whileSaving).toBeGreaterThanOrEqual(1);
    expect(whileSaving).toBeLessThanOrEqual(4);
    expect(saves).toBeGreaterThan(12);
    await sleep(500);
    expect(indexWrites).toBeGreaterThanOrEqual(whileSaving + 1);
    expect(indexWrites).toBeLessThanOrEqual(whileSaving + 2);
    const index = JSON.parse(await fsp.readFile(join(dataDir, 'recent.json'), 'utf8'));
    expect(index.drafts.map((entry: { headline: string }) => entry.headline)).toEqual([`Take ${saves - 1}`]);
    await store.close();
  });

  it('writes the index once after a burst of saves, not on every save, and at once on close', async () => {
    const writes: string[] = [];
    const store = await openStore({ writeFile: (path, data) => (writes.push(basename(path)), writeFileAtomic(path, data)) });
    const draft = await store.create();
    for (let n = 0; n < 20; n += 1) await store.save(contentOf(draft, { headline: `Take ${n}` }));
    expect(writes.filter((name) => name === 'index.json')).toEqual([]);
    await store.close();
    expect(writes.filter((name) => name === 'index.json' || name === 'recent.json')).toEqual(['index.json', 'recent.json']);
    const index = JSON.parse(await fsp.readFile(join(dataDir, 'recent.json'), 'utf8'));
    expect(index.drafts.map((entry: { headline: string }) => entry.headline)).toEqual(['Take 19']);
  });

  it('notices a draft file changed, added or removed behind its back', async () => {
    const store = await openStore();
    const draft = await store.create();
    await store.save(contentOf(draft, { headline: 'Before' }));
    await store.list();

    const onDisk = JSON.parse(await fsp.readFile(draftFile(draft.id), 'utf8'));
    await fsp.writeFile(draftFile(draft.id), JSON.stringify({ ...onDisk, headline: 'Edited in a text editor' }));
    await fsp.writeFile(draftFile('dropped-in'), JSON.stringify({ ...newArticle({ id: 'dropped-in', now: new Date() }), headline: 'Copied in' }));
    expect((await store.list()).drafts.map((entry) => entry.headline).sort()).toEqual(['Copied in', 'Edited in a text editor']);

    await fsp.rm(draftFile('dropped-in'));
    expect((await store.list()).drafts.map((entry) => entry.headline)).toEqual(['Edited in a text editor']);
    expect((await (await openStore()).list()).drafts.map((entry) => entry.headline)).toEqual(['Edited in a text editor']);
  });

  it('lists 200 drafts from the index without reading the draft files', async () => {
    const store = await openStore();
    for (let n = 0; n < 200; n += 1) {
      const draft = await store.create();
      await store.save(contentOf(draft, { headline: `Headline ${n}` }));
    }
    // A whole-second mtime can be restored exactly after the file is overwritten.
    const target = draftFile('draft-7');
    const mtime = new Date('2026-01-01T00:00:00.000Z');
    await fsp.utimes(target, mtime, mtime);
    await store.flushDraftIndex();
    const reader = await openStore();
    expect((await reader.list()).drafts).toHaveLength(200);
    await reader.flushDraftIndex();

    const { size } = await fsp.stat(target);
    await fsp.writeFile(target, 'x'.repeat(size));
    await fsp.utimes(target, mtime, mtime);

    for (const fresh of [reader, await openStore()]) {
      const list = await fresh.list();
      expect(list.problems).toEqual([]);
      expect(list.drafts).toHaveLength(200);
      expect(list.drafts.find((entry) => entry.id === 'draft-7')?.headline).toBe('Headline 6');
      expect(list.drafts[0]?.headline).toBe('Headline 199');
    }
  });

  it.each([
    '../../etc/passwd',
    '..\\x',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'a\0b',
    '..',
    '.',
    '',
    'UPPER',
    'draft-1/../../x',
  ])('refuses the id %j and touches nothing', async (id) => {
    const store = await openStore();
    const draft = await store.create();
    await store.delete(draft.id);
    await store.create();
    const before = await snapshot();
    const valid = contentOf(newArticle({ id: 'ok', now: new Date() }));
    const attempts = [
      store.open(id),
      store.delete(id),
      store.restore(id),
      store.save({ ...valid, id }),
      store.importArticle({ ...newArticle({ id: 'ok', now: new Date() }), id }),
    ];
    for (const attempt of attempts) expect((await errorOf(attempt)).code).toBe('invalid-input');
    expect(await snapshot()).toEqual(before);
  });

  it('turns a full disk into a plain message and keeps the saved draft intact', async () => {
    let diskFull = false;
    const fullDisk: AtomicFs = {
      open: async (path, flags) => {
        const handle = await fsp.open(path, flags);
        if (!diskFull || flags !== 'wx') return handle;
        return {
          writeFile: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
          writev: async () => {
            throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
      rename: (from, to) => fsp.rename(from, to),
      rm: (path, options) => fsp.rm(path, options),
    };
    const store = await openStore({ writeFile: (path, data) => writeFileAtomic(path, data, fullDisk) });
    const draft = await store.create();
    await store.save(contentOf(draft, { headline: 'Safe on disk' }));
    const before = await fsp.readFile(draftFile(draft.id), 'utf8');

    diskFull = true;
    const error = await errorOf(store.save(contentOf(draft, { headline: 'Not written' })));
    expect(error.code).toBe('io');
    expect(error.message).toBe(
      'The disk is full, so the draft could not be saved. Your text is still in the editor; free some space and it will save.',
    );
    expect((error.cause as NodeJS.ErrnoException).code).toBe('ENOSPC');
    expect(await fsp.readFile(draftFile(draft.id), 'utf8')).toBe(before);
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([`${draft.id}.json`]);
    expect((await store.list()).drafts.map((entry) => entry.headline)).toEqual(['Safe on disk']);

    diskFull = false;
    await store.save(contentOf(draft, { headline: 'Written after all' }));
    expect((await (await openStore()).open(draft.id)).headline).toBe('Written after all');
  });

  it('ignores temp files and removes those a crash left more than a minute ago', async () => {
    const store = await openStore();
    await store.create();
    const drafts = join(dataDir, 'drafts');
    const old = join(drafts, '.draft-1.json.0123456789ab.tmp');
    const recent = join(drafts, '.draft-1.json.ba9876543210.tmp');
    await fsp.writeFile(old, '{"half":');
    await fsp.writeFile(recent, '{"half":');
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await fsp.utimes(old, longAgo, longAgo);

    expect(await store.list()).toEqual({ drafts: [expect.objectContaining({ id: 'draft-1' })], problems: [], complete: true });
    await openStore();
    expect((await fsp.readdir(drafts)).sort()).toEqual(['.draft-1.json.ba9876543210.tmp', 'draft-1.json']);
  });

  it('notices a change on disk between two of its own saves, even one that keeps the file the same size', async () => {
    const store = await openStore();
    const created = await store.create();
    const first = await store.save(contentOf(created, { headline: 'Mine, first' }), { baseUpdatedAt: created.updatedAt });
    const onDisk = await fsp.readFile(draftFile(created.id), 'utf8');
    const theirs = onDisk.replace('Mine, first', 'Their take!').replace(first.updatedAt, first.updatedAt.replace(/\d(?=\.\d{3}Z$)/, (d) => String((Number(d) + 1) % 10)));
    expect(theirs).toHaveLength(onDisk.length);
    expect(theirs).not.toBe(onDisk);
    await fsp.writeFile(draftFile(created.id), theirs);

    const second = await store.save(contentOf(created, { headline: 'Mine, second' }), { baseUpdatedAt: first.updatedAt });
    expect(second.conflict?.keptAs).toMatchObject({ headline: 'Their take!' });
    expect((await store.open(created.id)).headline).toBe('Mine, second');
  });

  describe('a save of the changed blocks only', () => {
    it('writes, once saves pause, what a whole save would write', async () => {
      const store = await openStore({ journal: { quietMs: 50 } });
      const created = await store.create();
      const first = await store.save(contentOf(created, { body: body('One', 'Two', 'Three') }), { baseUpdatedAt: created.updatedAt });
      const edited = contentOf(created, { headline: 'With a delta', body: body('One', 'Two, longer', 'Three') });
      const second = await store.saveDelta(head(edited), [{ start: 1, deleteCount: 1, insert: [block('Two, longer')] }], { baseUpdatedAt: first.updatedAt });
      expect(second.conflict).toBeNull();
      await until(async () => !(await exists(journalFile(created.id))));
      const onDisk = JSON.parse(await fsp.readFile(draftFile(created.id), 'utf8'));
      expect(onDisk).toMatchObject({ headline: 'With a delta', body: body('One', 'Two, longer', 'Three'), updatedAt: second.updatedAt });
      expect(await store.open(created.id)).toEqual(onDisk);
      // The same edit saved whole, at the same time, in another folder: the same bytes.
      const otherDir = await fsp.mkdtemp(join(tmpdir(), 'newsroom-whole-'));
      try {
        const whole = await DraftStore.open({ dataDir: otherDir, now: () => new Date(second.updatedAt), journal: false });
        await whole.create(() => created);
        await whole.save(edited, { baseUpdatedAt: created.updatedAt });
        await whole.close();
        expect(await fsp.readFile(draftFile(created.id), 'utf8')).toBe(await fsp.readFile(join(otherDir, 'drafts', `${created.id}.json`), 'utf8'));
      } finally {
        await fsp.rm(otherDir, { recursive: true, force: true });
      }
    });

    it('applies several runs, each counted in the version it is based on', async () => {
      const store = await openStore();
      const created = await store.create();
      const first = await store.save(contentOf(created, { body: body('One', 'Two', 'Three', 'Four', 'Five') }), { baseUpdatedAt: created.updatedAt });
      const edited = contentOf(created, { body: body('One, fixed', 'Two', 'Three', 'Four', 'Five, longer', 'Six') });
      const runs = [
        { start: 0, deleteCount: 1, insert: [block('One, fixed')] },
        { start: 2, deleteCount: 2, insert: [block('Three'), block('Four')] },
        { start: 4, deleteCount: 1, insert: [block('Five, longer'), block('Six')] },
      ];
      const second = await store.saveDelta(head(edited), runs, { baseUpdatedAt: first.updatedAt });
      expect(await store.open(created.id)).toMatchObject({ body: body('One, fixed', 'Two', 'Three', 'Four', 'Five, longer', 'Six'), updatedAt: second.updatedAt });
      await store.close();
      const onDisk = JSON.parse(await fsp.readFile(draftFile(created.id), 'utf8'));
      expect(onDisk).toMatchObject({ body: body('One, fixed', 'Two', 'Three', 'Four', 'Five, longer', 'Six'), updatedAt: second.updatedAt });
    });

    it('refuses runs out of order or overlapping, and writes nothing', async () => {
      const store = await openStore();
      const created = await store.create();
      const first = await store.save(contentOf(created, { body: body('One', 'Two', 'Three') }), { baseUpdatedAt: created.updatedAt });
      const before = await fsp.readFile(draftFile(created.id), 'utf8');
      const content = contentOf(created, { body: body('Uno', 'Dos', 'Three') });
      const swapped = [
        { start: 1, deleteCount: 1, insert: [block('Dos')] },
        { start: 0, deleteCount: 1, insert: [block('Uno')] },
      ];
      const overlapping = [
        { start: 0, deleteCount: 2, insert: [block('Uno')] },
        { start: 1, deleteCount: 1, insert: [block('Dos')] },
      ];
      expect(await errorOf(store.saveDelta(head(content), swapped, { baseUpdatedAt: first.updatedAt }))).toMatchObject({ code: 'invalid-input' });
      expect(await errorOf(store.saveDelta(head(content), overlapping, { baseUpdatedAt: first.updatedAt }))).toMatchObject({ code: 'invalid-input' });
      expect(await fsp.readFile(draftFile(created.id), 'utf8')).toBe(before);
    });

    it('is refused as stale when the store does not hold the version it is based on, and writes nothing', async () => {
      const store = await openStore();
      const created = await store.create();
      const first = await store.save(contentOf(created, { body: body('One', 'Two') }), { baseUpdatedAt: created.updatedAt });
      const content = contentOf(created, { body: body('One') });
      const delta = [{ start: 1, deleteCount: 1, insert: [] }];
      const before = await fsp.readFile(draftFile(created.id), 'utf8');

      expect(await errorOf(store.saveDelta(head(content), delta, { baseUpdatedAt: created.updatedAt }))).toMatchObject({ code: 'stale' });
      expect(await errorOf(store.saveDelta(head(content), [{ start: 2, deleteCount: 1, insert: [] }], { baseUpdatedAt: first.updatedAt }))).toMatchObject({ code: 'stale' });
      expect(await errorOf((await openStore()).saveDelta(head(content), delta, { baseUpdatedAt: first.updatedAt }))).toMatchObject({ code: 'stale' });
      await fsp.writeFile(draftFile(created.id), before.replace('"One"', '"Uno"'));
      expect(await errorOf(store.saveDelta(head(content), delta, { baseUpdatedAt: first.updatedAt }))).toMatchObject({ code: 'stale' });
      expect(await fsp.readFile(draftFile(created.id), 'utf8')).toBe(before.replace('"One"', '"Uno"'));
    });

    it('gives each save the word count of the whole draft, as a whole save would', async () => {
      const store = await openStore();
      const created = await store.create();
      const texts = ['One two', 'Three four five', 'Six', 'Seven eight'];
      let saved = await store.save(contentOf(created, { body: body(...texts) }), { baseUpdatedAt: created.updatedAt });
      expect(saved.summary.wordCount).toBe(8);
      const steps: { runs: { start: number; deleteCount: number; insert: string[] }[]; headline?: string; background?: Article['background'] }[] = [
        { runs: [{ start: 3, deleteCount: 1, insert: ['Seven eight nine'] }] },
        { runs: [{ start: 0, deleteCount: 2, insert: [] }] },
        { runs: [{ start: 0, deleteCount: 0, insert: ['Zero', 'Half a word'] }, { start: 1, deleteCount: 1, insert: ['Six and more'] }] },
        { runs: [{ start: 2, deleteCount: 0, insert: ['Ten'] }], background: [{ id: 'bg1', title: 'Earlier events', body: body('Four more words here') }] },
        { runs: [{ start: 4, deleteCount: 1, insert: [] }], headline: 'A headline is not counted', background: [] },
      ];
      let current = texts;
      let content = contentOf(created, { body: body(...current) });
      for (const step of steps) {
        const next: string[] = [];
        let at = 0;
        for (const run of step.runs) {
          next.push(...current.slice(at, run.start), ...run.insert);
          at = run.start + run.deleteCount;
        }
        next.push(...current.slice(at));
        current = next;
        content = { ...content, headline: step.headline ?? content.headline, background: step.background ?? content.background, body: body(...current) };
        const runs = step.runs.map((run) => ({ ...run, insert: run.insert.map(block) }));
        saved = await store.saveDelta(head(content), runs, { baseUpdatedAt: saved.updatedAt });
        const words = [...current, ...content.background.flatMap((section) => [section.title, ...(section.body.content ?? []).map((node) => node.content?.[0]?.text ?? '')])]
          .join(' ')
          .split(/\s+/)
          .filter(Boolean).length;
        expect(saved.summary.wordCount).toBe(words);
        expect((await store.list()).drafts.find((draft) => draft.id === created.id)?.wordCount).toBe(words);
      }
    });

    it('checks a head again whenever its text changes, and takes a head sent again as it was', async () => {
      const store = await openStore();
      const created = await store.create();
      let saved = await store.save(contentOf(created, { body: body('One', 'Two') }), { baseUpdatedAt: created.updatedAt });
      const content = contentOf(created, { headline: 'First headline', body: body('One', 'Two') });
      saved = await store.saveDelta(head(content), [{ start: 1, deleteCount: 1, insert: [block('Two')] }], { baseUpdatedAt: saved.updatedAt });
      const broken = JSON.stringify({ ...JSON.parse(head(content)), status: 'printed' });
      expect(await errorOf(store.saveDelta(broken, [{ start: 1, deleteCount: 1, insert: [block('Two')] }], { baseUpdatedAt: saved.updatedAt }))).toMatchObject({ code: 'invalid-input' });
      saved = await store.saveDelta(head(content), [{ start: 1, deleteCount: 1, insert: [block('Two!')] }], { baseUpdatedAt: saved.updatedAt });
      expect(saved.summary.headline).toBe('First headline');
      const renamed = { ...content, headline: 'Second headline' };
      saved = await store.saveDelta(head(renamed), [{ start: 0, deleteCount: 1, insert: [block('Uno')] }], { baseUpdatedAt: saved.updatedAt });
      expect(await store.open(created.id)).toMatchObject({ headline: 'Second headline', status: content.status, body: body('Uno', 'Two!') });
      expect(await errorOf(store.saveDelta(broken, [{ start: 0, deleteCount: 1, insert: [block('Uno')] }], { baseUpdatedAt: saved.updatedAt }))).toMatchObject({ code: 'invalid-input' });
      expect((await store.open(created.id)).headline).toBe('Second headline');
    });

    it('checks the blocks it is given like any save', async () => {
      const store = await openStore();
      const created = await store.create();
      const first = await store.save(contentOf(created, { body: body('One') }), { baseUpdatedAt: created.updatedAt });
      const before = await fsp.readFile(draftFile(created.id), 'utf8');
      const content = contentOf(created);
      expect(await errorOf(store.saveDelta(head(content), [{ start: 0, deleteCount: 1, insert: ['{"type":"paragraph","content":"not a list"}'] }], { baseUpdatedAt: first.updatedAt }))).toMatchObject({ code: 'invalid-input' });
      expect(await errorOf(store.saveDelta(head(content), [{ start: 0, deleteCount: 1, insert: ['{"type":'] }], { baseUpdatedAt: first.updatedAt }))).toMatchObject({ code: 'invalid-input' });
      expect(await fsp.readFile(draftFile(created.id), 'utf8')).toBe(before);
    });
  });

  describe('the journal of delta saves', () => {
    /** A store whose journal is never written whole in the background, as one a crash is about to stop. */
    const openCrashing = () => openStore({ lock: false, journal: { quietMs: 1e9 } });
    /** A draft saved whole with `paragraphs`, then by delta with each edit in turn (a paragraph replaced). */
    async function draftWithDeltas(store: DraftStore, paragraphs: string[], edits: [number, string][]) {
      const created = await store.create();
      let saved = await store.save(contentOf(created, { headline: 'Base', body: body(...paragraphs) }), { baseUpdatedAt: created.updatedAt });
      const text = [...paragraphs];
      const versions = [saved.updatedAt];
      for (const [index, replacement] of edits) {
        text[index] = replacement;
        const content = contentOf(created, { headline: `Edit ${versions.length}`, body: body(...text) });
        saved = await store.saveDelta(head(content), [{ start: index, deleteCount: 1, insert: [block(replacement)] }], { baseUpdatedAt: saved.updatedAt });
        versions.push(saved.updatedAt);
      }
      return { id: created.id, created, text, versions };
    }

    it('leaves the file as it was until saves pause, and answers with the new version meanwhile', async () => {
      const store = await openStore({ journal: { quietMs: 300 } });
      const created = await store.create();
      const first = await store.save(contentOf(created, { body: body('One', 'Two') }), { baseUpdatedAt: created.updatedAt });
      const before = await fsp.readFile(draftFile(created.id), 'utf8');
      const edited = contentOf(created, { headline: 'Longer now', body: body('One', 'Two three four') });
      const second = await store.saveDelta(head(edited), [{ start: 1, deleteCount: 1, insert: [block('Two three four')] }], { baseUpdatedAt: first.updatedAt });

      expect(await fsp.readFile(draftFile(created.id), 'utf8')).toBe(before);
      expect(await exists(journalFile(created.id))).toBe(true);
      expect(await store.open(created.id)).toMatchObject({ headline: 'Longer now', body: body('One', 'Two three four'), updatedAt: second.updatedAt });
      expect((await store.list()).drafts).toEqual([expect.objectContaining({ id: created.id, headline: 'Longer now', wordCount: 4 })]);
      expect(second.summary).toMatchObject({ headline: 'Longer now', wordCount: 4, updatedAt: second.updatedAt });

      await until(async () => !(await exists(journalFile(created.id))));
      expect(JSON.parse(await fsp.readFile(draftFile(created.id), 'utf8'))).toMatchObject({ headline: 'Longer now', updatedAt: second.updatedAt });
      expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([`${created.id}.json`]);
      expect(await fsp.readdir(join(dataDir, 'journal'))).toEqual([]);
    });

    it('is applied by the next start after a crash, and removed', async () => {
      const { id, text, versions } = await draftWithDeltas(await openCrashing(), ['One', 'Two', 'Three'], [[0, 'Uno'], [2, 'Tres'], [0, 'Eins']]);
      expect(await exists(journalFile(id))).toBe(true);

      const reopened = await openStore();
      expect(JSON.parse(await fsp.readFile(draftFile(id), 'utf8'))).toMatchObject({ headline: 'Edit 3', body: body(...text), updatedAt: versions[3] });
      expect(await exists(journalFile(id))).toBe(false);
      const list = await reopened.list();
      expect(list.problems).toEqual([]);
      expect(list.drafts).toEqual([expect.objectContaining({ id, headline: 'Edit 3', updatedAt: versions[3] })]);
      // The editor's next delta save goes on from the recovered version.
      const next = contentOf(await reopened.open(id), { body: body('Eins', 'Two', 'Drei') });
      const saved = await reopened.saveDelta(head(next), [{ start: 2, deleteCount: 1, insert: [block('Drei')] }], { baseUpdatedAt: versions[3]! });
      expect(await reopened.open(id)).toMatchObject({ body: body('Eins', 'Two', 'Drei'), updatedAt: saved.updatedAt });
    });

    it('leaves out a last save cut short by the crash, which was never answered', async () => {
      const { id, versions } = await draftWithDeltas(await openCrashing(), ['One', 'Two'], [[0, 'Uno'], [1, 'Dos']]);
      const whole = await fsp.readFile(journalFile(id), 'utf8');
      await fsp.writeFile(journalFile(id), whole.slice(0, whole.lastIndexOf('\n', whole.length - 2) + 40));

      const reopened = await openStore();
      expect(await reopened.open(id)).toMatchObject({ body: body('Uno', 'Two'), updatedAt: versions[1] });
      expect((await reopened.list()).problems).toEqual([]);
      expect(await exists(journalFile(id))).toBe(false);
    });

    it('applies the saves before a damaged line, and moves the journal to the quarantine with a message', async () => {
      const { id, versions } = await draftWithDeltas(await openCrashing(), ['One', 'Two'], [[0, 'Uno'], [1, 'Dos'], [0, 'Eins']]);
      const lines = (await fsp.readFile(journalFile(id), 'utf8')).split('\n');
      lines[2] = lines[2]!.replace('"Dos"', '"Do');
      const damaged = lines.join('\n');
      await fsp.writeFile(journalFile(id), damaged);

      const reopened = await openStore();
      expect(await reopened.open(id)).toMatchObject({ body: body('Uno', 'Two'), updatedAt: versions[1] });
      const { problems } = await reopened.list();
      expect(problems).toEqual([
        {
          fileName: `${id}.journal`,
          quarantinedAs: `quarantine/${id}.journal`,
          message: `Changes saved to “Edit 1” just before Newsroom last stopped were damaged on disk (line 3): those before the damage were applied, the rest were not. They were moved, unchanged, to the quarantine folder: quarantine/${id}.journal.`,
          text: { key: 'journal', what: { key: 'damagedAt', title: 'Edit 1', line: '3' }, outcome: { key: 'moved', quarantinedAs: `quarantine/${id}.journal` } },
        },
      ]);
      expect(await fsp.readFile(quarantined(`${id}.journal`), 'utf8')).toBe(damaged);
      expect(await exists(journalFile(id))).toBe(false);
    });

    it('is kept aside, not applied, when the draft on disk is another version than the one it continues, and what it wrote becomes a new draft', async () => {
      const { id, versions } = await draftWithDeltas(await openCrashing(), ['One', 'Two', 'Three', 'Four'], [[0, 'Uno'], [2, 'Tres'], [0, 'Eins']]);
      const theirs = JSON.parse(await fsp.readFile(draftFile(id), 'utf8')) as Article;
      const changed = JSON.stringify({ ...theirs, headline: 'Changed elsewhere', updatedAt: '2026-11-27T11:30:00.000Z' }, null, 2);
      await fsp.writeFile(draftFile(id), changed);
      const journal = await fsp.readFile(journalFile(id), 'utf8');

      const reopened = await openStore();
      expect(await fsp.readFile(draftFile(id), 'utf8')).toBe(changed);
      const { drafts, problems } = await reopened.list();
      expect(drafts).toHaveLength(2);
      expect(drafts).toContainEqual(expect.objectContaining({ id, headline: 'Changed elsewhere' }));
      const kept = drafts.find((draft) => draft.id !== id)!;
      expect(kept).toMatchObject({ headline: 'Edit 3', updatedAt: versions[3] });
      // The paragraphs the saves wrote, each as last saved, in place; […] where they left the draft alone.
      expect((await reopened.open(kept.id)).body).toEqual(body('Eins', '[…]', 'Tres'));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toBe(
        `Changes saved to “Changed elsewhere” just before Newsroom last stopped were not applied: the draft was changed elsewhere since (by a sync tool or another program). What they wrote is in a new draft, “Edit 3”, to copy back where it belongs ([…] marks text they did not change). They were moved, unchanged, to the quarantine folder: quarantine/${id}.journal.`,
      );
      expect(await fsp.readFile(quarantined(`${id}.journal`), 'utf8')).toBe(journal);
    });

    it('makes its new draft once, though the start that made it stopped before the journal was moved aside', async () => {
      const { id } = await draftWithDeltas(await openCrashing(), ['One', 'Two'], [[0, 'Uno'], [1, 'Dos']]);
      const theirs = JSON.parse(await fsp.readFile(draftFile(id), 'utf8')) as Article;
      await fsp.writeFile(draftFile(id), JSON.stringify({ ...theirs, headline: 'Changed elsewhere', updatedAt: '2026-11-27T11:30:00.000Z' }, null, 2));
      const journal = await fsp.readFile(journalFile(id), 'utf8');
      const recovering = await openStore();
      const before = (await recovering.list()).drafts.map((draft) => draft.id).sort();
      await recovering.close();
      // As if that start had stopped after writing the new draft, with the journal still in journal/.
      await fsp.writeFile(journalFile(id), journal);

      const { drafts, problems } = await (await openStore()).list();
      expect(drafts.map((draft) => draft.id).sort()).toEqual(before);
      expect(drafts).toHaveLength(2);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toContain('What they wrote is in a new draft, “Edit 2”');
      expect(await exists(journalFile(id))).toBe(false);
    });

    it('is removed when the draft was written whole but the crash came before the journal went', async () => {
      const store = await openCrashing();
      const { id, versions } = await draftWithDeltas(store, ['One', 'Two'], [[0, 'Uno'], [1, 'Dos']]);
      const journal = await fsp.readFile(journalFile(id), 'utf8');
      await store.close();
      const written = await fsp.readFile(draftFile(id), 'utf8');
      await fsp.writeFile(journalFile(id), journal);

      const reopened = await openStore();
      expect(await fsp.readFile(draftFile(id), 'utf8')).toBe(written);
      expect(JSON.parse(written)).toMatchObject({ body: body('Uno', 'Dos'), updatedAt: versions[2] });
      expect((await reopened.list()).problems).toEqual([]);
      expect(await exists(journalFile(id))).toBe(false);
    });

    it('lists a draft whose journal was kept aside with the figures of its file', async () => {
      const store = await openStore({ lock: false, journal: { quietMs: 1e9 }, indexWrite: { quietMs: 0, maxWaitMs: 0 } });
      const { id } = await draftWithDeltas(store, ['One', 'Two'], [[1, 'Two three four five']]);
      await store.flushDraftIndex();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await store.flushDraftIndex();
      await fsp.writeFile(journalFile(id), 'not a journal\n');

      const list = await (await openStore()).list();
      expect(list.drafts).toEqual([expect.objectContaining({ id, headline: 'Base', wordCount: 2 })]);
      expect(list.problems).toHaveLength(1);
    });

    it('is written whole, and gone, when it would pass its size limit', async () => {
      const store = await openStore({ journal: { quietMs: 1e9, maxBytes: 1500 } });
      const { id, versions } = await draftWithDeltas(store, ['One', 'Two'], [[0, 'Uno']]);
      const journalled = await fsp.readFile(draftFile(id), 'utf8');
      const content = contentOf(await store.open(id), { body: body('Uno', 'x'.repeat(2000)) });
      const saved = await store.saveDelta(head(content), [{ start: 1, deleteCount: 1, insert: [block('x'.repeat(2000))] }], { baseUpdatedAt: versions[1]! });
      expect(await exists(journalFile(id))).toBe(false);
      expect(await fsp.readFile(draftFile(id), 'utf8')).not.toBe(journalled);
      expect(JSON.parse(await fsp.readFile(draftFile(id), 'utf8'))).toMatchObject({ body: body('Uno', 'x'.repeat(2000)), updatedAt: saved.updatedAt });
      await store.close();
    });

    it('saves whole when the journal cannot be written (a full disk), and leaves no journal behind', async () => {
      let full = false;
      const store = await openStore({
        journal: {
          quietMs: 1e9,
          write: async (handle, text) => {
            if (full) {
              await handle.appendFile(text.slice(0, 10));
              throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            }
            await handle.appendFile(text);
          },
        },
      });
      const { id, versions } = await draftWithDeltas(store, ['One', 'Two'], [[0, 'Uno']]);
      full = true;
      const content = contentOf(await store.open(id), { body: body('Uno', 'Dos') });
      const saved = await store.saveDelta(head(content), [{ start: 1, deleteCount: 1, insert: [block('Dos')] }], { baseUpdatedAt: versions[1]! });
      expect(JSON.parse(await fsp.readFile(draftFile(id), 'utf8'))).toMatchObject({ body: body('Uno', 'Dos'), updatedAt: saved.updatedAt });
      expect(await exists(journalFile(id))).toBe(false);
      // A first save to a journal that fails leaves none either.
      const next = { ...content, body: body('Uno', 'Dos', 'Tres') };
      const third = await store.saveDelta(head(next), [{ start: 2, deleteCount: 0, insert: [block('Tres')] }], { baseUpdatedAt: saved.updatedAt });
      expect(JSON.parse(await fsp.readFile(draftFile(id), 'utf8'))).toMatchObject({ body: body('Uno', 'Dos', 'Tres'), updatedAt: third.updatedAt });
      expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([`${id}.json`]);
      expect(await fsp.readdir(join(dataDir, 'journal'))).toEqual([]);
    });

    it('leaves a file another program changed for the next save, which tells of the conflict, and keeps both on close', async () => {
      const store = await openStore({ journal: { quietMs: 50 } });
      const { id, created, text, versions } = await draftWithDeltas(store, ['One', 'Two'], [[0, 'Uno']]);
      const onDisk = JSON.parse(await fsp.readFile(draftFile(id), 'utf8')) as Article;
      const theirs = JSON.stringify({ ...onDisk, headline: 'Their take', updatedAt: '2026-11-27T11:30:00.000Z' }, null, 2);
      await fsp.writeFile(draftFile(id), theirs);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await fsp.readFile(draftFile(id), 'utf8')).toBe(theirs);
      expect(await exists(journalFile(id))).toBe(true);

      const content = contentOf(created, { headline: 'Edit 2', body: body('Uno', 'Dos') });
      expect(await errorOf(store.saveDelta(head(content), [{ start: 1, deleteCount: 1, insert: [block('Dos')] }], { baseUpdatedAt: versions[1]! }))).toMatchObject({ code: 'stale' });
      const whole = await store.save(content, { baseUpdatedAt: versions[1]! });
      expect(whole.conflict?.keptAs).toMatchObject({ headline: 'Their take' });
      expect(await exists(journalFile(id))).toBe(false);

      // On close nobody can be told: the changed file is kept as a new draft, and the journal's version keeps the draft.
      const second = await draftWithDeltas(store, ['Eins', 'Zwei'], [[0, 'Drei']]);
      const secondOnDisk = JSON.parse(await fsp.readFile(draftFile(second.id), 'utf8')) as Article;
      await fsp.writeFile(draftFile(second.id), JSON.stringify({ ...secondOnDisk, headline: 'Theirs again', updatedAt: '2026-11-27T11:40:00.000Z' }, null, 2));
      await store.close();
      expect(JSON.parse(await fsp.readFile(draftFile(second.id), 'utf8'))).toMatchObject({ headline: 'Edit 1', body: body(...second.text), updatedAt: second.versions[1] });
      const { drafts } = await (await openStore()).list();
      expect(drafts.map((draft) => draft.headline).sort()).toEqual(['Edit 1', 'Edit 2', 'Their take', 'Theirs again'].sort());
      expect(text).toEqual(['Uno', 'Two']);
    });

    it('is written whole before the draft moves to the trash, and on close', async () => {
      const store = await openStore({ journal: { quietMs: 1e9 } });
      const first = await draftWithDeltas(store, ['One', 'Two'], [[0, 'Uno']]);
      const second = await draftWithDeltas(store, ['Eins', 'Zwei'], [[1, 'Drei']]);
      await store.delete(first.id);
      expect(JSON.parse(await fsp.readFile(join(dataDir, 'trash', `${first.id}.json`), 'utf8'))).toMatchObject({ body: body('Uno', 'Two'), updatedAt: first.versions[1] });
      expect(await exists(journalFile(second.id))).toBe(true);
      await store.close();
      expect(JSON.parse(await fsp.readFile(draftFile(second.id), 'utf8'))).toMatchObject({ body: body('Eins', 'Drei'), updatedAt: second.versions[1] });
      expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([`${second.id}.json`]);
      expect(await fsp.readdir(join(dataDir, 'journal'))).toEqual([]);
    });

    it('stays for the next start when the draft cannot be written whole on close (a full disk)', async () => {
      let full = false;
      const errors: unknown[] = [];
      const store = await openStore({
        journal: { quietMs: 1e9 },
        onHookError: (error) => errors.push(error),
        writeFile: async (path, data) => {
          if (full) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
          await writeFileAtomic(path, data);
        },
      });
      const { id, text, versions } = await draftWithDeltas(store, ['One', 'Two'], [[1, 'Dos']]);
      const before = await fsp.readFile(draftFile(id), 'utf8');
      full = true;
      await store.close();
      expect(errors).toHaveLength(1);
      expect(await fsp.readFile(draftFile(id), 'utf8')).toBe(before);
      expect(await exists(journalFile(id))).toBe(true);

      const reopened = await openStore();
      expect(await reopened.open(id)).toMatchObject({ body: body(...text), updatedAt: versions[1] });
      expect(await exists(journalFile(id))).toBe(false);
    });

    it('is removed without a word when the crash cut its first line short', async () => {
      const store = await openCrashing();
      const { id, versions } = await draftWithDeltas(store, ['One', 'Two'], []);
      await fsp.writeFile(journalFile(id), '{"format":"newsroom-jour');
      const reopened = await openStore();
      expect((await reopened.list()).problems).toEqual([]);
      expect(await reopened.open(id)).toMatchObject({ body: body('One', 'Two'), updatedAt: versions[0] });
      expect(await exists(journalFile(id))).toBe(false);
    });

    it('keeps the journals of more drafts than the store keeps in memory', async () => {
      const store = await openStore({ lock: false, journal: { quietMs: 1e9 } });
      const drafts = [];
      for (let n = 0; n < 5; n += 1) drafts.push(await draftWithDeltas(store, [`Draft ${n}`], [[0, `Draft ${n}, edited`]]));
      for (const draft of drafts) expect(await store.open(draft.id)).toMatchObject({ body: body(...draft.text) });
      await store.close();
      for (const draft of drafts) expect(JSON.parse(await fsp.readFile(draftFile(draft.id), 'utf8'))).toMatchObject({ body: body(...draft.text), updatedAt: draft.versions[1] });
    });
  });

  it('keeps both versions when the file changed on disk since the editor loaded it', async () => {
    const store = await openStore();
    const created = await store.create();
    const loaded = await store.open(created.id);
    const external: Article = {
      ...loaded,
      headline: 'Edited elsewhere',
      status: 'review',
      body: body('Their text here'),
      tags: ['sync'],
      updatedAt: '2026-11-27T09:30:00.000+02:00',
    };
    await fsp.writeFile(draftFile(created.id), JSON.stringify(external, null, 2));

    const result = await store.save(contentOf(loaded, { headline: 'Mine', body: body('My text') }), { baseUpdatedAt: loaded.updatedAt });
    const copyId = 'draft-2';
    expect(result.conflict).toEqual({
      keptAs: {
        id: copyId,
        headline: 'Edited elsewhere',
        status: 'review',
        language: 'uk',
        updatedAt: '2026-11-27T09:30:00.000+02:00',
        wordCount: 3,
        readOnly: false,
      },
    });
    expect(JSON.parse(await fsp.readFile(draftFile(copyId), 'utf8'))).toEqual({ ...external, id: copyId });
    expect(await store.open(copyId)).toEqual({ ...external, id: copyId });
    const mine = await store.open(created.id);
    expect(mine).toMatchObject({ headline: 'Mine', body: body('My text'), status: 'draft', tags: [], updatedAt: result.updatedAt });
    expect((await store.list()).drafts.map((draft) => [draft.id, draft.headline])).toEqual([
      [created.id, 'Mine'],
      [copyId, 'Edited elsewhere'],
    ]);

    const next = await store.save(contentOf(mine, { headline: 'Mine again' }), { baseUpdatedAt: result.updatedAt });
    expect(next.conflict).toBeNull();
    await fsp.writeFile(draftFile(created.id), JSON.stringify({ ...mine, headline: 'Elsewhere again', updatedAt: '2026-11-27T11:00:00.000Z' }));
    const unchecked = await store.save(contentOf(mine, { headline: 'Without a base' }), { baseUpdatedAt: null });
    expect(unchecked.conflict).toBeNull();
    expect((await store.open(created.id)).headline).toBe('Without a base');
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toHaveLength(2);
  });

  it('treats the same instant written another way as unchanged', async () => {
    const store = await openStore();
    const loaded = await store.create();
    const same = '2026-11-27T12:01:00.000+02:00';
    expect(Date.parse(same)).toBe(Date.parse(loaded.updatedAt));
    await fsp.writeFile(draftFile(loaded.id), JSON.stringify({ ...loaded, updatedAt: same }));
    const result = await store.save(contentOf(loaded, { headline: 'Mine' }), { baseUpdatedAt: loaded.updatedAt });
    expect(result.conflict).toBeNull();
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([`${loaded.id}.json`]);
  });

  it('keeps one copy of the changed file when a save that found it fails and is tried again', async () => {
    let failing: string | null = null;
    const store = await openStore({
      writeFile: async (path, data) => {
        if (failing && path.endsWith(failing)) throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
        await writeFileAtomic(path, data);
      },
    });
    const loaded = await store.create();
    const external = { ...loaded, headline: 'Theirs', updatedAt: '2026-11-27T11:30:00.000Z' };
    await fsp.writeFile(draftFile(loaded.id), JSON.stringify(external));

    failing = `${loaded.id}.json`;
    const error = await errorOf(store.save(contentOf(loaded, { headline: 'Mine' }), { baseUpdatedAt: loaded.updatedAt }));
    expect(error.code).toBe('io');
    expect(JSON.parse(await fsp.readFile(draftFile(loaded.id), 'utf8'))).toEqual(external);
    expect((await store.open('draft-2')).headline).toBe('Theirs');

    failing = null;
    const retried = await store.save(contentOf(loaded, { headline: 'Mine' }), { baseUpdatedAt: loaded.updatedAt });
    expect(retried.conflict?.keptAs.id).toBe('draft-2');
    expect((await store.list()).drafts.map((draft) => draft.headline).sort()).toEqual(['Mine', 'Theirs']);
  });

  it('calls onSaved after each save with the version it replaced, in order, and after new drafts', async () => {
    const calls: [string, string, string | null][] = [];
    const store = await openStore({
      onSaved: async (saved, previous) => {
        await new Promise((done) => setTimeout(done, 5));
        calls.push([saved.id, saved.headline, previous ? previous.headline : null]);
      },
    });
    const draft = await store.create();
    expect(calls).toEqual([[draft.id, '', null]]);
    await Promise.all(['A', 'B', 'C'].map((headline) => store.save(contentOf(draft, { headline }))));
    const imported = await store.importArticle({ ...newArticle({ id: 'imported', now: new Date() }), headline: 'Imported' });
    const loaded = await store.open(draft.id);
    await fsp.writeFile(draftFile(draft.id), JSON.stringify({ ...loaded, headline: 'Theirs', updatedAt: '2026-11-27T11:30:00.000Z' }));
    const { conflict } = await store.save(contentOf(loaded, { headline: 'Mine' }), { baseUpdatedAt: loaded.updatedAt });
    expect(calls).toEqual([
      [draft.id, '', null],
      [draft.id, 'A', ''],
      [draft.id, 'B', 'A'],
      [draft.id, 'C', 'B'],
      [imported.article.id, 'Imported', null],
      [conflict?.keptAs.id, 'Theirs', null],
      [draft.id, 'Mine', 'Theirs'],
    ]);
  });

  it('never fails a save because onSaved failed, and reports the error', async () => {
    const reported: unknown[] = [];
    let sync = true;
    const store = await openStore({
      onSaved: () => {
        if (sync) throw new Error('hook broke');
        return Promise.reject(new Error('hook rejected'));
      },
      onHookError: (error) => reported.push(error),
    });
    const draft = await store.create();
    sync = false;
    const { summary } = await store.save(contentOf(draft, { headline: 'Saved anyway' }));
    expect(summary.headline).toBe('Saved anyway');
    expect((await store.open(draft.id)).headline).toBe('Saved anyway');
    expect(reported.map((error) => (error as Error).message)).toEqual(['hook broke', 'hook rejected']);
  });

  it('empties the trash for good and keeps the drafts', async () => {
    const store = await openStore({ newId: () => (ids < 2 ? sequentialId() : 'same') });
    const kept = await store.create();
    const gone = await store.create();
    await store.delete(gone.id);
    await store.create();
    await store.delete('same');
    await fsp.writeFile(draftFile('same'), JSON.stringify(newArticle({ id: 'same', now: new Date() })));
    await store.delete('same');
    await fsp.writeFile(join(dataDir, 'trash', 'junk.json'), 'not a draft');
    expect(await store.listTrash()).toHaveLength(3);

    expect(await store.emptyTrash()).toEqual({ removed: 4, ids: ['draft-2', 'same'] });
    expect(await fsp.readdir(join(dataDir, 'trash'))).toEqual(['_index.json']);
    expect(await store.listTrash()).toEqual([]);
    expect(await (await openStore()).listTrash()).toEqual([]);
    expect(JSON.parse(await fsp.readFile(join(dataDir, 'trash', '_index.json'), 'utf8'))).toEqual({ version: 1, files: {}, deletedAt: {} });
    expect((await store.list()).drafts.map((draft) => draft.id)).toEqual([kept.id]);
    expect((await errorOf(store.restore(gone.id))).code).toBe('not-found');
    expect(await store.emptyTrash()).toEqual({ removed: 0, ids: [] });

    await store.create();
    await store.delete('same');
    await fsp.writeFile(draftFile('same'), JSON.stringify(newArticle({ id: 'same', now: new Date() })));
    expect(await store.emptyTrash()).toEqual({ removed: 1, ids: [] });
    expect((await store.list()).drafts.map((draft) => draft.id).sort()).toEqual([kept.id, 'same']);
  });

  it('runs overlapping calls one at a time', async () => {
    const store = await openStore();
    const draft = await store.create();
    const saves = Array.from({ length: 10 }, (_, n) => store.save(contentOf(draft, { headline: `Version ${n}` })));
    await Promise.all([...saves, store.list(), store.create()]);
    expect((await store.open(draft.id)).headline).toBe('Version 9');
    expect((await (await openStore()).list()).drafts).toHaveLength(2);
  });
});
