import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHttpBridge } from '../../renderer/bridge/httpBridge';
import type { SendReply, SendRequest } from '../../renderer/bridge/sendWorker';
import type { SocketLike } from '../../renderer/bridge/socketSender';
import type { ChannelArgs } from '../../shared/ipc/contract';

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

/** A stand-in for the host's IPC socket: records what is sent; the test opens, answers or closes it. */
class FakeSocket implements SocketLike {
  readyState = 0;
  readonly sent: unknown[] = [];
  onopen: SocketLike['onopen'] = null;
  onmessage: SocketLike['onmessage'] = null;
  onclose: SocketLike['onclose'] = null;
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  open() {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }
  reply(value: unknown) {
    this.onmessage?.({ data: JSON.stringify(value) } as MessageEvent);
  }
  close() {
    this.readyState = 3;
    this.onclose?.({} as CloseEvent);
  }
}

const SAVE_ARGS = ['{"id":"a"}', { baseUpdatedAt: null }] as const;
const DELTA_ARGS: ChannelArgs<'draft:saveDelta'> = ['{"id":"d1"}', [{ start: 2, deleteCount: 1, insert: ['{"type":"paragraph"}'] }], { baseUpdatedAt: '2026-11-28T09:00:00.000Z' }];
const SAVED = { ok: true, result: { updatedAt: '2026-11-27T10:00:00.000Z' } };

let fetchMock: ReturnType<typeof vi.fn>;

beforeEach(() => {
  vi.stubGlobal('document', { baseURI: 'http://127.0.0.1:4173/' });
  fetchMock = vi.fn(async () => new Response(JSON.stringify(SAVED), { status: 200 }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => vi.unstubAllGlobals());

/** A bridge whose socket never opens, unless sockets are given: each call to open one takes the next. */
function bridgeWith(worker: FakeWorker, sockets: FakeSocket[] = []) {
  return createHttpBridge(
    'token-1',
    () => worker as unknown as Worker,
    () => {
      const socket = sockets.shift();
      if (!socket) throw new Error('no socket');
      return socket;
    },
  );
}

/** Lets the bridge's promises run up to where they wait for the socket or the worker. */
const settle = () => new Promise((done) => setTimeout(done, 0));

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

  it('sends a save of what changed over the socket, as it is made while the writer types, and reads the host’s answer', async () => {
    const worker = new FakeWorker();
    const socket = new FakeSocket();
    const answer = bridgeWith(worker, [socket]).invoke('draft:saveDelta', ...DELTA_ARGS);
    await settle();
    expect(socket.sent).toEqual([]);
    socket.open();
    await settle();
    expect(socket.sent).toEqual([{ id: 1, channel: 'draft:saveDelta', args: [...DELTA_ARGS] }]);
    socket.reply({ id: 1, response: SAVED });
    expect(await answer).toEqual(SAVED);
    expect(worker.posted).toEqual([]);
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('gives each save on the socket its own answer, whatever order they come in', async () => {
    const socket = new FakeSocket();
    const bridge = bridgeWith(new FakeWorker(), [socket]);
    const first = bridge.invoke('draft:saveDelta', ...DELTA_ARGS);
    const second = bridge.invoke('draft:saveDelta', '{"id":"d2"}', [], { baseUpdatedAt: '2026-11-28T09:00:01.000Z' });
    await settle();
    socket.open();
    await settle();
    expect(socket.sent).toMatchObject([{ id: 1 }, { id: 2, args: ['{"id":"d2"}', [], { baseUpdatedAt: '2026-11-28T09:00:01.000Z' }] }]);
    const later = { ok: true, result: { updatedAt: '2026-11-28T10:00:05.000Z' } };
    socket.reply({ id: 2, response: later });
    socket.reply({ id: 1, response: SAVED });
    expect(await first).toEqual(SAVED);
    expect(await second).toEqual(later);
  });

  it('reports a save whose socket closed before the answer as unreachable, and opens a new socket for the next', async () => {
    const [lostOn, next] = [new FakeSocket(), new FakeSocket()];
    const worker = new FakeWorker();
    const bridge = bridgeWith(worker, [lostOn, next]);
    const lost = bridge.invoke('draft:saveDelta', ...DELTA_ARGS);
    await settle();
    lostOn.open();
    await settle();
    lostOn.close();
    expect(await lost).toMatchObject({ ok: false, error: { code: 'io', message: expect.stringMatching(/not reachable/) } });
    const again = bridge.invoke('draft:saveDelta', ...DELTA_ARGS);
    await settle();
    next.open();
    await settle();
    next.reply({ id: 2, response: SAVED });
    expect(await again).toEqual(SAVED);
    expect(worker.posted).toEqual([]);
  });

  it('sends saves of what changed from the worker where the socket cannot be opened, and does not try it again', async () => {
    const refused = new FakeSocket();
    const worker = new FakeWorker();
    const bridge = bridgeWith(worker, [refused, new FakeSocket()]);
    const first = bridge.invoke('draft:saveDelta', ...DELTA_ARGS);
    await settle();
    refused.close();
    await settle();
    expect(worker.posted).toEqual([
      { id: 1, url: 'http://127.0.0.1:4173/ipc/draft:saveDelta', token: 'token-1', tokenHeader: 'x-newsroom-token', args: [...DELTA_ARGS] },
    ]);
    worker.answer({ id: 1, status: 200, body: JSON.stringify(SAVED) });
    expect(await first).toEqual(SAVED);
    const second = bridge.invoke('draft:saveDelta', ...DELTA_ARGS);
    await settle();
    expect(worker.posted).toHaveLength(2);
    worker.answer({ id: 2, status: 200, body: JSON.stringify(SAVED) });
    expect(await second).toEqual(SAVED);
    expect(refused.sent).toEqual([]);
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
