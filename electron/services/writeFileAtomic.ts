import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The few file operations writeFileAtomic needs; tests pass a fake to simulate a full disk. */
export interface AtomicFs {
  open(path: string, flags: string): Promise<AtomicFileHandle>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: boolean }): Promise<void>;
}

export interface AtomicFileHandle {
  writeFile(data: string | Uint8Array, encoding: 'utf8'): Promise<void>;
  /** Writes the parts in order; may write only some of them (a full disk), as `writev` does. */
  writev(parts: readonly Uint8Array[]): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * What a file is written from: text, bytes, or bytes in parts, never joined into one buffer as big
 * as the file (a 100,000-word draft is 1.6 MB; see draftFileBytes and writeParts).
 */
export type FileData = string | Uint8Array | readonly Uint8Array[];

/** How the stores write a file: writeFileAtomic, or a stand-in in tests. */
export type WriteFile = (path: string, data: FileData) => Promise<void>;

/** Names of the temporary files writeFileAtomic makes: `.<basename>.<random>.tmp`. */
export const TEMP_FILE_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

const RENAME_RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);
const RENAME_ATTEMPTS = 5;
const DIR_SYNC_IGNORED_CODES = new Set(['EISDIR', 'EPERM', 'EINVAL']);

/** Replaces a file so that a crash leaves either the old content or the new, never a mix or nothing. */
export async function writeFileAtomic(path: string, data: FileData, fs: AtomicFs = fsPromises): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temp, 'wx');
    try {
      if (typeof data === 'string' || data instanceof Uint8Array) await handle.writeFile(data, 'utf8');
      else await writeParts(handle, data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, path);
    await syncFolder(fs, folder);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Writes every part: a call that wrote only some is followed by one for the rest, which fails with the disk's error. */
async function writeParts(handle: AtomicFileHandle, parts: readonly Uint8Array[]): Promise<void> {
  let rest = inGroups(parts);
  while (rest.length > 0) {
    let { bytesWritten } = await handle.writev(rest);
    if (bytesWritten <= 0) throw Object.assign(new Error('EIO: the file system took none of the data, write'), { code: 'EIO' });
    let first = 0;
    while (first < rest.length && bytesWritten >= rest[first]!.length) bytesWritten -= rest[first++]!.length;
    rest = rest.slice(first);
    if (bytesWritten > 0) rest[0] = rest[0]!.subarray(bytesWritten);
  }
}

/** Parts smaller than this are joined with their neighbours before they are written. */
const GROUP_BYTES = 64 * 1024;

/**
 * The parts joined into groups of about GROUP_BYTES: a draft of 100,000 words is about 3,800 parts,
 * and where the system has no vectored write (Windows) each part handed over is a call of its own.
 * Joining 64 KB at a time copies little and never holds the whole file twice.
 */
function inGroups(parts: readonly Uint8Array[]): Uint8Array[] {
  const groups: Uint8Array[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 1) groups.push(pending[0]!);
    else if (pending.length > 1) groups.push(Buffer.concat(pending, pendingBytes));
    pending = [];
    pendingBytes = 0;
  };
  for (const part of parts) {
    if (part.length === 0) continue;
    if (pendingBytes + part.length > GROUP_BYTES) flush();
    pending.push(part);
    pendingBytes += part.length;
  }
  flush();
  return groups;
}

async function renameWithRetry(fs: AtomicFs, from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= RENAME_ATTEMPTS || !RENAME_RETRY_CODES.has(codeOf(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** (attempt - 1)));
    }
  }
}

/** Makes a folder's entries (a rename, a new or removed file) survive a power cut. */
export async function syncFolder(fs: AtomicFs, folder: string): Promise<void> {
  let handle: AtomicFileHandle;
  try {
    handle = await fs.open(folder, 'r');
  } catch (error) {
    if (DIR_SYNC_IGNORED_CODES.has(codeOf(error))) return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    if (!DIR_SYNC_IGNORED_CODES.has(codeOf(error))) throw error;
  } finally {
    await handle.close();
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? '';
}
