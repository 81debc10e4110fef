import type { Server } from 'node:http';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { dispatch } from '../../shared/ipc/dispatch';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { IPC_SOCKET_PATH, IPC_SOCKET_PROTOCOL, type SocketReply, type SocketRequest } from '../../shared/ipc/socket';
import { checkSocketRequest } from './checkRequest';

export interface IpcSocketOptions {
  handlers: ChannelHandlers;
  token: string;
  port: () => number;
  /** The largest message taken, as for a request's body. */
  maxBytes: number;
  log?: (message: string) => void;
}

export interface IpcSocket {
  /** Stops taking calls, lets those under way answer for up to `graceMs`, then cuts every socket. */
  close(graceMs: number): Promise<void>;
}

/**
 * The host's end of the IPC socket (shared/ipc/socket.ts): the same channels and the same checks
 * as a request to /ipc/<channel>, each message one call, answered by its id. Calls run as they
 * come, like requests; the draft store keeps the saves in order.
 */
export function serveIpcSocket(server: Server, { handlers, token, port, maxBytes, log }: IpcSocketOptions): IpcSocket {
  const sockets = new WebSocketServer({ noServer: true, maxPayload: maxBytes, perMessageDeflate: false, handleProtocols: () => IPC_SOCKET_PROTOCOL });
  const underWay = new Set<Promise<void>>();
  let closing = false;

  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://host.invalid').pathname;
    const refusal = closing ? 'Newsroom is stopping.' : path === `/${IPC_SOCKET_PATH}` ? checkSocketRequest(req, { port: port(), token }) : 'Not found';
    if (refusal) {
      const status = refusal === 'Not found' ? '404 Not Found' : closing ? '503 Service Unavailable' : '403 Forbidden';
      socket.end(`HTTP/1.1 ${status}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(refusal)}\r\nConnection: close\r\n\r\n${refusal}`);
      return;
    }
    sockets.handleUpgrade(req, socket, head, (ws) => answer(ws));
  });

  function answer(ws: WebSocket): void {
    ws.on('error', (error) => log?.(`host: IPC socket: ${String(error)}`));
    ws.on('message', (data: RawData) => {
      if (closing) return;
      const request = readRequest(data);
      if (typeof request === 'string') return void ws.close(1008, request);
      const call = dispatch(handlers, request.channel, request.args, (error) => log?.(`host: ${String(error)}`)).then((response) => {
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ id: request.id, response } satisfies SocketReply));
      });
      underWay.add(call);
      void call.finally(() => underWay.delete(call));
    });
  }

  return {
    async close(graceMs) {
      closing = true;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([Promise.allSettled(underWay), new Promise((done) => (timer = setTimeout(done, graceMs)))]);
      clearTimeout(timer);
      for (const ws of sockets.clients) ws.terminate();
      await new Promise<void>((done) => sockets.close(() => done()));
    },
  };
}

/** The call a message holds, or why it holds none (the socket is then closed with that reason). */
function readRequest(data: RawData): SocketRequest | string {
  let message: unknown;
  try {
    message = JSON.parse(Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data as ArrayBuffer).toString('utf8'));
  } catch {
    return 'A message that is not JSON.';
  }
  const { id, channel, args } = (message ?? {}) as Partial<Record<keyof SocketRequest, unknown>>;
  if (typeof id !== 'number' || !Number.isSafeInteger(id)) return 'A message without a call id.';
  // The channel and its arguments are checked by dispatch, as for a request over HTTP.
  return { id, channel: channel as SocketRequest['channel'], args: args as unknown[] };
}
