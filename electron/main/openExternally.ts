import { shell } from 'electron';

/** Opens web links in the system browser; every other kind of URL is ignored. */
export function openExternally(url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return;
  }
  if (protocol === 'http:' || protocol === 'https:') void shell.openExternal(url);
}
