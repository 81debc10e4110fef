import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, type Article, type ArticleContent, type BodyNode } from '../../shared/article/article';
import { newArticle } from '../../shared/article/newArticle';
import { NewsroomError } from '../../shared/errors';
import { DraftStore } from '../../electron/services/draftStore';
import { writeFileAtomic, type AtomicFs } from '../../electron/services/writeFileAtomic';

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

function openStore(extra: { newId?: () => string; writeFile?: (path: string, data: string) => Promise<void> } = {}) {
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

async function errorOf(promise: Promise<unknown>): Promise<NewsroomError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NewsroomError) return error;
    throw error;
  }
  throw new Error('expected a NewsroomError');
}

/** Every file under the data folder with its bytes, to prove nothing changed. */
async function snapshot(): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await fsp.readdir(dataDir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    result[relative(dataDir, path)] = entry.isFile() ? (await fsp.readFile(path)).toString('base64') : '<dir>';
  }
  return result;
}

describe('DraftStore', () => {
  it('creates the data folders and an empty list', async () => {
    const store = await openStore();
    expect(await store.list()).toEqual({ drafts: [], problems: [] });
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
    });

    const reopened = await openStore();
    expect(await reopened.list()).toEqual({ drafts: [result.summary], problems: [] });
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

  it('reports a file that is not valid JSON and never changes it', async () => {
    const store = await openStore();
    const good = await store.create();
    const broken = '{"format": "newsroom.article", "headline": "half a file';
    await fsp.writeFile(draftFile('broken-1'), broken);

    const list = await store.list();
    expect(list.drafts.map((draft) => draft.id)).toEqual([good.id]);
    expect(list.problems).toEqual([{ fileName: 'broken-1.json', message: expect.stringMatching(/not valid JSON/) }]);
    expect(await fsp.readFile(draftFile('broken-1'), 'utf8')).toBe(broken);

    const saved = await errorOf(store.save(contentOf(newArticle({ id: 'broken-1', now: new Date() }), { headline: 'Over it' })));
    expect(saved.code).toBe('unreadable');
    expect(saved.message).toMatch(/damaged.*left as it is/);
    expect(await fsp.readFile(draftFile('broken-1'), 'utf8')).toBe(broken);

    const opened = await errorOf(store.open('broken-1'));
    expect(opened.code).toBe('unreadable');
    expect(opened.message).toMatch(/left as it is/);
    expect((await (await openStore()).list()).problems.map((problem) => problem.fileName)).toEqual(['broken-1.json']);
    expect(await fsp.readFile(draftFile('broken-1'), 'utf8')).toBe(broken);
  });

  it('reports a file that is JSON but not a valid article, or holds another id', async () => {
    const store = await openStore();
    await fsp.writeFile(draftFile('bad-status'), JSON.stringify({ ...newArticle({ id: 'bad-status', now: new Date() }), status: 'printed' }));
    await fsp.writeFile(draftFile('renamed'), JSON.stringify(newArticle({ id: 'original', now: new Date() })));
    await fsp.writeFile(join(dataDir, 'drafts', 'notes.txt'), 'not a draft');
    const { drafts, problems } = await store.list();
    expect(drafts).toEqual([]);
    expect(problems).toEqual([
      { fileName: 'bad-status.json', message: expect.stringMatching(/damaged: status/) },
      { fileName: 'renamed.json', message: expect.stringMatching(/does not match the draft id inside it \("original"\)/) },
    ]);
  });

  it('reports a draft from a newer Newsroom and leaves it unchanged', async () => {
    const store = await openStore();
    const future = JSON.stringify({ ...newArticle({ id: 'future', now: new Date() }), schemaVersion: ARTICLE_SCHEMA_VERSION + 1, extra: 1 });
    await fsp.writeFile(draftFile('future'), future);

    expect((await store.list()).problems).toEqual([
      { fileName: 'future.json', message: expect.stringMatching(/newer version of Newsroom/) },
    ]);
    expect((await errorOf(store.open('future'))).code).toBe('future-version');
    const saved = await errorOf(store.save(contentOf(newArticle({ id: 'future', now: new Date() }))));
    expect(saved.code).toBe('future-version');
    expect(saved.message).toMatch(/left as it is/);
    expect(await fsp.readFile(draftFile('future'), 'utf8')).toBe(future);
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
    await fsp.rm(join(dataDir, 'index.json'));
    expect((await (await openStore()).list()).drafts.map((entry) => entry.headline)).toEqual(['Indexed']);
    expect(JSON.parse(await fsp.readFile(join(dataDir, 'index.json'), 'utf8'))).toMatchObject({ version: 1 });

    await fsp.writeFile(join(dataDir, 'index.json'), '{"version": 1, "files": {"x.json": 12');
    expect((await (await openStore()).list()).drafts.map((entry) => entry.headline)).toEqual(['Indexed']);
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
    const reader = await openStore();
    expect((await reader.list()).drafts).toHaveLength(200);

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

    expect(await store.list()).toEqual({ drafts: [expect.objectContaining({ id: 'draft-1' })], problems: [] });
    await openStore();
    expect((await fsp.readdir(drafts)).sort()).toEqual(['.draft-1.json.ba9876543210.tmp', 'draft-1.json']);
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
