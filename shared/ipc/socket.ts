import type { InvokeChannel } from './channelNames';
import type { IpcResponse } from './contract';

/**
 * The browser build's second line to its host: one WebSocket, kept open by the page, that carries
 * the saves made while the writer types (see renderer/bridge/httpBridge.ts), one message a call,
 * as Electron's IPC carries them in the desktop app. A message on an open socket costs the
 * browser less than an HTTP request: the key typed just after a save waits about half as long
 * (docs/performance.md).
 */
export const IPC_SOCKET_PATH = 'ipc-socket';

/**
 * The subprotocol the page asks for. It offers the session token as a second one: a browser cannot
 * give a WebSocket any other header, and the token then stays out of the address.
 */
export const IPC_SOCKET_PROTOCOL = 'newsroom-ipc';

/** One call, as the page sends it. */
export interface SocketRequest {
  id: number;
  channel: InvokeChannel;
  args: unknown[];
}

/** The host's answer to the call with the same id. */
export interface SocketReply {
  id: number;
  response: IpcResponse<unknown>;
}
