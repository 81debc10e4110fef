import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMP_FILE_PATTERN, writeFileAtomic, type AtomicFs } from '../../electron/services/writeFileAtomic';
import { CrashFs, type CrashFsOp } from './crashFs';

type Writer = (path: string, data: string, fs: AtomicFs) => Promise<void>;

interface Scenario {
  /** The target's durable content before the write; undefined when it does not exist yet. */
  old?: string | undefined;
  /** How many times in a row a rename fails with EPERM, as when an antivirus holds the file. */
  renameFailures?: number;
}

const FOLDER = '/data/drafts';
const TARGET = `${FOLDER}/a.json`;
const OLD = `${JSON.stringify({ headline: 'Old', body: 'x'.repeat(300) })}\n`;
const NEW = `${JSON.stringify({ headline: 'New', body: 'y'.repeat(3000) })}\n`;

function fsFor(scenario: Scenario): CrashFs {
  const fs = new CrashFs({ folders: [FOLDER], files: scenario.old === undefined ? {} : { [TARGET]: scenario.old } });
  let failures = scenario.renameFailures ?? 0;
  fs.failWith((op) => (op.op === 'rename' && failures-- > 0 ? 'EPERM' : undefined));
  return fs;
}

function describeOp(op: CrashFsOp): string {
  return [op.op, op.path, op.to && `-> ${op.to}`, op.flags, op.error && `(${op.error})`].filter(Boolean).join(' ');
}

function describeContent(content: string | undefined): string {
  if (content === undefined) return 'missing';
  if (content === OLD) return 'OLD';
  if (content === NEW) return 'NEW';
  if (content === '') return 'empty';
  return `${content.length} other characters`;
}

/**
 * Runs the writer once to count its calls, then again crashing after each number of calls k,
 * and lists every state the target may be left in that is neither the old content nor the new one,
 * or, once the writer has returned, anything but the new content.
 */
async function badCrashStates(write: Writer, scenario: Scenario = { old: OLD }): Promise<string[]> {
  const complete = fsFor(scenario);
  await write(TARGET, NEW, complete);
  const total = complete.ops.length;
  const bad = new Set<string>();
  for (let k = 0; k <= total; k += 1) {
    const fs = fsFor(scenario);
    fs.crashAfter(k);
    await write(TARGET, NEW, fs).catch(() => undefined);
    if (fs.crashed !== k < total) throw new Error(`The writer made a different number of calls with a crash after ${k}`);
    const allowed = k === total ? [NEW] : [scenario.old, NEW];
    for (const state of fs.crashStates()) {
      const content = state.get(TARGET);
      if (!allowed.includes(content)) bad.add(`crash after ${k} of ${total} calls: ${describeContent(content)}`);
      const strays = [...state.keys()].filter((path) => path !== TARGET && !TEMP_FILE_PATTERN.test(basename(path)));
      if (strays.length) bad.add(`crash after ${k} of ${total} calls: stray files ${strays.join(', ')}`);
    }
  }
  return [...bad];
}

const withoutFileSync: Writer = async (path, data, fs) => {
  const temp = `${FOLDER}/.${basename(path)}.0123456789ab.tmp`;
  const handle = await fs.open(temp, 'wx');
  await handle.writeFile(data, 'utf8');
  await handle.close();
  await fs.rename(temp, path);
  const folder = await fs.open(FOLDER, 'r');
  await folder.sync();
  await folder.close();
};

const inPlace: Writer = async (path, data, fs) => {
  const handle = await fs.open(path, 'w');
  await handle.writeFile(data, 'utf8');
  await handle.sync();
  await handle.close();
};

const withoutFolderSync: Writer = async (path, data, fs) => {
  const temp = `${FOLDER}/.${basename(path)}.0123456789ab.tmp`;
  const handle = await fs.open(temp, 'wx');
  await handle.writeFile(data, 'utf8');
  await handle.sync();
  await handle.close();
  await fs.rename(temp, path);
};

describe('writeFileAtomic on a disk that may lose power', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const fs = fsFor({ old: OLD });
    await writeFileAtomic(TARGET, NEW, fs);
    const temp = fs.ops[0]!.path;
    expect(TEMP_FILE_PATTERN.test(basename(temp))).toBe(true);
    expect(fs.ops.map((op) => describeOp(op).replace(temp, '<temp>'))).toEqual([
      `open <temp> wx`,
      `write <temp>`,
      `fsync <temp>`,
      `close <temp>`,
      `rename <temp> -> ${TARGET}`,
      `open ${FOLDER} r`,
      `fsync ${FOLDER}`,
      `close ${FOLDER}`,
    ]);
    expect(fs.list(FOLDER)).toEqual(['a.json']);
    expect(fs.crashStates()).toEqual([new Map([[TARGET, NEW]])]);
  });

  it('leaves exactly the old or the new content after a crash at any moment, and the new one once it returns', async () => {
    expect(await badCrashStates(writeFileAtomic)).toEqual([]);
  });

  it('leaves no file or the new one when it creates a file', async () => {
    expect(await badCrashStates(writeFileAtomic, { old: undefined })).toEqual([]);
  });

  it('retries a rename that fails twice with EPERM, ending with the new content and no temp file', async () => {
    const fs = fsFor({ old: OLD, renameFailures: 2 });
    await writeFileAtomic(TARGET, NEW, fs);
    expect(fs.ops.filter((op) => op.op === 'rename').map((op) => op.error)).toEqual(['EPERM', 'EPERM', undefined]);
    expect(fs.read(TARGET)).toBe(NEW);
    expect(fs.list(FOLDER)).toEqual(['a.json']);
    expect(fs.crashStates()).toEqual([new Map([[TARGET, NEW]])]);
    expect(await badCrashStates(writeFileAtomic, { old: OLD, renameFailures: 2 })).toEqual([]);
  });

  it('keeps the old content and removes the temp file when the rename keeps failing', async () => {
    const fs = fsFor({ old: OLD, renameFailures: Infinity });
    await expect(writeFileAtomic(TARGET, NEW, fs)).rejects.toMatchObject({ code: 'EPERM' });
    expect(fs.ops.filter((op) => op.op === 'rename')).toHaveLength(5);
    expect(fs.ops.at(-1)).toMatchObject({ op: 'rm', path: fs.ops[0]!.path });
    expect(fs.read(TARGET)).toBe(OLD);
    expect(fs.list(FOLDER)).toEqual(['a.json']);
    for (const state of fs.crashStates()) {
      expect(state.get(TARGET)).toBe(OLD);
      for (const path of state.keys()) expect(path === TARGET || TEMP_FILE_PATTERN.test(basename(path))).toBe(true);
    }
  });
});

describe('the crash model catches writers that are not safe', () => {
  it('finds an empty or partial file when the temp file is not fsynced before the rename', async () => {
    const bad = await badCrashStates(withoutFileSync);
    expect(bad).toContain('crash after 7 of 7 calls: empty');
    expect(bad.some((state) => state.includes('other characters'))).toBe(true);
  });

  it('finds an empty or partial file when the target is overwritten in place', async () => {
    const bad = await badCrashStates(inPlace);
    expect(bad).toContain('crash after 1 of 4 calls: empty');
    expect(bad.some((state) => state.includes('other characters'))).toBe(true);
  });

  it('finds the old content after return when the folder is not fsynced', async () => {
    expect(await badCrashStates(withoutFolderSync)).toEqual(['crash after 5 of 5 calls: OLD']);
  });
});
