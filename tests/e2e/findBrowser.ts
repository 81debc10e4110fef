import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightChromium(): string | null {
  try {
    const path = chromium.executablePath();
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * Playwright's own Chromium where installed, else the system's, else one download attempt;
 * otherwise a message that says how to get a browser.
 */
export function findBrowser(): string {
  const found = playwrightChromium() ?? SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (found) return found;
  console.log('No Chromium found; trying `npx playwright install chromium`…');
  spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  const downloaded = playwrightChromium();
  if (downloaded) return downloaded;
  throw new Error(
    'The browser tests need Chromium and none was found. Install one with `npx playwright install chromium` ' +
      '(needs internet) or, on Debian/Ubuntu, `sudo apt-get install -y chromium`; or set NEWSROOM_CHROMIUM to a Chromium executable.',
  );
}

export function browserPath(): string {
  const override = process.env.NEWSROOM_CHROMIUM;
  if (override) {
    if (!existsSync(override)) throw new Error(`NEWSROOM_CHROMIUM points to ${override}, which does not exist.`);
    return override;
  }
  return findBrowser();
}
