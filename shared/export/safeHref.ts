import { isSafeLinkUrl } from './isSafeLinkUrl';

const NOT_IN_URL = /[\s"<>\\^`{|}]|%(?![0-9a-fA-F]{2})/gu;

/**
 * The editor's link policy, plus what a valid href needs: no credentials, "scheme://" spelled out,
 * and nothing a URL may not contain left unencoded. Null for anything else, which then loses its link.
 * With `webOnly`, mailto: links are refused too.
 */
export function safeHref(value: unknown, webOnly = false): string | null {
  if (typeof value !== 'string' || !isSafeLinkUrl(value)) return null;
  const href = value.trim();
  const colon = href.indexOf(':');
  const scheme = href.slice(0, colon).toLowerCase();
  const rest = href.slice(colon + 1);
  if (scheme === 'mailto') return webOnly ? null : `mailto:${encodeUnsafe(rest)}`;
  const url = new URL(href);
  if (url.username !== '' || url.password !== '') return null;
  return encodeUnsafe(rest.startsWith('//') && !rest.includes('\\') ? `${scheme}:${rest}` : url.href);
}

function encodeUnsafe(text: string): string {
  return text.replace(NOT_IN_URL, (char) => encodeURIComponent(char));
}
