import type { IpcResponse } from '../../shared/ipc/contract';
import type { SocketReply, SocketRequest } from '../../shared/ipc/socket';

/** The little of a WebSocket the sender uses: a browser's, or a stand-in in tests. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
}

const OPEN = 1;

/**
 * What became of a call: the host's answer; 'unsent' when no socket could carry it (the caller
 * sends it another way); 'lost' when the socket closed before the answer came, so the call may or
 * may not have run, and is not sent again from here.
 */
export type SocketOutcome = IpcResponse<unknown> | 'unsent' | 'lost';

/**
 * Sends calls over one socket (shared/ipc/socket.ts), opened on first use and again after the host
 * closes it. A socket that cannot be opened at all (an older host, a refused token) is not tried
 * again: every call then goes the other way at once.
 */
export function socketSender(open: () => SocketLike): (request: SocketRequest) => Promise<SocketOutcome> {
  let socket: Promise<SocketLike | null> | null = null;
  let cannotOpen = false;
  const waiting = new Map<number, (outcome: SocketOutcome) => void>();

  const connect = (): Promise<SocketLike | null> =>
    (socket ??= new Promise((resolve) => {
      let opened: SocketLike;
      try {
        opened = open();
      } catch {
        cannotOpen = true;
        return resolve(null);
      }
      let isOpen = false;
      opened.onopen = () => {
        isOpen = true;
        resolve(opened);
      };
      opened.onmessage = (event) => {
        const reply = readReply(event.data as unknown);
        if (!reply) return;
        waiting.get(reply.id)?.(reply.response);
        waiting.delete(reply.id);
      };
      opened.onclose = () => {
        socket = null;
        if (!isOpen) {
          cannotOpen = true;
          return resolve(null);
        }
        for (const settle of waiting.values()) settle('lost');
        waiting.clear();
      };
    }));

  return async (request) => {
    const connected = cannotOpen ? null : await connect();
    if (!connected || connected.readyState !== OPEN) return 'unsent';
    return new Promise((settle) => {
      waiting.set(request.id, settle);
      connected.send(JSON.stringify(request));
    });
  };
}

function readReply(data: unknown): SocketReply | null {
  if (typeof data !== 'string') return null;
  try {
    const reply = JSON.parse(data) as Partial<SocketReply>;
    return typeof reply.id === 'number' && typeof reply.response === 'object' && reply.response !== null ? (reply as SocketReply) : null;
  } catch {
    return null;
  }
}
