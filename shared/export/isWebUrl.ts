import { safeHref } from './safeHref';

/** An http(s) address the exports will link to: what a source or a related story may point at. */
export function isWebUrl(url: string): boolean {
  return safeHref(url, true) !== null;
}
