import * as fs from 'node:fs/promises';
import { z } from 'zod';
import { ArticleContentSchema, BodyNodeSchema, depthOf, MAX_BODY_DEPTH, type Article, type BodyNode } from '../../shared/article/article';
import { applyBlockRuns, type BlockRun } from '../../shared/article/blockDelta';
import type { JournalWhy } from '../../shared/errorText';
import { sameTime } from './sameTime';

/**
 * A draft's journal: the delta saves made since its file was last written whole, one line each,
 * in `journal/<id>.journal` in the data folder. Appending a few kilobytes and flushing them to disk
 * costs far less than writing a 100,000-word draft (1.6 MB) again on every save, which held up
 * typing while saves were under way (docs/performance.md). The store writes the draft whole again
 * once the writer pauses, before anything else is done with it, and on close; it then removes the
 * journal. A journal found when the store opens is applied to its draft (see replayJournal).
 *
 * The first line names the draft and the `updatedAt` of the file it applies to; each next line is
 * one save: the `updatedAt` it applies to (`base`), its own, the fields beside the body, and the
 * runs of top-level blocks it replaced. Each save's `updatedAt` is later than its base, so a
 * draft's `updatedAt` tells how far into its journal it is.
 */
export const JOURNAL_SUFFIX = '.journal';
const FORMAT = 'newsroom-journal';
const VERSION = 1;

/** A save's fields without the body, and one top-level block of the body. */
export const ArticleHeadSchema = ArticleContentSchema.omit({ body: true });
export const TopLevelBlockSchema = BodyNodeSchema.refine((node) => depthOf(node) < MAX_BODY_DEPTH, {
  message: `The body is nested more than ${MAX_BODY_DEPTH} levels deep.`,
});
export type ArticleHead = z.infer<typeof ArticleHeadSchema>;
/** The blocks a run of a delta save puts in (made once: making a zod schema costs more than checking a paragraph). */
export const InsertedBlocksSchema = z.array(TopLevelBlockSchema);

const HeaderSchema = z.object({ format: z.literal(FORMAT), version: z.literal(VERSION), id: z.string(), base: z.string() });
const RecordSchema = z.object({
  base: z.string(),
  updatedAt: z.string(),
  head: ArticleHeadSchema,
  runs: z.array(
    z.object({ start: z.number().int().min(0), deleteCount: z.number().int().min(0), insert: InsertedBlocksSchema }),
  ),
});

export interface JournalRecord {
  base: string;
  updatedAt: string;
  head: ArticleHead;
  runs: BlockRun<BodyNode>[];
}

/** How a journal's text appends to a file; tests replace it to simulate a full disk. */
export type JournalWrite = (handle: fs.FileHandle, text: string) => Promise<void>;

export const appendAndFlush: JournalWrite = async (handle, text) => {
  await handle.appendFile(text, 'utf8');
  await handle.datasync();
};

export function journalHeader(id: string, base: string): string {
  return `${JSON.stringify({ format: FORMAT, version: VERSION, id, base })}\n`;
}

export function journalLine(record: JournalRecord): string {
  return `${JSON.stringify(record)}\n`;
}

/** An open journal the store appends to. Nothing is appended after a write that failed. */
export class OpenJournal {
  private broken = false;

  private constructor(
    readonly path: string,
    private readonly handle: fs.FileHandle,
    private readonly write: JournalWrite,
    public bytes: number,
  ) {}

  /** Makes the journal, failing if one is there already, with its first line and first save on disk. */
  static async create(path: string, header: string, first: string, write: JournalWrite = appendAndFlush): Promise<OpenJournal> {
    const handle = await fs.open(path, 'wx');
    const journal = new OpenJournal(path, handle, write, 0);
    try {
      await journal.append(header + first);
    } catch (error) {
      await journal.close();
      throw error;
    }
    return journal;
  }

  get usable(): boolean {
    return !this.broken;
  }

  /** Appends and flushes `text`; after a failure the journal may end in part of a line, so it is never appended to again. */
  async append(text: string): Promise<void> {
    if (this.broken) throw new Error('This journal is no longer appended to.');
    try {
      await this.write(this.handle, text);
    } catch (error) {
      this.broken = true;
      throw error;
    }
    this.bytes += Buffer.byteLength(text);
  }

  /** Closes the file and removes it: the draft's file holds everything in it now. */
  async remove(): Promise<void> {
    this.broken = true;
    await this.handle.close().catch(() => undefined);
    await fs.rm(this.path, { force: true });
  }

  /** Closes the file and leaves it where it is. */
  async close(): Promise<void> {
    this.broken = true;
    await this.handle.close().catch(() => undefined);
  }
}

export type Replay =
  /** `article` is the draft with every whole save in the journal applied; `applied` of them were not in the file yet. */
  | { kind: 'applied'; article: Article; applied: number; damagedAt: number | null }
  /** The journal does not belong to this version of the draft (`otherVersion`), or to this draft at all: it is kept aside, not applied. */
  | { kind: 'unrelated'; why: JournalWhy; otherVersion: boolean };

/**
 * The draft `file` with what its journal holds beyond it. A last line cut short is a save a crash
 * interrupted before it was answered, and is left out; a damaged line before the last stops the
 * replay there (`damagedAt`, counted from 1), so the journal should be kept for a look.
 */
export function replayJournal(text: string, file: Article): Replay {
  // Not even the first line whole: the crash came during the first save to the journal, which was never answered.
  if (!text.includes('\n')) return { kind: 'applied', article: file, applied: 0, damagedAt: null };
  const read = readJournal(text, file.id);
  if ('key' in read) return { kind: 'unrelated', why: read, otherVersion: false };
  const { base, records } = read;
  let { damagedAt } = read;
  // Where the file is in the journal: at its start, or at a save whose whole write was done
  // before the journal could be removed.
  const times = [base, ...records.map((record) => record.updatedAt)];
  const from = times.findIndex((time) => sameTime(time, file.updatedAt));
  if (from < 0) {
    return {
      kind: 'unrelated',
      why: { key: 'otherVersion', params: { base, current: file.updatedAt } },
      otherVersion: true,
    };
  }
  let article = file;
  let applied = 0;
  for (const record of records.slice(from)) {
    const blocks = applyBlockRuns(article.body.content ?? [], record.runs);
    if (!blocks) {
      damagedAt = from + applied + 2;
      break;
    }
    article = { ...article, ...record.head, body: { ...article.body, content: blocks }, updatedAt: record.updatedAt };
    applied += 1;
  }
  return { kind: 'applied', article, applied, damagedAt };
}

/**
 * The saves a journal of draft `id` holds, each continuing the one before, up to the first line that
 * is not one (`damagedAt`, counted from 1, unless it is a last line cut short); or why it is not a
 * journal of that draft.
 */
function readJournal(text: string, id: string): { base: string; records: JournalRecord[]; damagedAt: number | null } | JournalWhy {
  const lines = text.split('\n');
  const complete = text.endsWith('\n') ? lines.slice(0, -1) : lines;
  const header = HeaderSchema.safeParse(parseLine(complete[0]));
  if (!header.success) return { key: 'notJournal' };
  if (header.data.id !== id) return { key: 'otherDraft', params: { id: header.data.id } };
  const records: JournalRecord[] = [];
  let damagedAt: number | null = null;
  for (let index = 1; index < complete.length; index += 1) {
    const record = RecordSchema.safeParse(parseLine(complete[index]));
    const base = records.at(-1)?.updatedAt ?? header.data.base;
    const fits = record.success && record.data.head.id === id && record.data.base === base && Date.parse(record.data.updatedAt) > Date.parse(base);
    if (!fits) {
      // A last line cut short, never answered; anything else is damage.
      if (index !== complete.length - 1 || text.endsWith('\n')) damagedAt = index + 1;
      break;
    }
    records.push(record.data!);
  }
  return { base: header.data.base, records, damagedAt };
}

/**
 * What the saves in a journal wrote, for a journal that no longer fits its draft (another program
 * changed the draft meanwhile, so the version the saves continue is gone): the last save's head
 * (headline and the other fields) and time, and the blocks the saves put in, the last version of
 * each, in the order they stand; `null` stands for blocks of the draft the saves did not change
 * (not known here) before and between them. Null when the journal holds no save.
 */
export function journalWrites(text: string, id: string): { head: ArticleHead; updatedAt: string; blocks: (BodyNode | null)[] } | null {
  const read = readJournal(text, id);
  if ('key' in read || read.records.length === 0) return null;
  // The draft's blocks as the saves leave them: those a save put in, and the unknown rest.
  let blocks: (BodyNode | null)[] = [];
  for (const record of read.records) {
    const reach = Math.max(0, ...record.runs.map((run) => run.start + run.deleteCount));
    while (blocks.length < reach) blocks.push(null);
    const next = applyBlockRuns(blocks, record.runs);
    if (!next) break;
    blocks = next;
  }
  // One `null` for each stretch of unknown blocks, none after the last block put in.
  const written = blocks.filter((block, index) => block !== null || index === 0 || blocks[index - 1] !== null);
  while (written.at(-1) === null) written.pop();
  const last = read.records.at(-1)!;
  return { head: last.head, updatedAt: last.updatedAt, blocks: written };
}

function parseLine(line: string | undefined): unknown {
  if (line === undefined) return null;
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return null;
  }
}
