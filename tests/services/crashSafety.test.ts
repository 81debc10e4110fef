import { randomInt } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleContent } from '../../shared/article/article';
import { contentOf } from '../../shared/article/contentOf';
import { parseArticle } from '../../shared/article/parseArticle';
import { DraftStore } from '../../electron/services/draftStore';
import { TEMP_FILE_PATTERN } from '../../electron/services/writeFileAtomic';
import { killRuns, runAndKill } from './killAtRandom';

// Kills a process that saves one draft in a loop at a random moment, many times, and checks the draft each time.
// NEWSROOM_CRASH_RUNS sets the number of kills, NEWSROOM_CRASH_SEED replays the delays of a failed run.

const RUNS = Number(process.env.NEWSROOM_CRASH_RUNS ?? 200);
const SEED = Number(process.env.NEWSROOM_CRASH_SEED ?? randomInt(2 ** 31));
const LANES = 2;
const MAX_DELAY_MS = 15;
const WRITER = fileURLToPath(new URL('./crashWriter.ts', import.meta.url));
const STALE = new Date(Date.now() - 10 * 60_000);
const noLock = { lock: false };

type Save = (content: ArticleContent, options: { baseUpdatedAt: string | null }) => Promise<unknown>;

interface Outcome {
  version: 'A' | 'B';
  tempFiles: number;
}

let root: string;
let template: string;
let draftId: string;
/** Set when a run fails, which keeps its folder for a look. */
let failed = false;

beforeAll(async () => {
  root = await fsp.mkdtemp(join(tmpdir(), 'newsroom-crash-'));
  template = join(root, 'template');
  const store = await DraftStore.open({ dataDir: template, ...noLock });
  const draft = await store.create();
  const save: Save = store.save.bind(store);
  await save({ ...contentOf(draft), headline: 'A 0' }, { baseUpdatedAt: draft.updatedAt });
  await closeStore(store);
  draftId = draft.id;
});

afterAll(async () => {
  if (root && !failed) await fsp.rm(root, { recursive: true, force: true });
});

describe('a draft survives the saving process being killed at any moment', () => {
  it(`holds the old or the new version after ${RUNS} SIGKILLs`, { timeout: Math.max(600_000, RUNS * 3_000) }, async () => {
    console.log(`crash safety: ${RUNS} kills, seed ${SEED} (replay with NEWSROOM_CRASH_SEED=${SEED})`);
    const started = performance.now();
    const outcomes = await killRuns({ runs: RUNS, lanes: LANES, seed: SEED, maxDelayMs: MAX_DELAY_MS }, killAndCheck).catch((error: unknown) => {
      failed = true;
      throw error;
    });
    const count = (version: string) => outcomes.filter((outcome) => outcome.version === version).length;
    const withTemp = outcomes.filter((outcome) => outcome.tempFiles > 0).length;
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`crash safety: ${count('A')} kills left A, ${count('B')} left B, ${withTemp} left temp files; ${seconds} s`);
    expect(outcomes).toHaveLength(RUNS);
  });
});

async function killAndCheck(run: number, delay: number): Promise<Outcome> {
  const dataDir = join(root, `run-${run}`);
  await fsp.cp(template, dataDir, { recursive: true });
  const first = run % 2 ? 'B' : 'A';
  const where = `run ${run} (saving ${first} first), delay ${delay.toFixed(2)} ms, seed ${SEED}, folder ${dataDir}`;
  await runAndKill(WRITER, [dataDir, draftId, first], delay, where);
  const outcome = await checkFolder(dataDir, where);
  await fsp.rm(dataDir, { recursive: true, force: true });
  return outcome;
}

async function checkFolder(dataDir: string, where: string): Promise<Outcome> {
  const draftsDir = join(dataDir, 'drafts');
  const fileName = `${draftId}.json`;
  const text = await fsp.readFile(join(draftsDir, fileName), 'utf8').catch((error: unknown) => {
    throw new Error(`The draft file is missing after ${where}`, { cause: error });
  });
  let headline: string;
  try {
    headline = parseArticle(JSON.parse(text)).headline;
  } catch (error) {
    throw new Error(`The draft file (${text.length} characters) does not parse after ${where}`, { cause: error });
  }
  expect(headline, where).toMatch(/^[AB] \d+$/);
  const others = (await fsp.readdir(draftsDir)).filter((name) => name !== fileName);
  expect(others.filter((name) => !TEMP_FILE_PATTERN.test(name)), where).toEqual([]);

  const tempFiles = await backdateTempFiles([dataDir, draftsDir, join(dataDir, 'trash')]);
  const young = `.${fileName}.0123456789ab.tmp`;
  await fsp.writeFile(join(draftsDir, young), '');

  const store = await DraftStore.open({ dataDir, ...noLock });
  const list = await store.list();
  await closeStore(store);
  expect(list.problems, where).toEqual([]);
  expect(list.drafts.map((draft) => [draft.id, draft.headline]), where).toEqual([[draftId, headline]]);
  expect((await fsp.readdir(draftsDir)).sort(), where).toEqual([young, fileName].sort());
  expect((await fsp.readdir(dataDir)).filter((name) => TEMP_FILE_PATTERN.test(name)), where).toEqual([]);
  return { version: headline.startsWith('A') ? 'A' : 'B', tempFiles };
}

async function backdateTempFiles(folders: string[]): Promise<number> {
  let count = 0;
  for (const folder of folders) {
    for (const name of await fsp.readdir(folder)) {
      if (!TEMP_FILE_PATTERN.test(name)) continue;
      await fsp.utimes(join(folder, name), STALE, STALE);
      count += 1;
    }
  }
  return count;
}

async function closeStore(store: DraftStore): Promise<void> {
  await (store as { close?: () => Promise<void> }).close?.();
}
