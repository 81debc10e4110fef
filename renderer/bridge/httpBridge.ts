import type { EventChannel, InvokeChannel } from '../../shared/ipc/channelNames';
import type { ChannelArgs, ChannelResult, IpcResponse, NewsroomBridge } from '../../shared/ipc/contract';
import { IPC_SOCKET_PATH, IPC_SOCKET_PROTOCOL } from '../../shared/ipc/socket';
import type { SendReply, SendRequest } from './sendWorker';
import { socketSender, type SocketLike } from './socketSender';

const TOKEN_HEADER = 'x-newsroom-token';
/** Browsers cap the bodies of keepalive requests at 64 KiB in total. */
const KEEPALIVE_LIMIT = 60 * 1024;
/**
 * Channels sent from a worker, off the thread that types: the whole draft (a browser spends tens
 * of milliseconds turning a 100,000-word body into a request), and the saves of what changed when
 * no socket can carry them (SENT_OVER_SOCKET). Where no worker can start, they are sent from here
 * like the rest.
 */
const SENT_FROM_WORKER: ReadonlySet<InvokeChannel> = new Set(['draft:saveText', 'draft:saveDelta']);
/**
 * Channels sent over the host's IPC socket (shared/ipc/socket.ts) from this thread: the saves of
 * what changed, made while the writer types. Each is a few hundred bytes. Sent as a request from
 * the worker, a save made the key typed just after it 1.6 ms slower (median, 100,000 words, two
 * cores); as a message on the open socket, 0.8 ms (docs/performance.md). Where no socket can be
 * opened, they go as requests from the worker.
 */
const SENT_OVER_SOCKET: ReadonlySet<InvokeChannel> = new Set(['draft:saveDelta']);

const UNREACHABLE = { ok: false, error: { code: 'io', message: 'Newsroom is not reachable. Is `npm run web` still running?' } } as const;

/** What the host's answer means, the same wherever the request was sent from. */
function answerOf<T>(status: number, body: string): IpcResponse<T> {
  if (status === 403) return { ok: false, error: { code: 'forbidden', message: 'Newsroom was restarted. Reload the page to reconnect.' } };
  if (status < 200 || status > 299) return { ok: false, error: { code: 'io', message: `Newsroom answered with an error (${status}).` } };
  try {
    return JSON.parse(body) as IpcResponse<T>;
  } catch {
    return { ok: false, error: { code: 'io', message: 'Newsroom sent an answer that could not be read.' } };
  }
}

/**
 * One worker for the long requests, started on first use. Null, at once or later, means the
 * worker cannot send (it could not start or load): the caller sends the request itself.
 */
function workerSender(start: () => Worker) {
  let worker: Worker | null | undefined;
  const waiting = new Map<number, (reply: SendReply | null) => void>();
  let nextId = 1;
  const failAll = () => {
    for (const settle of waiting.values()) settle(null);
    waiting.clear();
  };
  const ready = (): Worker | null => {
    if (worker !== undefined) return worker;
    try {
      worker = start();
      worker.onmessage = (event: MessageEvent<SendReply>) => {
        waiting.get(event.data.id)?.(event.data);
        waiting.delete(event.data.id);
      };
      worker.onerror = () => {
        worker?.terminate();
        worker = null;
        failAll();
      };
    } catch {
      worker = null;
    }
    return worker;
  };
  return (request: Omit<SendRequest, 'id'>): Promise<SendReply | null> | null => {
    const sender = ready();
    if (!sender) return null;
    const id = nextId++;
    return new Promise((settle) => {
      waiting.set(id, settle);
      sender.postMessage({ ...request, id } satisfies SendRequest);
    });
  };
}

/** The host's IPC socket, beside the page. */
function openSocket(token: string): SocketLike {
  const url = new URL(`./${IPC_SOCKET_PATH}`, document.baseURI);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return new WebSocket(url.href, [IPC_SOCKET_PROTOCOL, token]);
}

function startWorker(): Worker {
  return new Worker(new URL('./sendWorker.ts', import.meta.url), { type: 'module', name: 'newsroom-send' });
}

/** The browser build's stand-in for the preload: the same channels over HTTP to the host. */
export function createHttpBridge(
  token: string,
  start: () => Worker = startWorker,
  connect: () => SocketLike = () => openSocket(token),
): NewsroomBridge & { saveOnUnload: (...args: ChannelArgs<'draft:saveText'>) => boolean } {
  const sendFromWorker = workerSender(start);
  const sendOverSocket = socketSender(connect);
  let nextCall = 1;

  async function invoke<C extends InvokeChannel>(channel: C, ...args: ChannelArgs<C>): Promise<IpcResponse<ChannelResult<C>>> {
    if (SENT_OVER_SOCKET.has(channel)) {
      const outcome = await sendOverSocket({ id: nextCall++, channel, args });
      if (outcome === 'lost') return UNREACHABLE;
      if (outcome !== 'unsent') return outcome as IpcResponse<ChannelResult<C>>;
    }
    const url = new URL(`./ipc/${channel}`, document.baseURI).href;
    const fromWorker = SENT_FROM_WORKER.has(channel) ? sendFromWorker({ url, token, tokenHeader: TOKEN_HEADER, args }) : null;
    const reply = fromWorker && (await fromWorker);
    if (reply) return 'failed' in reply ? UNREACHABLE : answerOf(reply.status, reply.body);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ args }),
      });
      return answerOf(response.status, await response.text());
    } catch {
      return UNREACHABLE;
    }
  }

  return {
    invoke,
    on: (_event: EventChannel) => () => {},
    saveOnUnload: (...args) => {
      const body = JSON.stringify({ args });
      if (new Blob([body]).size > KEEPALIVE_LIMIT) return false;
      void fetch('./ipc/draft:saveText', {
        method: 'POST',
        keepalive: true,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
      });
      return true;
    },
  };
}
