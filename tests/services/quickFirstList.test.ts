import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftStore } from '../../electron/services/draftStore';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'newsroom-quick-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the quick first list of a large folder', () => {
  it('answers from the index at once, then the next list checks the files', async () => {
    const first = await DraftStore.open({ dataDir });
    const draft = await first.create();
    await first.save({ ...(await first.open(draft.id)), headline: 'From the index' }, { baseUpdatedAt: null });
    await first.list();
    await first.close();

    const path = join(dataDir, 'drafts', `${draft.id}.json`);
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...onDisk, headline: 'Changed by a sync tool' }));
    await writeFile(join(dataDir, 'drafts', 'garbage.json'), '{ not json');

    const store = await DraftStore.open({ dataDir, quickFirstList: true });
    const quick = await store.list();
    expect(quick.complete).toBe(false);
    expect(quick.drafts.map((d) => d.headline)).toEqual(['From the index']);
    expect(quick.problems).toEqual([]);

    const checked = await store.list();
    expect(checked.complete).toBe(true);
    expect(checked.drafts.map((d) => d.headline)).toEqual(['Changed by a sync tool']);
    expect(checked.problems.map((p) => p.fileName)).toEqual(['garbage.json']);
    await store.close();
  });

  it('saves and lists correctly while the full index is still loading', async () => {
    const first = await DraftStore.open({ dataDir });
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push((await first.create()).id);
    await first.close();
    const store = await DraftStore.open({ dataDir, quickFirstList: true });
    const saved = store.save({ ...(await store.open(ids[0]!)), headline: 'Edited at once' }, { baseUpdatedAt: null });
    expect((await store.list()).complete).toBe(false);
    await saved;
    const checked = await store.list();
    expect(checked.drafts).toHaveLength(5);
    expect(checked.drafts.find((d) => d.id === ids[0])?.headline).toBe('Edited at once');
    await store.close();
    const reopened = await DraftStore.open({ dataDir });
    expect((await reopened.list()).drafts).toHaveLength(5);
    await reopened.close();
  });

  it('checks the files at once when there is no index to trust', async () => {
    const first = await DraftStore.open({ dataDir });
    await first.create();
    await first.close();
    await rm(join(dataDir, 'index.json'));
    await rm(join(dataDir, 'recent.json'));
    const store = await DraftStore.open({ dataDir, quickFirstList: true });
    const list = await store.list();
    expect(list.complete).toBe(true);
    expect(list.drafts).toHaveLength(1);
    await store.close();
  });
});
