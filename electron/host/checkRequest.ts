import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-newsroom-token';

export interface RequestGuard {
  port: number;
  token: string;
}

/**
 * The browser's equivalent of checking the IPC sender: the host answers only its own page.
 * Returns the reason a request is refused, or null when it may proceed.
 */
export function checkRequest(req: IncomingMessage, { port, token }: RequestGuard, needsToken: boolean): string | null {
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!ownHosts.includes(req.headers.host ?? '')) return 'Unknown Host header.';
  const origin = req.headers.origin;
  if (origin !== undefined && !ownHosts.some((host) => origin === `http://${host}`)) return 'Requests from other sites are refused.';
  if (!needsToken) return null;
  if (origin === undefined) return 'Missing Origin header.';
  const given = req.headers[TOKEN_HEADER];
  if (typeof given !== 'string' || !sameSecret(given, token)) return 'Missing or wrong session token; reload the page.';
  return null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
