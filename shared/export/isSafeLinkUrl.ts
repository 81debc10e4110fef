const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** Only web and email links survive: no javascript:, data:, file: or relative tricks. */
export function isSafeLinkUrl(raw: string): boolean {
  const url = raw.trim();
  // eslint-disable-next-line no-control-regex
  if (url === '' || /[\u0000-\u001f\u007f\s]/.test(url)) return false;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
  if (!scheme || !SAFE_SCHEMES.has(`${scheme}:`)) return false;
  if (scheme === 'mailto') return url.length > 'mailto:'.length;
  try {
    return Boolean(new URL(url).hostname);
  } catch {
    return false;
  }
}
