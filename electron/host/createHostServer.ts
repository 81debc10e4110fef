import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { dispatch } from '../../shared/ipc/dispatch';
import { MAX_IMPORT_BYTES, type ChannelHandlers } from '../../shared/ipc/contract';
import { splitForStartData, startDataBlock } from '../../shared/ipc/startData';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { checkRequest } from './checkRequest';

export interface HostOptions {
  handlers: ChannelHandlers;
  rendererDir: string;
  token: string;
  /** The port the server listens on; read after listen() when it was 0. */
  port: () => number;
  log?: (message: string) => void;
}

/** The largest request taken, over HTTP or the IPC socket: an import is sent as text, escaped. */
export const MAX_BODY_BYTES = MAX_IMPORT_BYTES * 2;
const TOKEN_PLACEHOLDER = '%NEWSROOM_TOKEN%';
/** What Vite names a built file: assets/<name>-<hash>.<js|css>. */
const HASHED_ASSET = /^assets\/[\w.-]+-[\w-]{8}\.(js|css)$/;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function createHostServer(options: HostOptions): Server {
  return createServer((req, res) => {
    handle(req, res, options).catch((error: unknown) => {
      options.log?.(`host: ${String(error)}`);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'Internal error');
      else res.destroy();
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HostOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://host.invalid');
  const isIpc = url.pathname.startsWith('/ipc/');
  const refusal = checkRequest(req, { port: options.port(), token: options.token }, isIpc);
  if (refusal) return send(res, 403, 'text/plain; charset=utf-8', refusal);

  if (isIpc) {
    if (req.method !== 'POST') return send(res, 405, 'text/plain; charset=utf-8', 'Use POST.');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'text/plain; charset=utf-8', 'Send JSON.');
    }
    const body = await readBody(req);
    if (body === null) return send(res, 413, 'text/plain; charset=utf-8', 'Request too large.');
    let args: unknown;
    try {
      args = (JSON.parse(body) as { args?: unknown }).args;
    } catch {
      return sendJson(res, { ok: false, error: { code: 'invalid-input', message: 'The request is not valid JSON.' } });
    }
    const channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
    const response = await dispatch(options.handlers, channel, args, (error) => options.log?.(`host: ${String(error)}`));
    return sendJson(res, response);
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed.');
  return serveStatic(url.pathname, res, options);
}

async function serveStatic(pathname: string, res: ServerResponse, { rendererDir, token, handlers, log }: HostOptions): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const file = normalize(join(rendererDir, relative));
  if (!file.startsWith(rendererDir + sep) || relative.includes('\0')) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch {
    return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
  }
  const type = MIME_TYPES[extname(file)] ?? 'application/octet-stream';
  // Built scripts and styles carry a hash of their content in their name: a browser may keep them
  // (and its compiled code) for good. Everything else, the page above all, is never kept.
  if (HASHED_ASSET.test(relative)) return send(res, 200, type, content, 'public, max-age=31536000, immutable');
  if (file.endsWith('index.html')) {
    const [before, after] = splitForStartData(content.toString('utf8').replace(TOKEN_PLACEHOLDER, () => token));
    res.writeHead(200, headersFor(type, 'no-store'));
    res.write(before);
    const start = await dispatch(handlers, 'app:start', [], (error) => log?.(`host: ${String(error)}`));
    res.end(startDataBlock(start) + after);
    return;
  }
  return send(res, 200, type, content);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, value: unknown): void {
  send(res, 200, 'application/json; charset=utf-8', JSON.stringify(value));
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer, cacheControl = 'no-store'): void {
  res.writeHead(status, headersFor(type, cacheControl));
  res.end(body);
}

/**
 * Every answer's headers. `Cross-Origin-Opener-Policy` keeps other sites' windows from holding on
 * to the page; it also makes the browser give the page a renderer process of its own, which the
 * editor bench's bare TipTap page is therefore served with too (scripts/bench/editorBench.ts).
 */
export function headersFor(type: string, cacheControl: string): Record<string, string> {
  return {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
    'Cache-Control': cacheControl,
  };
}
