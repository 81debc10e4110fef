import { spawn, type ChildProcess } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from '../../electron/services/dataDirLock';
import { DraftStore } from '../../electron/services/draftStore';
import { errorOf } from './errorOf';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const holderScript = join(here, 'lockHolder.ts');

let dataDir: string;
let lockPath: string;
const children: ChildProcess[] = [];

beforeEach(async () => {
  dataDir = await fsp.mkdtemp(join(tmpdir(), 'newsroom-lock-'));
  lockPath = join(dataDir, 'newsroom.lock');
});

afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
  await fsp.rm(dataDir, { recursive: true, force: true });
});

/** Starts lockHolder.ts in another Node process; resolves with its first line ("locked <pid>" or "refused <code>"). */
function startHolder(): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir], {
    cwd: repoRoot,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((done, fail) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => done({ child, line }));
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`the lock holder exited (${code}) before saying anything`)));
  });
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGKILL');
  });
}

async function lockFile(): Promise<{ pid: number; hostname: string; startedAt: string }> {
  return JSON.parse(await fsp.readFile(lockPath, 'utf8'));
}

async function exists(path: string): Promise<boolean> {
  return fsp.access(path).then(
    () => true,
    () => false,
  );
}

describe('acquireDataDirLock', () => {
  it('refuses a data folder another process holds, and takes it over once that process was killed', async () => {
    const { child, line } = await startHolder();
    expect(line).toBe(`locked ${child.pid}`);
    expect(await lockFile()).toMatchObject({ pid: child.pid, hostname: hostname() });

    const refused = await errorOf(DraftStore.open({ dataDir }));
    expect(refused.code).toBe('locked');
    expect(refused.message).toMatch(
      new RegExp(
        `^Another copy of Newsroom \\(process ${child.pid}, started \\d\\d:\\d\\d\\) is using this data folder: .+\\. Close it first, or set NEWSROOM_DATA_DIR to use another folder\\.$`,
      ),
    );
    expect(refused.message).toContain(dataDir);
    expect(await fsp.readdir(dataDir)).toEqual(['newsroom.lock']);

    await killed(child);
    expect((await lockFile()).pid).toBe(child.pid);
    const store = await DraftStore.open({ dataDir });
    expect((await lockFile()).pid).toBe(process.pid);
    await store.create();
    expect((await fsp.readdir(dataDir)).filter((name) => name.startsWith('newsroom.lock'))).toEqual(['newsroom.lock']);

    const second = await startHolder();
    expect(second.line).toBe('refused locked');
    await store.close();
    expect(await exists(lockPath)).toBe(false);
  });

  it('lets exactly one of several processes take over a stale lock at once', async () => {
    const { child } = await startHolder();
    await killed(child);
    const lines = (await Promise.all(Array.from({ length: 4 }, () => startHolder()))).map((started) => started.line);
    expect(lines.filter((line) => line.startsWith('locked '))).toHaveLength(1);
    expect(lines.filter((line) => line === 'refused locked')).toHaveLength(3);
    const winner = lines.find((line) => line.startsWith('locked '));
    expect(`locked ${(await lockFile()).pid}`).toBe(winner);
    expect(await fsp.readdir(dataDir)).toEqual(['newsroom.lock']);
  });

  it('gives a stale lock to exactly one of six processes that try at the same moment, round after round', async () => {
    const { child } = await startHolder();
    const deadPid = child.pid!;
    await killed(child);
    const stale = await fsp.readFile(lockPath, 'utf8');
    for (let round = 1; round <= 3; round += 1) {
      await fsp.writeFile(lockPath, stale);
      const start = join(`${dataDir}-start-${round}`);
      const racers = Array.from({ length: 6 }, () => {
        const racer = spawn(process.execPath, ['--import', 'tsx', holderScript, dataDir, start], { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] });
        children.push(racer);
        const lines: string[] = [];
        const ready = new Promise<void>((done, fail) => {
          createInterface({ input: racer.stdout! }).on('line', (line) => (lines.push(line), line === 'ready' && done()));
          racer.once('exit', (code) => fail(new Error(`a racer exited (${code}) before it was ready`)));
        });
        return { racer, lines, ready };
      });
      await Promise.all(racers.map((r) => r.ready));
      await fsp.writeFile(start, '');
      await expect.poll(() => racers.every((r) => r.lines.length >= 2), { timeout: 20_000 }).toBe(true);
      const answers = racers.map((r) => r.lines[1]!);
      const winners = answers.filter((line) => line.startsWith('locked '));
      expect(winners, `round ${round}: ${answers.join(', ')} (the stale lock was process ${deadPid}'s)`).toHaveLength(1);
      expect(answers.filter((line) => line === 'refused locked')).toHaveLength(5);
      expect(`locked ${(await lockFile()).pid}`).toBe(winners[0]);
      expect(await fsp.readdir(dataDir)).toEqual(['newsroom.lock']);
      await Promise.all(racers.filter((r) => r.racer.exitCode === null && r.racer.signalCode === null).map((r) => killed(r.racer)));
      await fsp.rm(start, { force: true });
    }
  }, 60_000);

  it.each([
    ['empty', ''],
    ['garbage', 'not json at all'],
    ['without a pid', '{"hostname": "x", "startedAt": "2026-01-01T00:00:00.000Z"}'],
    ['with an impossible pid', `{"pid": 0, "hostname": "${hostname()}", "startedAt": "2026-01-01T00:00:00.000Z"}`],
  ])('takes over a lock file that is %s', async (_name, text) => {
    await fsp.writeFile(lockPath, text);
    const longAgo = new Date(Date.now() - 60_000);
    await fsp.utimes(lockPath, longAgo, longAgo);
    const lock = await acquireDataDirLock(dataDir);
    expect(await lockFile()).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(await fsp.readdir(dataDir)).toEqual(['newsroom.lock']);
    await lock.release();
  });

  it('waits a moment before taking over an empty lock file that was just created', async () => {
    await fsp.writeFile(lockPath, '');
    const started = Date.now();
    const lock = await acquireDataDirLock(dataDir);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    expect((await lockFile()).pid).toBe(process.pid);
    await lock.release();
  });

  it('is reentrant within one process and removes the file when the last holder lets go', async () => {
    const first = await DraftStore.open({ dataDir });
    const second = await DraftStore.open({ dataDir });
    const direct = await acquireDataDirLock(dataDir);
    expect((await lockFile()).pid).toBe(process.pid);
    await first.close();
    await first.close();
    await direct.release();
    expect(await exists(lockPath)).toBe(true);
    await second.close();
    expect(await exists(lockPath)).toBe(false);
    await direct.release();
    expect(await exists(lockPath)).toBe(false);
  });

  it('is not kept out by a takeover guard that a process which died while taking over left behind', async () => {
    const dead = 4242;
    const isAlive = (pid: number) => pid !== dead;
    await fsp.writeFile(lockPath, JSON.stringify({ pid: dead, hostname: hostname(), startedAt: '2026-11-27T08:00:00.000Z' }));
    await fsp.writeFile(`${lockPath}.takeover`, JSON.stringify({ pid: dead, hostname: hostname(), startedAt: '2026-11-27T08:00:01.000Z' }));
    const lock = await acquireDataDirLock(dataDir, { isAlive });
    expect((await lockFile()).pid).toBe(process.pid);
    expect(await fsp.readdir(dataDir)).toEqual(['newsroom.lock']);
    await lock.release();
  });

  it('takes back a lock file with its own pid, as after a crash whose pid came back', async () => {
    const text = JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2026-11-27T08:00:00.000Z' });
    await fsp.writeFile(lockPath, text);
    const lock = await acquireDataDirLock(dataDir);
    expect(await fsp.readFile(lockPath, 'utf8')).toBe(text);
    await lock.release();
    expect(await exists(lockPath)).toBe(false);
  });

  it('does not remove a lock file that is no longer its own', async () => {
    const lock = await acquireDataDirLock(dataDir);
    const other = JSON.stringify({ pid: 4242, hostname: 'elsewhere', startedAt: new Date().toISOString() });
    await fsp.writeFile(lockPath, other);
    await lock.release();
    expect(await fsp.readFile(lockPath, 'utf8')).toBe(other);
  });

  it('names the holder and the time it started', async () => {
    const startedAt = new Date();
    startedAt.setHours(20, 14, 0, 0);
    const evening = new Date(startedAt.getTime() + 30 * 60_000);
    await fsp.writeFile(lockPath, JSON.stringify({ pid: 4242, hostname: hostname(), startedAt: startedAt.toISOString() }));
    const refused = await errorOf(acquireDataDirLock(dataDir, { isAlive: (pid) => pid === 4242, now: () => evening }));
    expect(refused.code).toBe('locked');
    expect(refused.message).toBe(
      `Another copy of Newsroom (process 4242, started 20:14) is using this data folder: ${dataDir}. Close it first, or set NEWSROOM_DATA_DIR to use another folder.`,
    );
    const nextDay = new Date(evening.getTime() + 24 * 60 * 60_000);
    const later = await errorOf(acquireDataDirLock(dataDir, { isAlive: () => true, now: () => nextDay }));
    expect(later.message).toMatch(/\(process 4242, started \d{4}-\d\d-\d\d 20:14\)/);

    const lock = await acquireDataDirLock(dataDir, { isAlive: () => false });
    expect((await lockFile()).pid).toBe(process.pid);
    await lock.release();
  });

  it('refuses a fresh lock from another computer, and takes over one not refreshed for 10 minutes', async () => {
    const foreign = { pid: process.pid, hostname: 'other-computer', startedAt: new Date().toISOString() };
    await fsp.writeFile(lockPath, JSON.stringify(foreign));
    const refused = await errorOf(acquireDataDirLock(dataDir));
    expect(refused.code).toBe('locked');
    expect(refused.message).toMatch(new RegExp(`^Another copy of Newsroom \\(process ${process.pid} on other-computer, started`));

    const nineMinutesAgo = new Date(Date.now() - 9 * 60_000);
    await fsp.utimes(lockPath, nineMinutesAgo, nineMinutesAgo);
    expect((await errorOf(acquireDataDirLock(dataDir))).code).toBe('locked');

    const elevenMinutesAgo = new Date(Date.now() - 11 * 60_000);
    await fsp.utimes(lockPath, elevenMinutesAgo, elevenMinutesAgo);
    const lock = await acquireDataDirLock(dataDir);
    expect(await lockFile()).toMatchObject({ pid: process.pid, hostname: hostname() });
    await lock.release();
  });

  it('never lists the lock as a draft, and temp-file cleanup leaves it alone', async () => {
    const store = await DraftStore.open({ dataDir });
    const longAgo = new Date(Date.now() - 5 * 60_000);
    await fsp.utimes(lockPath, longAgo, longAgo);
    const again = await DraftStore.open({ dataDir });
    expect(await again.list()).toEqual({ drafts: [], problems: [], complete: true });
    expect((await lockFile()).pid).toBe(process.pid);
    expect(await fsp.readdir(join(dataDir, 'drafts'))).toEqual([]);
    await again.close();
    await store.close();
  });

  it('opens a store without a lock when asked to', async () => {
    const store = await DraftStore.open({ dataDir, lock: false });
    expect(await exists(lockPath)).toBe(false);
    await store.close();
  });
});
