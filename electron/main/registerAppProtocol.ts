import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { splitForStartData, startDataBlock } from '../../shared/ipc/startData';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/contentSecurityPolicy';
import { APP_SCHEME } from './appOrigin';
import { mimeTypeFor } from './mimeTypeFor';
import { rendererFilePath } from './rendererFilePath';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    // codeCache: V8 keeps the compiled renderer between launches, so the app starts faster.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Serves the built renderer, and nothing outside it, at app://newsroom/. The page carries the
 * answer to `app:start` (see shared/ipc/startData.ts).
 */
export function registerAppProtocol(rendererDir: string, startData: () => Promise<unknown>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS });
    }
    const file = rendererFilePath(rendererDir, request.url);
    if (file) {
      try {
        const page = file.endsWith('index.html');
        const content = await readFile(file);
        const body = page && request.method === 'GET' ? pageWithStartData(content.toString('utf8'), startData) : content;
        return new Response(request.method === 'HEAD' ? null : body, {
          // The page carries the drafts of the moment; the scripts beside it change only with the app.
          headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(file), ...(page ? { 'Cache-Control': 'no-store' } : {}) },
        });
      } catch {
        // Missing or unreadable: answered as not found below.
      }
    }
    return new Response('Not found', { status: 404, headers: SECURITY_HEADERS });
  });
}

/** The page, its first part at once and the start data when it is read (see splitForStartData). */
function pageWithStartData(html: string, startData: () => Promise<unknown>): ReadableStream<Uint8Array> {
  const [before, after] = splitForStartData(html);
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode(before));
      controller.enqueue(encoder.encode(startDataBlock(await startData()) + after));
      controller.close();
    },
  });
}
