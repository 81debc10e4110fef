import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface Pending {
  html: string;
  resolve: (errors: string[]) => void;
  reject: (error: unknown) => void;
}

interface VnuMessage {
  type?: string;
  subType?: string;
  url?: string;
  message?: string;
  lastLine?: number;
  lastColumn?: number;
}

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
let queue: Pending[] = [];

/**
 * Validates a document with the W3C Nu checker and returns its errors.
 * Calls made together (Promise.all) share one JVM start.
 */
export async function validateHtml(html: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    queue.push({ html, resolve, reject });
    if (queue.length === 1) setTimeout(() => void runBatch(), 0);
  });
}

async function runBatch(): Promise<void> {
  const batch = queue;
  queue = [];
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-vnu-'));
  try {
    const files = batch.map((_, index) => join(dir, `document-${index}.html`));
    await Promise.all(batch.map((item, index) => writeFile(files[index] ?? '', item.html, 'utf8')));
    const messages = await runVnu(files);
    batch.forEach((item, index) => {
      const name = `/document-${index}.html`;
      item.resolve(
        messages
          .filter((message) => message.url === undefined || message.url.endsWith(name))
          .map((message) => `${message.lastLine ?? '?'}:${message.lastColumn ?? '?'} ${message.message ?? message.type}`),
      );
    });
  } catch (error) {
    for (const item of batch) item.reject(error);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function runVnu(files: string[]): Promise<VnuMessage[]> {
  return new Promise((resolve, reject) => {
    const args = ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files];
    execFile('java', args, { maxBuffer: 64 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(
          new Error(
            'Java is not installed, and the W3C HTML validator (vnu.jar) needs it. ' +
              'Install a Java runtime: apt-get install -y default-jre-headless',
          ),
        );
        return;
      }
      try {
        const report = JSON.parse(stderr) as { messages?: VnuMessage[] };
        resolve((report.messages ?? []).filter((message) => message.type !== 'info'));
      } catch {
        reject(new Error(`The HTML validator gave no report: ${error?.message ?? ''}\n${stderr}`));
      }
    });
  });
}
