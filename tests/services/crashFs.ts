import { basename, dirname } from 'node:path';
import type { AtomicFileHandle, AtomicFs } from '../../electron/services/writeFileAtomic';

export interface CrashFsOp {
  op: 'open' | 'write' | 'fsync' | 'close' | 'rename' | 'rm';
  path: string;
  to?: string;
  flags?: string;
  /** The error code the call failed with, injected or not. */
  error?: string;
}

export interface CrashFsSetup {
  folders: string[];
  /** Files present at the start, all durable. */
  files?: Record<string, string>;
}

interface Inode {
  data: string;
  /** What survives a crash once the last write is lost. */
  durable: string;
  dirty: boolean;
}

type Change =
  | { kind: 'link'; name: string; inode: Inode }
  | { kind: 'unlink'; name: string }
  | { kind: 'rename'; from: string; to: string; inode: Inode };

interface Folder {
  entries: Map<string, Inode>;
  durable: Map<string, Inode>;
  /** Changes to the entries since the folder was last fsynced, in order. */
  pending: Change[];
}

/**
 * An in-memory file system that records every call and knows what a power cut would leave:
 * file data is durable only once fsynced (before that the file may be empty or hold a prefix of it),
 * and creating, renaming or removing a file is durable only once its folder is fsynced
 * (before that, any prefix of those changes may have reached the disk).
 */
export class CrashFs implements AtomicFs {
  readonly ops: CrashFsOp[] = [];
  crashed = false;
  private readonly folders = new Map<string, Folder>();
  private crashAt = Infinity;
  private fault: (op: CrashFsOp) => string | undefined = () => undefined;

  constructor(setup: CrashFsSetup) {
    for (const path of setup.folders) this.folders.set(path, { entries: new Map(), durable: new Map(), pending: [] });
    for (const [path, data] of Object.entries(setup.files ?? {})) {
      const folder = this.folderOf(path);
      const inode = { data, durable: data, dirty: false };
      folder.entries.set(basename(path), inode);
      folder.durable.set(basename(path), inode);
    }
  }

  /** The machine stops after this many calls: every later call throws and changes nothing. */
  crashAfter(calls: number): void {
    this.crashAt = calls;
  }

  /** Makes a call fail with the returned error code instead of running. */
  failWith(fault: (op: CrashFsOp) => string | undefined): void {
    this.fault = fault;
  }

  read(path: string): string | undefined {
    return this.folders.get(dirname(path))?.entries.get(basename(path))?.data;
  }

  list(folder: string): string[] {
    return [...(this.folders.get(folder)?.entries.keys() ?? [])].sort();
  }

  /** Every state the disk may be found in after a crash now: file path to content. */
  crashStates(): Map<string, string>[] {
    let layouts: Map<string, Inode>[] = [new Map()];
    for (const [path, folder] of this.folders) {
      const options = possibleEntries(folder);
      layouts = layouts.flatMap((layout) =>
        options.map((entries) => {
          const next = new Map(layout);
          for (const [name, inode] of entries) next.set(`${path}/${name}`, inode);
          return next;
        }),
      );
    }
    return layouts.flatMap((layout) => {
      let states: Map<string, string>[] = [new Map()];
      const contents = new Map<Inode, string[]>();
      for (const [path, inode] of layout) {
        if (!contents.has(inode)) contents.set(inode, possibleContents(inode));
        states = states.flatMap((state) => contents.get(inode)!.map((data) => new Map(state).set(path, data)));
      }
      return states;
    });
  }

  async open(path: string, flags: string): Promise<AtomicFileHandle> {
    const op = this.step({ op: 'open', path, flags });
    if (this.folders.has(path)) {
      if (flags !== 'r') fail(op, 'EISDIR');
      const folder = this.folders.get(path)!;
      return this.handle(path, () => {
        folder.durable = new Map(folder.entries);
        folder.pending = [];
      });
    }
    const folder = this.folders.get(dirname(path)) ?? fail(op, 'ENOENT');
    const name = basename(path);
    let inode = folder.entries.get(name);
    if (flags === 'r') {
      if (!inode) fail(op, 'ENOENT');
      return this.handle(path, () => sync(inode!));
    }
    if (flags !== 'w' && flags !== 'wx') fail(op, 'EINVAL');
    if (inode && flags === 'wx') fail(op, 'EEXIST');
    if (inode) {
      inode.data = '';
      inode.dirty = true;
    } else {
      inode = { data: '', durable: '', dirty: false };
      folder.entries.set(name, inode);
      folder.pending.push({ kind: 'link', name, inode });
    }
    const file = inode;
    return this.handle(path, () => sync(file), (data) => {
      file.data += data;
      file.dirty = true;
    });
  }

  async rename(from: string, to: string): Promise<void> {
    const op = this.step({ op: 'rename', path: from, to });
    const source = this.folders.get(dirname(from));
    const target = this.folders.get(dirname(to)) ?? fail(op, 'ENOENT');
    const inode = source?.entries.get(basename(from)) ?? fail(op, 'ENOENT');
    if (this.folders.has(to)) fail(op, 'EISDIR');
    source!.entries.delete(basename(from));
    target.entries.set(basename(to), inode);
    if (source === target) {
      target.pending.push({ kind: 'rename', from: basename(from), to: basename(to), inode });
    } else {
      source!.pending.push({ kind: 'unlink', name: basename(from) });
      target.pending.push({ kind: 'link', name: basename(to), inode });
    }
  }

  async rm(path: string, options: { force: boolean }): Promise<void> {
    const op = this.step({ op: 'rm', path });
    if (this.folders.has(path)) fail(op, 'EISDIR');
    const folder = this.folders.get(dirname(path));
    const name = basename(path);
    if (!folder?.entries.has(name)) {
      if (options.force) return;
      fail(op, 'ENOENT');
    }
    folder!.entries.delete(name);
    folder!.pending.push({ kind: 'unlink', name });
  }

  private handle(path: string, onSync: () => void, onWrite?: (data: string) => void): AtomicFileHandle {
    let open = true;
    const use = (op: CrashFsOp): CrashFsOp => {
      const recorded = this.step(op);
      if (!open) fail(recorded, 'EBADF');
      return recorded;
    };
    return {
      writeFile: async (data) => {
        const op = use({ op: 'write', path });
        if (!onWrite) fail(op, this.folders.has(path) ? 'EISDIR' : 'EBADF');
        onWrite(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
      },
      writev: async (parts) => {
        const op = use({ op: 'write', path });
        if (!onWrite) fail(op, this.folders.has(path) ? 'EISDIR' : 'EBADF');
        const bytes = Buffer.concat(parts);
        onWrite(bytes.toString('utf8'));
        return { bytesWritten: bytes.length };
      },
      sync: async () => {
        use({ op: 'fsync', path });
        onSync();
      },
      close: async () => {
        use({ op: 'close', path });
        open = false;
      },
    };
  }

  private step(op: CrashFsOp): CrashFsOp {
    if (this.crashed || this.ops.length >= this.crashAt) {
      this.crashed = true;
      throw new Error(`Simulated crash: the machine stopped before ${op.op} ${op.path}.`);
    }
    this.ops.push(op);
    const code = this.fault(op);
    if (code) fail(op, code);
    return op;
  }

  private folderOf(path: string): Folder {
    const folder = this.folders.get(dirname(path));
    if (!folder) throw new Error(`CrashFs has no folder ${dirname(path)}`);
    return folder;
  }
}

function sync(inode: Inode): void {
  inode.durable = inode.data;
  inode.dirty = false;
}

function possibleEntries(folder: Folder): Map<string, Inode>[] {
  const options = [new Map(folder.durable)];
  for (const change of folder.pending) {
    const next = new Map(options.at(-1)!);
    if (change.kind === 'link') next.set(change.name, change.inode);
    if (change.kind === 'unlink') next.delete(change.name);
    if (change.kind === 'rename') {
      next.delete(change.from);
      next.set(change.to, change.inode);
    }
    options.push(next);
  }
  return options;
}

/** The worst a lost write can leave: the last fsynced data, nothing, half of the new data, or all of it. */
function possibleContents(inode: Inode): string[] {
  if (!inode.dirty) return [inode.data];
  return [...new Set([inode.durable, '', inode.data.slice(0, Math.floor(inode.data.length / 2)), inode.data])];
}

function fail(op: CrashFsOp, code: string): never {
  op.error = code;
  throw Object.assign(new Error(`${code}: ${op.op} ${op.path} (simulated)`), { code });
}
