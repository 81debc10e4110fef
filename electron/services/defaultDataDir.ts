import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where Electron's app.getPath('userData') points for "Newsroom", so the host and the app share drafts. */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA || join(homedir(), 'AppData', 'Roaming'), 'Newsroom');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Newsroom');
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'Newsroom');
}
