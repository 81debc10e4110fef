import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { IPC_SOCKET_PROTOCOL } from '../../shared/ipc/socket';

export const TOKEN_HEADER = 'x-newsroom-token';

export interface RequestGuard {
  port: number;
  token: string;
}

const WRONG_TOKEN = 'Missing or wrong session token; reload the page.';

/**
 * The browser's equivalent of checking the IPC sender: the host answers only its own page.
 * Returns the reason a request is refused, or null when it may proceed.
 */
export function checkRequest(req: IncomingMessage, guard: RequestGuard, needsToken: boolean): string | null {
  const refusal = checkSender(req, guard.port, needsToken);
  if (refusal || !needsToken) return refusal;
  const given = req.headers[TOKEN_HEADER];
  return typeof given === 'string' && sameSecret(given, guard.token) ? null : WRONG_TOKEN;
}

/**
 * The same for a request to open the IPC socket (shared/ipc/socket.ts). A browser sends the Origin
 * of the page that opens a WebSocket, and the token comes as one of the subprotocols offered.
 */
export function checkSocketRequest(req: IncomingMessage, guard: RequestGuard): string | null {
  const refusal = checkSender(req, guard.port, true);
  if (refusal) return refusal;
  const offered = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((protocol) => protocol.trim());
  if (!offered.includes(IPC_SOCKET_PROTOCOL)) return `Ask for the ${IPC_SOCKET_PROTOCOL} protocol.`;
  return offered.some((protocol) => sameSecret(protocol, guard.token)) ? null : WRONG_TOKEN;
}

/** The Host header is the host's own (no DNS rebinding), and so is the Origin where one is sent. */
function checkSender(req: IncomingMessage, port: number, needsOrigin: boolean): string | null {
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!ownHosts.includes(req.headers.host ?? '')) return 'Unknown Host header.';
  const origin = req.headers.origin;
  if (origin !== undefined && !ownHosts.some((host) => origin === `http://${host}`)) return 'Requests from other sites are refused.';
  if (needsOrigin && origin === undefined) return 'Missing Origin header.';
  return null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
