import { readFileSync, unlinkSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { hostname as osHostname, uptime } from 'node:os';
import { join, resolve } from 'node:path';
import { NewsroomError } from '../../shared/errors';
import { errnoCode } from './errnoCode';

export interface DataDirLock {
  readonly path: string;
  /** Lets the folder go once every holder in this process has released it; a second call does nothing. */
  release(): Promise<void>;
}

export interface DataDirLockOptions {
  pid?: number;
  hostname?: string;
  now?: () => Date;
  isAlive?: (pid: number) => boolean;
}

const LOCK_FILE_NAME = 'newsroom.lock';

const REFRESH_MS = 60_000;
/** A lock from another computer whose mtime was not refreshed for this long is left over from a crash. */
const FOREIGN_STALE_MS = 10 * 60_000;
/** An empty lock file this young may be one another process has just created and not yet written. */
const EMPTY_GRACE_MS = 1_000;
const EMPTY_GRACE_WAITS = 20;
const EMPTY_GRACE_STEP_MS = 50;
const BOOT_SLACK_MS = 2 * REFRESH_MS;
const MAX_ROUNDS = 50;
/** Beside the lock while one process takes a stale lock over; the others wait for it. */
const TAKEOVER_SUFFIX = '.takeover';
/** A takeover guard this old, or whose process is gone, was left by a process that died while taking over. */
const TAKEOVER_ABANDONED_MS = 10_000;
const TAKEOVER_WAIT_MS = 20;

interface Holder {
  pid: number;
  hostname: string;
  startedAt: string;
}

interface Held {
  pid: number;
  hostname: string;
  /** The lock file's text as this process wrote or found it: release removes the file only if it still holds this. */
  text: string;
  count: number;
  timer: NodeJS.Timeout;
}

const held = new Map<string, Held>();
let serial: Promise<unknown> = Promise.resolve();
let exitHookInstalled = false;

/**
 * Makes this process the only writer of a data folder through `<dataDir>/newsroom.lock` ({ pid, hostname, startedAt }),
 * created with O_EXCL. Reentrant within one process; a lock left by a process that is gone is taken over.
 */
export function acquireDataDirLock(dataDir: string, options: DataDirLockOptions = {}): Promise<DataDirLock> {
  const folder = resolve(dataDir);
  const path = join(folder, LOCK_FILE_NAME);
  const me = { pid: options.pid ?? process.pid, hostname: options.hostname ?? osHostname() };
  const now = options.now ?? (() => new Date());
  const isAlive = options.isAlive ?? processIsAlive;
  return serialized(async () => {
    const mine = held.get(path);
    if (mine && mine.pid === me.pid && mine.hostname === me.hostname) {
      mine.count += 1;
      return handleFor(path, mine);
    }
    await fs.mkdir(folder, { recursive: true });
    let graceWaits = 0;
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const text = `${JSON.stringify({ pid: me.pid, hostname: me.hostname, startedAt: now().toISOString() })}\n`;
      if (await createExclusive(path, text)) return hold(path, me, text, now);
      const found = await readLock(path);
      if (found === null) continue;
      const holder = parseHolder(found.text);
      if (holder && holder.pid === me.pid && holder.hostname === me.hostname) return hold(path, me, found.text, now);
      if (holder && isLive(holder, found.mtimeMs, me.hostname, now, isAlive)) {
        throw new NewsroomError('locked', lockedMessage(holder, me.hostname, folder, now()));
      }
      if (!holder && found.text === '' && now().getTime() - found.mtimeMs < EMPTY_GRACE_MS && graceWaits < EMPTY_GRACE_WAITS) {
        graceWaits += 1;
        await new Promise((done) => setTimeout(done, EMPTY_GRACE_STEP_MS));
        continue;
      }
      await takeOver(path, found, text, me.hostname, isAlive);
    }
    throw new NewsroomError(
      'locked',
      `Newsroom could not take the lock file of its data folder (${path}): other programs keep changing it. Close other copies of Newsroom and try again.`,
    );
  });
}

function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = serial.then(task, task);
  serial = run.catch(() => undefined);
  return run;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

function isLive(
  holder: Holder,
  mtimeMs: number,
  ourHostname: string,
  now: () => Date,
  isAlive: (pid: number) => boolean,
): boolean {
  if (holder.hostname !== ourHostname) return now().getTime() - mtimeMs <= FOREIGN_STALE_MS;
  // A live holder refreshes the mtime, so a lock last touched before this computer started is left over,
  // even if its pid now belongs to some other program.
  const bootedAt = Date.now() - uptime() * 1000;
  if (uptime() > 0 && mtimeMs < bootedAt - BOOT_SLACK_MS) return false;
  return isAlive(holder.pid);
}

/** True when this call created the file; false when it already existed. */
async function createExclusive(path: string, text: string): Promise<boolean> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'wx');
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(path, { force: true });
    throw error;
  }
  await handle.close();
  return true;
}

/** The lock file's text and mtime, or null when it vanished meanwhile. */
async function readLock(path: string): Promise<{ text: string; mtimeMs: number } | null> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
  try {
    const { mtimeMs } = await handle.stat();
    return { text: await handle.readFile('utf8'), mtimeMs };
  } finally {
    await handle.close();
  }
}

function parseHolder(text: string): Holder | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { pid, hostname, startedAt } = raw as Record<string, unknown>;
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return null;
  if (typeof hostname !== 'string' || typeof startedAt !== 'string') return null;
  return { pid, hostname, startedAt };
}

/**
 * Removes a stale lock so a fresh one can be created with O_EXCL, while holding a guard file
 * (`newsroom.lock.takeover`, itself created with O_EXCL) so that only one process at a time does it.
 * Without the guard, two processes that had both read the stale lock could each remove a lock: the
 * second one removed the fresh lock the first had made meanwhile, and a third process then created
 * its own, so two processes held the folder (6 processes started at once: 11 rounds of 15 ended with
 * two or three holders). With it, the lock is removed only while it is still the stale one;
 * a process that finds the guard taken waits and looks again.
 */
async function takeOver(
  path: string,
  stale: { text: string; mtimeMs: number },
  /** What goes in the guard: the text of the lock this process would write, naming it. */
  guardText: string,
  ourHostname: string,
  isAlive: (pid: number) => boolean,
): Promise<void> {
  const guard = `${path}${TAKEOVER_SUFFIX}`;
  if (!(await createExclusive(guard, guardText))) {
    await removeAbandonedGuard(guard, ourHostname, isAlive);
    await new Promise((done) => setTimeout(done, TAKEOVER_WAIT_MS));
    return;
  }
  try {
    // The same text and time: an empty lock file another process has just made is not the stale one.
    const current = await readLock(path);
    if (current !== null && current.text === stale.text && current.mtimeMs === stale.mtimeMs) await fs.rm(path, { force: true });
  } finally {
    await fs.rm(guard, { force: true });
  }
}

/** A guard left by a process that died while taking over would keep every other process out. */
async function removeAbandonedGuard(guard: string, ourHostname: string, isAlive: (pid: number) => boolean): Promise<void> {
  const found = await readLock(guard);
  if (found === null) return;
  const owner = parseHolder(found.text);
  const gone = owner !== null && owner.hostname === ourHostname && !isAlive(owner.pid);
  if (gone || Date.now() - found.mtimeMs > TAKEOVER_ABANDONED_MS) {
    // Only if it is still the guard just read: another process may have replaced it meanwhile.
    const again = await readLock(guard);
    if (again !== null && again.text === found.text && again.mtimeMs === found.mtimeMs) await fs.rm(guard, { force: true });
  }
}

function hold(path: string, me: { pid: number; hostname: string }, text: string, now: () => Date): DataDirLock {
  const timer = setInterval(() => {
    const time = now();
    fs.utimes(path, time, time).catch(() => undefined);
  }, REFRESH_MS);
  timer.unref();
  const entry: Held = { ...me, text, count: 1, timer };
  held.set(path, entry);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', releaseAllSync);
  }
  return handleFor(path, entry);
}

function handleFor(path: string, entry: Held): DataDirLock {
  let released = false;
  return {
    path,
    release: () =>
      serialized(async () => {
        if (released) return;
        released = true;
        entry.count -= 1;
        if (entry.count > 0) return;
        clearInterval(entry.timer);
        if (held.get(path) === entry) held.delete(path);
        const text = await fs.readFile(path, 'utf8').catch(() => null);
        if (text === entry.text) await fs.rm(path, { force: true });
      }),
  };
}

/** A process that exits without closing its stores still leaves no lock behind (a crash does; it is taken over). */
function releaseAllSync(): void {
  for (const [path, entry] of held) {
    try {
      if (readFileSync(path, 'utf8') === entry.text) unlinkSync(path);
    } catch {
      // Already gone, or not ours any more.
    }
  }
}

function lockedMessage(holder: Holder, ourHostname: string, folder: string, now: Date): string {
  const where = holder.hostname === ourHostname ? '' : ` on ${holder.hostname}`;
  const startedAt = new Date(holder.startedAt);
  const started = Number.isNaN(startedAt.getTime()) ? '' : `, started ${clockTime(startedAt, now)}`;
  return `Another copy of Newsroom (process ${holder.pid}${where}${started}) is using this data folder: ${folder}. Close it first, or set NEWSROOM_DATA_DIR to use another folder.`;
}

/** "20:14" today, "2026-11-26 20:14" on another day, in local time. */
function clockTime(time: Date, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const hours = `${pad(time.getHours())}:${pad(time.getMinutes())}`;
  return day === today ? hours : `${day} ${hours}`;
}
