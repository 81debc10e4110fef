import { resolve } from 'node:path';

/** NEWSROOM_DATA_DIR, when set, points the app and the host at another data folder (tests, a shared drive). */
export function resolveDataDir(defaultDir: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.NEWSROOM_DATA_DIR;
  return fromEnv && fromEnv.trim() !== '' ? resolve(fromEnv) : defaultDir;
}
