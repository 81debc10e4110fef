import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../renderer/bridge/httpBridge';
import type { SendReply, SendRequest } from '../../renderer/bridge/sendWorker';

/** A stand-in for the send worker: records what it is given; the test answers or fails it. */
class FakeWorker {
  onmessage: ((event: { data: SendReply }) => void) | null = null;
  onerror: (() => void) | null = null;
  readonly posted: SendRequest[] = [];
  terminated = false;
  postMessage(request: SendRequest) {
    this.posted.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  answer(reply: SendReply) {
    this.onmessage?.({ data: reply });
  }
}

const SAVE_ARGS = ['{"id":"a"}', { baseUpdatedAt: null }] as const;
const SAVED = { ok: true, result: { updatedAt: '2026-11-27T10:00:00.000Z' } };

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:4173/' });
  fetchMock = vi.fn(async () => new Response(JSON.stringify(SAVED), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => vi.unstubAllGlobals());

function bridgeWith(worker: FakeWorker) {
  return createHttpBridge('token-1', () => worker as unknown as Worker);
}

describe('the HTTP bridge', () => {
  it('sends a draft from the worker, with the token, and reads the host’s answer', async () => {
    const worker = new FakeWorker();
    const answer = bridgeWith(worker).invoke('draft:saveText', ...SAVE_ARGS);
    await Promise.resolve();
    expect(worker.posted).toEqual([
      { id: 1, url: 'http://127.0.0.1:4173/ipc/draft:saveText', token: 'token-1', tokenHeader: 'x-newsroom-token', args: [...SAVE_ARGS] },
    ]);
    worker.answer({ id: 1, status: 200, body: JSON.stringify(SAVED) });
    expect(await answer).toEqual(SAVED);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('sends a save of what changed from the worker too, as it is made while the writer types', async () => {
    const worker = new FakeWorker();
    const delta = [{ start: 2, deleteCount: 1, insert: ['{"type":"paragraph"}'] }];
    const answer = bridgeWith(worker).invoke('draft:saveDelta', '{"id":"d1"}', delta, { baseUpdatedAt: '2026-11-28T09:00:00.000Z' });
    await Promise.resolve();
    expect(worker.posted).toEqual([
      {
        id: 1,
        url: 'http://127.0.0.1:4173/ipc/draft:saveDelta',
        token: 'token-1',
        tokenHeader: 'x-newsroom-token',
        args: ['{"id":"d1"}', delta, { baseUpdatedAt: '2026-11-28T09:00:00.000Z' }],
      },
    ]);
    worker.answer({ id: 1, status: 200, body: JSON.stringify(SAVED) });
    expect(await answer).toEqual(SAVED);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says what a refusal or an unreachable host means, as the direct path does', async () => {
    const worker = new FakeWorker();
    const bridge = bridgeWith(worker);
    const refused = bridge.invoke('draft:saveText', ...SAVE_ARGS);
    const lost = bridge.invoke('draft:saveText', ...SAVE_ARGS);
    await Promise.resolve();
    worker.answer({ id: 1, status: 403, body: 'Forbidden' });
    worker.answer({ id: 2, failed: true });
    expect(await refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/Reload the page/) } });
    expect(await lost).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/not reachable/) } });
  });

  it('sends the draft itself when the worker cannot load, then and afterwards', async () => {
    const worker = new FakeWorker();
    const bridge = bridgeWith(worker);
    const first = bridge.invoke('draft:saveText', ...SAVE_ARGS);
    await Promise.resolve();
    worker.onerror?.();
    expect(await first).toEqual(SAVED);
    expect(await bridge.invoke('draft:saveText', ...SAVE_ARGS)).toEqual(SAVED);
    expect(worker.terminated).toBe(true);
    expect(worker.posted).toHaveLength(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('http://127.0.0.1:4173/ipc/draft:saveText');
    expect(JSON.parse(init.body)).toEqual({ args: [...SAVE_ARGS] });
    expect(init.headers['x-newsroom-token']).toBe('token-1');
  });

  it('sends directly where no worker can start, and always for short requests', async () => {
    const bridge = createHttpBridge('token-1', () => {
      throw new Error('Workers are not available');
    });
    expect(await bridge.invoke('draft:saveText', ...SAVE_ARGS)).toEqual(SAVED);
    const worker = new FakeWorker();
    expect(await bridgeWith(worker).invoke('draft:list')).toEqual(SAVED);
    expect(worker.posted).toEqual([]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});
