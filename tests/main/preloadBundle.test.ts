import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENT_CHANNELS, INVOKE_CHANNELS, SAVE_SYNC_CHANNEL } from '../../shared/ipc/channelNames';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bundlePath = join(root, 'dist-electron', 'preload.cjs');
const sources = ['electron/preload/index.ts', 'shared/ipc/channelNames.ts'].map((file) => join(root, file));

function isStale(): boolean {
  if (!existsSync(bundlePath)) return true;
  const built = statSync(bundlePath).mtimeMs;
  return sources.some((source) => statSync(source).mtimeMs > built);
}

let bundle = '';

beforeAll(() => {
  if (isStale()) {
    execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'preload'], {
      cwd: root,
      stdio: 'pipe',
    });
  }
  bundle = readFileSync(bundlePath, 'utf8');
}, 120_000);

describe('the built preload (dist-electron/preload.cjs)', () => {
  it('requires nothing but electron, which a sandboxed preload can load', () => {
    const required = [...bundle.matchAll(/\brequire\s*\(([^)]*)\)/g)].map((match) => match[1]?.trim());
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(['"electron"', "'electron'"]).toContain(name);
  });

  it('is a single CommonJS file, with no import or export statements', () => {
    expect(bundle).not.toMatch(/^\s*import[\s{*'"]/m);
    expect(bundle).not.toMatch(/^\s*export[\s{*]/m);
    expect(bundle).not.toMatch(/\bimport\s*\(/);
  });

  it('builds its allowlist from the channel table', () => {
    for (const channel of [...INVOKE_CHANNELS, ...EVENT_CHANNELS, SAVE_SYNC_CHANNEL]) {
      expect(bundle).toMatch(new RegExp(`["']${channel}["']`));
    }
  });

  it('exposes one object, window.newsroom, and never ipcRenderer itself', () => {
    expect(bundle.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(bundle).toMatch(/exposeInMainWorld\(\s*["']newsroom["']/);
    expect(bundle).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/);
  });
});
