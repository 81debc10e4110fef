import type { FileHandle } from 'node:fs/promises';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEMP_FILE_PATTERN, writeFileAtomic, type AtomicFileHandle, type AtomicFs } from '../../electron/services/writeFileAtomic';

let dir: string;

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'newsroom-atomic-'));
});

afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with one operation replaced. */
function fakeFs(overrides: Partial<AtomicFs>): AtomicFs & { tempNames: string[] } {
  const tempNames: string[] = [];
  return {
    tempNames,
    open: async (path, flags) => {
      if (flags === 'wx') tempNames.push(path);
      return fsp.open(path, flags);
    },
    rename: (from, to) => fsp.rename(from, to),
    rm: (path, options) => fsp.rm(path, options),
    ...overrides,
  };
}

/** The real file system, with the temp file's handle changed as given. */
function fakeTempHandle(change: (handle: FileHandle) => Partial<AtomicFileHandle>): AtomicFs & { tempNames: string[] } {
  return fakeFs({
    open: async (path, flags) => {
      const handle = await fsp.open(path, flags);
      if (flags !== 'wx') return handle;
      return {
        writeFile: (data, encoding) => handle.writeFile(data, encoding),
        writev: (parts) => handle.writev(parts as Uint8Array[]),
        sync: () => handle.sync(),
        close: () => handle.close(),
        ...change(handle),
      };
    },
  });
}

describe('writeFileAtomic', () => {
  it('creates and then replaces a file, leaving no temp file behind', async () => {
    const target = join(dir, 'a.json');
    await writeFileAtomic(target, 'first «Київ»');
    expect(await fsp.readFile(target, 'utf8')).toBe('first «Київ»');
    await writeFileAtomic(target, 'second');
    expect(await fsp.readFile(target, 'utf8')).toBe('second');
    expect(await fsp.readdir(dir)).toEqual(['a.json']);
  });

  it('names its temp file .<basename>.<random>.tmp in the same folder', async () => {
    const fs = fakeFs({});
    await writeFileAtomic(join(dir, 'a.json'), 'x', fs);
    expect(fs.tempNames).toHaveLength(1);
    const temp = fs.tempNames[0]!;
    expect(temp.startsWith(join(dir, '.a.json.'))).toBe(true);
    expect(TEMP_FILE_PATTERN.test(temp.slice(dir.length + 1))).toBe(true);
  });

  it('leaves the old file intact and removes the temp file when the disk is full', async () => {
    const target = join(dir, 'a.json');
    await fsp.writeFile(target, 'old content');
    const fs = fakeTempHandle(() => ({
      writeFile: async () => {
        throw systemError('ENOSPC');
      },
      writev: async () => {
        throw systemError('ENOSPC');
      },
    }));
    await expect(writeFileAtomic(target, 'new content', fs)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fsp.readFile(target, 'utf8')).toBe('old content');
    expect(await fsp.readdir(dir)).toEqual(['a.json']);
  });

  it('writes a file given in parts, in order, and goes on after a write that took only some of them', async () => {
    const target = join(dir, 'parts.json');
    const parts = ['{"headline": ', '"Міст «Дніпро»"', ', "words": ', '12', '}\n'].map((text) => Buffer.from(text));
    const calls: number[] = [];
    const fs = fakeTempHandle((handle) => ({
      // A file system that takes at most 7 bytes a call, as a disk filling up or a signal can cause.
      writev: async (rest) => {
        calls.push(rest.length);
        return handle.write(Buffer.concat(rest).subarray(0, 7));
      },
    }));
    await writeFileAtomic(target, parts, fs);
    expect(await fsp.readFile(target, 'utf8')).toBe('{"headline": "Міст «Дніпро»", "words": 12}\n');
    expect(calls.length).toBe(Math.ceil(Buffer.concat(parts).length / 7));
    await writeFileAtomic(target, parts);
    expect(await fsp.readFile(target, 'utf8')).toBe('{"headline": "Міст «Дніпро»", "words": 12}\n');
    expect(await fsp.readdir(dir)).toEqual(['parts.json']);
  });

  it('hands a file of thousands of small parts to the system in a few large pieces, in order', async () => {
    const target = join(dir, 'long.json');
    const parts = Array.from({ length: 10_000 }, (_, i) => Buffer.from(`${String(i).padStart(5, '0')} абзац;\n`));
    const handed: number[][] = [];
    const fs = fakeTempHandle((handle) => ({
      writev: (pieces) => (handed.push(pieces.map((piece) => piece.length)), handle.writev(pieces as Uint8Array[])),
    }));
    await writeFileAtomic(target, parts, fs);
    expect(await fsp.readFile(target)).toEqual(Buffer.concat(parts));
    const pieces = handed.flat();
    expect(pieces.length).toBeLessThan(20);
    expect(Math.max(...pieces)).toBeLessThanOrEqual(64 * 1024);
  });

  it('keeps the old file when the disk fills up part of the way through the parts', async () => {
    const target = join(dir, 'a.json');
    await fsp.writeFile(target, 'old content');
    let room = 10;
    const fs = fakeTempHandle((handle) => ({
      writev: async (rest) => {
        if (room === 0) throw systemError('ENOSPC');
        const { bytesWritten } = await handle.write(Buffer.concat(rest).subarray(0, room));
        room -= bytesWritten;
        return { bytesWritten };
      },
    }));
    await expect(writeFileAtomic(target, [Buffer.from('new content, '), Buffer.from('much longer')], fs)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fsp.readFile(target, 'utf8')).toBe('old content');
    expect(await fsp.readdir(dir)).toEqual(['a.json']);
  });

  it('retries a rename that another program briefly blocks', async () => {
    let failures = 2;
    const fs = fakeFs({
      rename: async (from, to) => {
        if (failures-- > 0) throw systemError('EBUSY');
        await fsp.rename(from, to);
      },
    });
    await writeFileAtomic(join(dir, 'a.json'), 'done', fs);
    expect(await fsp.readFile(join(dir, 'a.json'), 'utf8')).toBe('done');
    expect(failures).toBe(-1);
  });

  it('gives up on a rename error that will not pass, and cleans up', async () => {
    let attempts = 0;
    const fs = fakeFs({
      rename: async () => {
        attempts += 1;
        throw systemError('EXDEV');
      },
    });
    await expect(writeFileAtomic(join(dir, 'a.json'), 'x', fs)).rejects.toMatchObject({ code: 'EXDEV' });
    expect(attempts).toBe(1);
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('gives up after a few attempts when the rename stays blocked', async () => {
    let attempts = 0;
    const fs = fakeFs({
      rename: async () => {
        attempts += 1;
        throw systemError('EPERM');
      },
    });
    await expect(writeFileAtomic(join(dir, 'a.json'), 'x', fs)).rejects.toMatchObject({ code: 'EPERM' });
    expect(attempts).toBe(5);
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('ignores a folder that cannot be fsynced, as on Windows', async () => {
    const fs = fakeFs({
      open: async (path, flags) => {
        if (flags === 'r') throw systemError('EISDIR');
        return fsp.open(path, flags);
      },
    });
    await writeFileAtomic(join(dir, 'a.json'), 'x', fs);
    expect(await fsp.readFile(join(dir, 'a.json'), 'utf8')).toBe('x');
  });
});
