import type { ArticleContent } from '../../shared/article/article';
import type { SaveResult } from '../../shared/ipc/contract';
import type { SaveState } from '../store/saveSlice';

export interface AutosaverOptions<T> {
  save: (content: T) => Promise<SaveResult>;
  onState: (state: SaveState) => void;
  onSaved?: (result: SaveResult) => void;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Longest a change waits while typing goes on. */
  maxWaitMs?: number;
  /** Wait before trying again after a failed save. */
  retryMs?: number;
  now?: () => number;
  /** The words for a failed save's error (the interface's language); its message by default. */
  describeError?: (error: unknown) => string;
}

/**
 * Saves a draft about a second after the last change, at least every few seconds while
 * changes keep coming, at once on flush(), and again after a failure until it succeeds.
 * The content is read only when a save starts, never on a keystroke.
 */
export class Autosaver<T = ArticleContent> {
  private source: (() => T) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dirtySince: number | null = null;
  private running: Promise<void> | null = null;
  private failed = false;
  /** Changes marked so far, and how many of them the last successful save held. */
  private changes = 0;
  private savedChanges = 0;
  private lastChange = -Infinity;
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;
  private readonly now: () => number;

  constructor(private readonly options: AutosaverOptions<T>) {
    this.delayMs = options.delayMs ?? 1000;
    this.maxWaitMs = options.maxWaitMs ?? 4000;
    this.retryMs = options.retryMs ?? 5000;
    this.now = options.now ?? Date.now;
  }

  get isDirty(): boolean {
    return this.dirtySince !== null;
  }

  /** How many changes have been marked so far: a figure that moves whenever the writer edits. */
  get changeCount(): number {
    return this.changes;
  }

  /** When the last change was marked, by the saver's clock (`now`); -Infinity before any. */
  get lastChangeAt(): number {
    return this.lastChange;
  }

  /** Points the saver at the open draft. Flush the previous one first. */
  attach(source: () => T): void {
    this.clearTimer();
    this.source = source;
    this.dirtySince = null;
    this.savedChanges = this.changes;
  }

  detach(): void {
    this.clearTimer();
    this.source = null;
    this.dirtySince = null;
  }

  markDirty(): void {
    if (!this.source) return;
    this.changes += 1;
    const now = this.now();
    this.lastChange = now;
    if (this.dirtySince === null) {
      this.dirtySince = now;
      this.options.onState({ kind: 'dirty' });
    }
    const wait = Math.max(0, Math.min(this.delayMs, this.dirtySince + this.maxWaitMs - now));
    this.schedule(wait);
  }

  /** Saves now if anything is pending; true when what was typed so far is on disk. */
  async flush(): Promise<boolean> {
    this.clearTimer();
    if (this.running) await this.running;
    while (this.dirtySince !== null) {
      await this.saveNow();
      if (this.failed) return false;
    }
    return true;
  }

  /**
   * Saves what has been typed up to now (Ctrl+S), but does not chase keys typed while it saves:
   * those wait for the autosave, so someone who saves and types on never has saves back to back.
   * True when what was typed before the call is on disk.
   */
  async saveTyped(): Promise<boolean> {
    const target = this.changes;
    if (this.savedChanges >= target) return true;
    this.clearTimer();
    if (this.running) await this.running;
    if (this.savedChanges < target && this.dirtySince !== null) await this.saveNow();
    return this.savedChanges >= target;
  }

  /** The pending content, taken for a last save while the page unloads. */
  takePending(): T | null {
    if (!this.source || (this.dirtySince === null && !this.running)) return null;
    this.clearTimer();
    this.dirtySince = null;
    return this.source();
  }

  private schedule(wait: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, wait);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private saveNow(): Promise<void> {
    if (this.running) return this.running.then(() => (this.dirtySince !== null ? this.saveNow() : undefined));
    const source = this.source;
    if (!source) this.dirtySince = null;
    if (!source || this.dirtySince === null) return Promise.resolve();
    const content = source();
    const upTo = this.changes;
    this.dirtySince = null;
    this.options.onState({ kind: 'saving' });
    this.running = this.options
      .save(content)
      .then(
        (result) => {
          this.failed = false;
          this.savedChanges = Math.max(this.savedChanges, upTo);
          this.options.onSaved?.(result);
          this.options.onState(this.dirtySince === null ? { kind: 'saved', at: result.updatedAt } : { kind: 'dirty' });
        },
        (error: unknown) => {
          if (this.source !== source) return;
          this.failed = true;
          this.dirtySince ??= this.now();
          const describe = this.options.describeError ?? ((e: unknown) => (e instanceof Error ? e.message : String(e)));
          this.options.onState({ kind: 'error', message: describe(error) });
          this.schedule(this.retryMs);
        },
      )
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }
}
