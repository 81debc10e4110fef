import { randomInt } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentOf } from '../../shared/article/contentOf';
import { DraftStore } from '../../electron/services/draftStore';
import { TEMP_FILE_PATTERN } from '../../electron/services/writeFileAtomic';
import { bodyAfter } from './journalCrashShape';
import { killRuns, runAndKill } from './killAtRandom';

// Kills a process that edits one draft by delta saves (which go to the draft's journal) at a random
// moment, many times; each time, the next start must hold the last answered save or the one after.
// NEWSROOM_JOURNAL_CRASH_RUNS sets the number of kills, NEWSROOM_JOURNAL_CRASH_SEED replays a failed run.

const RUNS = Number(process.env.NEWSROOM_JOURNAL_CRASH_RUNS ?? 60);
const SEED = Number(process.env.NEWSROOM_JOURNAL_CRASH_SEED ?? randomInt(2 ** 31));
const LANES = 2;
const MAX_DELAY_MS = 200;
const WRITER = fileURLToPath(new URL('./journalCrashWriter.ts', import.meta.url));

let root: string;
let template: string;
let draftId: string;
let failed = false;

beforeAll(async () => {
  root = await fsp.mkdtemp(join(tmpdir(), 'newsroom-journal-crash-'));
  template = join(root, 'template');
  const store = await DraftStore.open({ dataDir: template, lock: false });
  const draft = await store.create();
  await store.save({ ...contentOf(draft), headline: 'Save 0', body: bodyAfter(0) }, { baseUpdatedAt: draft.updatedAt });
  await store.close();
  draftId = draft.id;
});

afterAll(async () => {
  if (root && !failed) await fsp.rm(root, { recursive: true, force: true });
});

describe('delta saves survive the saving process being killed at any moment', () => {
  it(`holds the last answered save, or the one after, after ${RUNS} SIGKILLs`, { timeout: Math.max(600_000, RUNS * 5_000) }, async () => {
    console.log(`journal crash safety: ${RUNS} kills, seed ${SEED} (replay with NEWSROOM_JOURNAL_CRASH_SEED=${SEED})`);
    const outcomes = await killRuns({ runs: RUNS, lanes: LANES, seed: SEED, maxDelayMs: MAX_DELAY_MS }, killAndCheck).catch((error: unknown) => {
      failed = true;
      throw error;
    });
    const withJournal = outcomes.filter((outcome) => outcome.journal).length;
    const inFlight = outcomes.filter((outcome) => outcome.found > outcome.answered).length;
    console.log(`journal crash safety: ${withJournal} kills left a journal to apply, ${inFlight} found the save under way written`);
    expect(outcomes).toHaveLength(RUNS);
    // The kills must have caught the journal: otherwise this test checked only whole writes.
    expect(withJournal).toBeGreaterThan(0);
  });
});

async function killAndCheck(run: number, delay: number): Promise<{ journal: boolean; answered: number; found: number }> {
  const dataDir = join(root, `run-${run}`);
  await fsp.cp(template, dataDir, { recursive: true });
  const where = `run ${run}, delay ${delay.toFixed(2)} ms, seed ${SEED}, folder ${dataDir}`;
  const printed = await runAndKill(WRITER, [dataDir, draftId], delay, where);
  const answered = [...printed.matchAll(/^saved (\d+)$/gm)].map((match) => Number(match[1])).at(-1) ?? 0;
  const draftsDir = join(dataDir, 'drafts');
  const journal = (await fsp.readdir(join(dataDir, 'journal'))).includes(`${draftId}.journal`);

  const store = await DraftStore.open({ dataDir, lock: false });
  const list = await store.list();
  const article = await store.open(draftId);
  await store.close();
  expect(list.problems, where).toEqual([]);
  const found = Number(/^Save (\d+)$/.exec(article.headline)?.[1] ?? Number.NaN);
  expect([answered, answered + 1], `${where}: found "${article.headline}"`).toContain(found);
  expect(article.body, where).toEqual(bodyAfter(found));
  expect(list.drafts.map((draft) => [draft.id, draft.headline]), where).toEqual([[draftId, article.headline]]);
  const left = (await fsp.readdir(draftsDir)).filter((name) => !TEMP_FILE_PATTERN.test(name));
  expect(left, where).toEqual([`${draftId}.json`]);
  expect(await fsp.readdir(join(dataDir, 'journal')), where).toEqual([]);
  await fsp.rm(dataDir, { recursive: true, force: true });
  return { journal, answered, found };
}
