import { resolve, sep } from 'node:path';
import { APP_ORIGIN } from './appOrigin';

/** The file under rendererDir that an app:// request names, or null when it names anything else. */
export function rendererFilePath(rendererDir: string, requestUrl: string): string | null {
  if (!requestUrl.startsWith(APP_ORIGIN)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, pathname === '/' ? 'index.html' : pathname.replace(/^[/\\]+/, ''));
  return file.startsWith(root + sep) ? file : null;
}
