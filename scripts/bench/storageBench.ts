import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentOf } from '../../shared/article/contentOf';
import { exportHtml } from '../../shared/export/exportHtml';
import { exportJson } from '../../shared/export/exportJson';
import { DraftStore } from '../../electron/services/draftStore';
import { generateArticle } from './generateArticle';
import { summarize, type Figure } from './summarize';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/**
 * A first list takes a few milliseconds, so one busy moment of the machine doubles it: the
 * listings, each a fresh process and cheap, are run more often than the rest.
 */
const LIST_RUNS = Math.max(9, RUNS * 3);

async function folderWith(count: number, wordsEach: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `newsroom-bench-${count}-`));
  await mkdir(join(dir, 'drafts'));
  const template = generateArticle('template', wordsEach);
  for (let i = 0; i < count; i += 1) {
    const id = `draft-${String(i).padStart(5, '0')}`;
    await writeFile(join(dir, 'drafts', `${id}.json`), JSON.stringify({ ...template, id, headline: `${template.headline} ${i}` }, null, 2));
  }
  return dir;
}

/** The name of the target figure: first lists of 10,000 and of 10 drafts, listed in turn. */
export const LISTING_RATIO = 'first list, 10,000 drafts / 10 drafts of 300 words (median of per-round ratios)';

function listOnce(dir: string): { firstListMs: number; checkedListMs: number; drafts: number; heapUsedMB: number; rssMB: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', 'scripts/bench/listDraftsOnce.ts', dir], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

/** Storage figures: listing 10 and 10,000 drafts, saving a long draft, exporting many. */
export async function storageBench(): Promise<Figure[]> {
  const figures: Figure[] = [];
  const folders: string[] = [];
  try {
    const sets = [
      [10, 300],
      [10_000, 300],
      [10_000, 3000],
    ] as const;
    const made: { count: number; words: number; dir: string; cold: ReturnType<typeof listOnce>; warm: ReturnType<typeof listOnce>[] }[] = [];
    for (const [count, words] of sets) {
      const dir = await folderWith(count, words);
      folders.push(dir);
      made.push({ count, words, dir, cold: listOnce(dir), warm: [] });
    }
    // The warm listings of the three folders take turns, as the app and bare TipTap do in the
    // editor bench: a busy moment of the machine (such as the kernel writing out the folders just
    // made) then falls on all three, not on one.
    for (let run = 0; run < LIST_RUNS; run += 1) for (const folder of made) folder.warm.push(listOnce(folder.dir));
    for (const { count, words, cold, warm } of made) {
      if (cold.drafts !== count) throw new Error(`listed ${cold.drafts} of ${count} drafts`);
      figures.push(summarize(`first list, ${count.toLocaleString('en')} drafts of ${words} words, no index yet (built from every file)`, [cold.firstListMs], 'ms'));
      figures.push(summarize(`first list, ${count.toLocaleString('en')} drafts of ${words} words (the newest 100, from recent.json)`, warm.map((r) => r.firstListMs), 'ms'));
      figures.push(summarize(`checked list, ${count.toLocaleString('en')} drafts of ${words} words (every file stat-ed)`, warm.map((r) => r.checkedListMs), 'ms'));
      figures.push(summarize(`heap after listing, ${count.toLocaleString('en')} drafts of ${words} words`, warm.map((r) => r.heapUsedMB), 'MB'));
    }
    const [tenDrafts, tenThousand] = made;
    figures.push({
      ...summarize(
        LISTING_RATIO,
        tenThousand!.warm.map((r, run) => r.firstListMs / tenDrafts!.warm[run]!.firstListMs),
        '×',
      ),
      target: '≤ 2.00× the time with 10 drafts',
    });

    const dir = await mkdtemp(join(tmpdir(), 'newsroom-bench-save-'));
    folders.push(dir);
    const store = await DraftStore.open({ dataDir: dir, lock: false });
    const article = generateArticle((await store.create()).id, 20_000);
    let base: string | null = null;
    const saves: number[] = [];
    for (let i = 0; i < Math.max(5, RUNS * 3); i += 1) {
      const start = performance.now();
      const result = await store.save({ ...contentOf(article), headline: `${article.headline} ${i}` }, { baseUpdatedAt: base });
      saves.push(performance.now() - start);
      base = result.updatedAt;
    }
    figures.push(summarize('save of a 20,000-word draft (validate, atomic write with fsync, index)', saves, 'ms'));
    await store.close();

    const many = Array.from({ length: 1000 }, (_, i) => ({ ...generateArticle(`export-${i}`, 800), headline: `Export ${i}` }));
    for (const [label, render] of [
      ['HTML', exportHtml],
      ['JSON', exportJson],
    ] as const) {
      const times = Array.from({ length: RUNS }, () => {
        const start = performance.now();
        let bytes = 0;
        for (const item of many) bytes += render(item).length;
        if (bytes === 0) throw new Error('nothing exported');
        return performance.now() - start;
      });
      figures.push(summarize(`export of 1,000 drafts (800 words each) to ${label}`, times, 'ms'));
    }
  } finally {
    for (const dir of folders) await rm(dir, { recursive: true, force: true });
  }
  return figures;
}
