import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleContent } from '../../shared/article/article';
import type { SaveResult } from '../../shared/ipc/contract';
import { newArticle } from '../../shared/article/newArticle';
import { Autosaver } from '../../renderer/autosave/autosaver';
import type { SaveState } from '../../renderer/store/saveSlice';

let text = '';
let saved: string[] = [];
let states: SaveState['kind'][] = [];
let failNext = 0;

function content(): ArticleContent {
  const { format: _f, schemaVersion: _v, createdAt: _c, updatedAt: _u, ...fields } = newArticle({ id: 'd1', now: new Date() });
  return { ...fields, headline: text };
}

function makeSaver() {
  const saver = new Autosaver({
    save: async (c) => {
      if (failNext > 0) {
        failNext -= 1;
        throw new Error('The disk is full');
      }
      saved.push(c.headline);
      return { updatedAt: new Date().toISOString() } as SaveResult;
    },
    onState: (s) => states.push(s.kind),
    delayMs: 1000,
    maxWaitMs: 4000,
    retryMs: 5000,
  });
  saver.attach(content);
  return saver;
}

function type(saver: Autosaver, chars: string) {
  text += chars;
  saver.markDirty();
}

beforeEach(() => {
  vi.useFakeTimers();
  text = '';
  saved = [];
  states = [];
  failNext = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves about a second after the last keystroke, once', async () => {
    const saver = makeSaver();
    type(saver, 'a');
    await vi.advanceTimersByTimeAsync(500);
    type(saver, 'b');
    await vi.advanceTimersByTimeAsync(900);
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(saved).toEqual(['ab']);
    expect(states).toEqual(['dirty', 'saving', 'saved']);
  });

  it('saves at least every few seconds while typing goes on', async () => {
    const saver = makeSaver();
    for (let i = 0; i < 100; i += 1) {
      type(saver, 'x');
      await vi.advanceTimersByTimeAsync(100);
    }
    // ten seconds of typing, a key every 100 ms: saves at about 4 s and 8 s, none waits longer
    expect(saved.length).toBeGreaterThanOrEqual(2);
    expect(saved[0]!.length).toBeLessThanOrEqual(41);
    await vi.advanceTimersByTimeAsync(1000);
    expect(saved.at(-1)).toBe('x'.repeat(100));
  });

  it('flush saves at once and reports that everything is on disk', async () => {
    const saver = makeSaver();
    type(saver, 'now');
    expect(await saver.flush()).toBe(true);
    expect(saved).toEqual(['now']);
  });

  it('keeps the text and retries after a failed save, and says so', async () => {
    const saver = makeSaver();
    failNext = 1;
    type(saver, 'kept');
    expect(await saver.flush()).toBe(false);
    expect(states.at(-1)).toBe('error');
    expect(saver.isDirty).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['kept']);
    expect(states.at(-1)).toBe('saved');
  });

  it('hands over pending text for the unload-time save', async () => {
    const saver = makeSaver();
    expect(saver.takePending()).toBeNull();
    type(saver, 'last words');
    expect(saver.takePending()?.headline).toBe('last words');
    await vi.advanceTimersByTimeAsync(2000);
    expect(saved).toEqual([]);
  });
});

describe('autosave while a save is under way', () => {
  /** A saver whose saves wait until the test releases the latest one; `order` is what each save held. */
  function slowSaver() {
    const control = { order: [] as string[], release: () => {} };
    const saver = new Autosaver({
      save: (c) =>
        new Promise<SaveResult>((resolve) => {
          control.order.push(c.headline);
          control.release = () => resolve({ updatedAt: new Date().toISOString() } as SaveResult);
        }),
      onState: () => {},
      delayMs: 1000,
    });
    saver.attach(content);
    return { saver, control };
  }

  it('flush waits for keystrokes typed during a save and saves them too', async () => {
    const { saver, control } = slowSaver();
    type(saver, 'one');
    const first = saver.flush();
    type(saver, ' two');
    control.release();
    await vi.advanceTimersByTimeAsync(0);
    control.release();
    expect(await first).toBe(true);
    expect(control.order).toEqual(['one', 'one two']);
    expect(saver.isDirty).toBe(false);
  });

  it('Ctrl+S saves what was typed before it and leaves keys typed meanwhile to the autosave', async () => {
    const { saver, control } = slowSaver();
    type(saver, 'one');
    const saving = saver.saveTyped();
    type(saver, ' two');
    control.release();
    expect(await saving).toBe(true);
    expect(control.order).toEqual(['one']);
    expect(saver.isDirty).toBe(true);
    const again = saver.saveTyped();
    expect(control.order).toEqual(['one', 'one two']);
    control.release();
    expect(await again).toBe(true);
    expect(saver.isDirty).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(control.order).toEqual(['one', 'one two']);
  });

  it('says why a save failed in the words it is given for the error', async () => {
    const shown: SaveState[] = [];
    const saver = new Autosaver({
      save: async () => {
        throw new Error('ENOSPC');
      },
      onState: (state) => shown.push(state),
      describeError: (error) => `Не збережено, бо ${(error as Error).message}`,
    });
    saver.attach(content);
    type(saver, 'x');
    expect(await saver.flush()).toBe(false);
    expect(shown.at(-1)).toEqual({ kind: 'error', message: 'Не збережено, бо ENOSPC' });
    saver.detach();
  });
});
