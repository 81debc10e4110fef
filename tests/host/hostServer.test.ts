import { request } from 'node:http';
import { mkdtemp, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentOf } from '../../shared/article/contentOf';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { createHostServer } from '../../electron/host/createHostServer';
import { startHost, type RunningHost } from '../../electron/host/startHost';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { IPC_SOCKET_PATH, IPC_SOCKET_PROTOCOL } from '../../shared/ipc/socket';
import { WebSocket } from 'ws';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

let root: string;
let dataDir: string;
let host: RunningHost;
let port: number;
let token: string;

async function listing(): Promise<string[]> {
  const out: string[] = [];
  async function walk(dir: string) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      out.push(path);
      if (entry.isDirectory()) await walk(path);
    }
  }
  await walk(dataDir);
  return out.sort();
}

function ipc(channel: string, args: unknown, headers: Record<string, string> = {}) {
  return send(port, `/ipc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: `http://127.0.0.1:${port}`, 'x-newsroom-token': token, ...headers },
    body: JSON.stringify({ args }),
  });
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsroom-host-'));
  dataDir = join(root, 'data');
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<meta name="newsroom-token" content="%NEWSROOM_TOKEN%">');
  await writeFile(join(root, 'secret.txt'), 'not for the browser');
  host = await startHost({ dataDir, rendererDir, port: 0 });
  port = (host.server.address() as AddressInfo).port;
  const page = await send(port, '/', { headers: { host: `127.0.0.1:${port}` } });
  token = /content="([^"]+)"/.exec(page.body)?.[1] ?? '';
});

afterEach(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('the HTTP host', () => {
  it('listens on loopback only and gives its page a fresh token', () => {
    expect((host.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
  });

  it('answers its own page through the IPC channels', async () => {
    const created = JSON.parse((await ipc('draft:create', [])).body);
    expect(created.ok).toBe(true);
    const list = JSON.parse((await ipc('draft:list', [])).body);
    expect(list.result.drafts.map((d: { id: string }) => d.id)).toEqual([created.result.id]);
  });

  it('sends the same Content-Security-Policy as the desktop window', async () => {
    const page = await send(port, '/', { headers: { host: `localhost:${port}` } });
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it("keeps other sites out of its page: no framing, no opener's hold on its window, no sniffing", async () => {
    const page = await send(port, '/', { headers: { host: `127.0.0.1:${port}` } });
    const answer = await ipc('draft:list', []);
    for (const reply of [page, answer]) {
      expect(reply.headers['cross-origin-opener-policy']).toBe('same-origin');
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['x-content-type-options']).toBe('nosniff');
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    }
  });

  it.each([
    ['a foreign Host header (DNS rebinding)', { host: `evil.example:${port}` }],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['a look-alike Origin', { origin: `http://127.0.0.1:${port}.evil.example` }],
    ['no token', { 'x-newsroom-token': '' }],
    ['a wrong token', { 'x-newsroom-token': 'x'.repeat(43) }],
  ])('refuses a request with %s and writes nothing', async (_, headers) => {
    const before = await listing();
    const reply = await ipc('draft:create', [], headers as Record<string, string>);
    expect(reply.status).toBe(403);
    expect(await listing()).toEqual(before);
  });

  it('refuses a request with no Origin header at all', async () => {
    const reply = await send(port, '/ipc/draft:create', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-newsroom-token': token },
      body: '{"args":[]}',
    });
    expect(reply.status).toBe(403);
  });

  it('answers bad input with a clear error and writes nothing', async () => {
    const before = await listing();
    for (const id of ['../../etc/passwd', '..\\x', '/etc/passwd', 'a\u0000b', 'x'.repeat(5000)]) {
      const reply = JSON.parse((await ipc('draft:open', [id])).body);
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(reply.error.message).toMatch(/Invalid request for draft:open/);
    }
    expect(JSON.parse((await ipc('draft:nuke', [])).body).error.message).toMatch(/Unknown channel/);
    expect(JSON.parse((await ipc('draft:save', [{ id: 'a', headline: 5 }])).body).ok).toBe(false);
    expect(await listing()).toEqual(before);
  });

  it('writes the first draft into its page, and no text in a draft can break out of that block', async () => {
    const created = JSON.parse((await ipc('draft:create', [])).body).result;
    const headline = 'Мер: «</script><script>alert(1)</script>» <!-- $& $\' %NEWSROOM_TOKEN%';
    const { id } = created;
    const saved = JSON.parse((await ipc('draft:save', [{ ...contentOf(created), headline }, { baseUpdatedAt: null }])).body);
    expect(saved).toMatchObject({ ok: true });

    const page = (await send(port, '/', { headers: { host: `127.0.0.1:${port}` } })).body;
    const blocks = [...page.matchAll(/<script type="application\/json" id="newsroom-start">([^<]*)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(page).not.toContain('<script>alert');
    const start = JSON.parse(blocks[0]![1]!);
    expect(start.ok).toBe(true);
    expect(start.result.open).toMatchObject({ id, headline });
    expect(start.result.list.drafts.map((d: { id: string }) => d.id)).toEqual([id]);
  });

  it('lets a browser keep the hashed scripts, never the page with its drafts', async () => {
    await mkdir(join(root, 'renderer', 'assets'));
    await writeFile(join(root, 'renderer', 'assets', 'index-BBIOoz7f.js'), 'export {};');
    await writeFile(join(root, 'renderer', 'assets', 'notes.js'), 'export {};');
    const get = (path: string) => send(port, path, { headers: { host: `127.0.0.1:${port}` } });
    expect((await get('/assets/index-BBIOoz7f.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/assets/notes.js')).headers['cache-control']).toBe('no-store');
    expect((await get('/')).headers['cache-control']).toBe('no-store');
  });

  it('stops within seconds even while a connection holds a request that never finishes', async () => {
    const stuck = request({ host: '127.0.0.1', port, path: '/ipc/draft:list', method: 'POST', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'content-length': '1000' } });
    stuck.on('error', () => {});
    stuck.write('{"args":');
    await new Promise((done) => setTimeout(done, 100));
    const started = Date.now();
    await host.close();
    expect(Date.now() - started).toBeLessThan(5000);
    host = await startHost({ dataDir, rendererDir: join(root, 'renderer'), port: 0 });
  });

  it('serves nothing outside the renderer folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const reply = await send(port, path, { headers: { host: `127.0.0.1:${port}` } });
      expect(reply.status).toBe(404);
      expect(reply.body).not.toContain('not for the browser');
    }
  });
});

describe('the page the host serves', () => {
  it('sends its head, with the scripts, before the start data is read, and the data when it is', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsroom-page-'));
    await writeFile(join(dir, 'index.html'), '<html><head><script type="module" src="./assets/index-BBIOoz7f.js"></script></head><body><div id="root"></div></body></html>');
    let release: () => void = () => {};
    const reading = new Promise<void>((done) => (release = done));
    const handlers = { 'app:start': async () => (await reading, { open: null }) } as unknown as ChannelHandlers;
    let pagePort = 0;
    const server = createHostServer({ handlers, rendererDir: dir, token: 't', port: () => pagePort });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    pagePort = (server.address() as AddressInfo).port;
    try {
      const chunks: string[] = [];
      const ended = new Promise<void>((done, fail) => {
        request({ host: '127.0.0.1', port: pagePort, path: '/', headers: { host: `127.0.0.1:${pagePort}` } }, (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            chunks.push(chunk);
            release();
          });
          res.on('end', done);
        })
          .on('error', fail)
          .end();
      });
      await reading;
      expect(chunks.join('')).toContain('<script type="module" src="./assets/index-BBIOoz7f.js">');
      expect(chunks.join('')).not.toContain('newsroom-start');
      await ended;
      expect(chunks.join('')).toMatch(/<script type="application\/json" id="newsroom-start">\{"ok":true,"result":\{"open":null\}\}<\/script><\/body><\/html>$/);
    } finally {
      await new Promise((done) => server.close(done));
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the IPC socket', () => {
  const protocols = () => [IPC_SOCKET_PROTOCOL, token];
  const own = () => ({ origin: `http://127.0.0.1:${port}` });

  /** Opens the socket as a page would; resolves once open, or with the status the host refused it with. */
  function openSocket(offered: string[], headers: Record<string, string>): Promise<{ socket: WebSocket } | { refused: number }> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(`ws://127.0.0.1:${port}/${IPC_SOCKET_PATH}`, offered, { headers });
      socket.once('open', () => resolve({ socket }));
      socket.once('unexpected-response', (_req, res) => resolve({ refused: res.statusCode ?? 0 }));
      socket.once('error', reject);
    });
  }

  async function opened(): Promise<WebSocket> {
    const result = await openSocket(protocols(), own());
    if (!('socket' in result)) throw new Error(`refused with ${result.refused}`);
    return result.socket;
  }

  function call(socket: WebSocket, id: number, channel: string, args: unknown): Promise<{ id: number; response: { ok: boolean; result?: unknown; error?: { code: string; message: string } } }> {
    return new Promise((resolve) => {
      const onMessage = (data: Buffer) => {
        const reply = JSON.parse(data.toString('utf8'));
        if (reply.id !== id) return;
        socket.off('message', onMessage);
        resolve(reply);
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id, channel, args }));
    });
  }

  it('answers its own page’s calls, each by its id', async () => {
    const socket = await opened();
    try {
      const created = await call(socket, 7, 'draft:create', []);
      expect(created).toMatchObject({ id: 7, response: { ok: true } });
      const id = (created.response.result as { id: string }).id;
      const [listed, opened_] = await Promise.all([call(socket, 8, 'draft:list', []), call(socket, 9, 'draft:open', [id])]);
      expect((listed.response.result as { drafts: { id: string }[] }).drafts.map((d) => d.id)).toEqual([id]);
      expect(opened_.response).toMatchObject({ ok: true, result: { id } });
      expect((await listing()).some((path) => path.endsWith(`${id}.json`))).toBe(true);
    } finally {
      socket.close();
    }
  });

  it.each([
    ['a foreign Host header (DNS rebinding)', () => protocols(), () => ({ ...own(), host: `evil.example:${port}` })],
    ['a foreign Origin', () => protocols(), () => ({ origin: 'https://evil.example' })],
    ['no Origin header', () => protocols(), () => ({})],
    ['a wrong token', () => [IPC_SOCKET_PROTOCOL, 'x'.repeat(43)], () => own()],
    ['no token', () => [IPC_SOCKET_PROTOCOL], () => own()],
    ['the token but not the protocol', () => [token], () => own()],
  ])('will not open for %s', async (_, offered, headers) => {
    expect(await openSocket(offered(), headers())).toEqual({ refused: 403 });
  });

  it('answers bad calls with a clear error, and closes on a message that is not a call', async () => {
    const before = await listing();
    const socket = await opened();
    const open = await call(socket, 1, 'draft:open', ['../../etc/passwd']);
    expect(open.response).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/Invalid request for draft:open/) } });
    expect((await call(socket, 2, 'draft:nuke', [])).response.error?.message).toMatch(/Unknown channel/);
    const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.send('{"channel":"draft:create"');
    expect(await closed).toEqual({ code: 1008, reason: 'A message that is not JSON.' });
    expect(await listing()).toEqual(before);
  });

  it('lets the host stop within seconds while a page keeps its socket open', async () => {
    const socket = await opened();
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const started = Date.now();
    await host.close();
    await closed;
    expect(Date.now() - started).toBeLessThan(5000);
    host = await startHost({ dataDir, rendererDir: join(root, 'renderer'), port: 0 });
  });
});
