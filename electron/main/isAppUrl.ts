import { APP_ORIGIN } from './appOrigin';

export function isAppUrl(url: string | null | undefined): boolean {
  return typeof url === 'string' && url.startsWith(APP_ORIGIN);
}
