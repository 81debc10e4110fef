import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, folder))) {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const found = new Set<string>();
  for (const match of text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    found.add((match[1] ?? match[2] ?? match[3])!);
  }
  for (const match of text.matchAll(/^import\s+['"]([^'"]+)['"]/gm)) found.add(match[1]!);
  return [...found];
}

/** Where a relative import lands, as a path from the repository root. */
function target(file: string, specifier: string): string {
  return specifier.startsWith('.') ? relative(root, resolve(root, dirname(file), specifier)) : specifier;
}

interface Rule {
  folder: string;
  allowed: (target: string) => boolean;
  why: string;
}

const isNode = (t: string) => t.startsWith('node:');
const isLocal = (t: string, ...folders: string[]) => folders.some((f) => t === f || t.startsWith(`${f}/`));
const electronish = (t: string) => t === 'electron' || t === 'electron-store';

const rules: Rule[] = [
  {
    folder: 'shared',
    allowed: (t) => isLocal(t, 'shared') || t === 'zod',
    why: 'shared/ runs everywhere: shared/ and zod only (no DOM, no node:*, no Electron)',
  },
  {
    folder: 'electron/services',
    allowed: (t) => !electronish(t) && !isLocal(t, 'renderer', 'electron/main', 'electron/host', 'electron/preload'),
    why: 'services are plain Node: never electron or electron-store',
  },
  {
    folder: 'electron/host',
    allowed: (t) => !electronish(t) && (isLocal(t, 'shared', 'electron/services', 'electron/host') || isNode(t) || t === 'ws'),
    why: 'the host is plain Node: shared/, the services, node:* and ws (its IPC socket) only',
  },
  {
    folder: 'electron/preload',
    allowed: (t) => t === 'electron' || t === 'shared/ipc/channelNames' || t === 'shared/ipc/contract',
    why: 'the sandboxed preload may use only electron and the channel table',
  },
  {
    folder: 'renderer',
    allowed: (t) => !electronish(t) && !isNode(t) && !isLocal(t, 'electron'),
    why: 'the renderer reaches the main process only through window.newsroom',
  },
];

describe('layering: each folder imports only what its process may load', () => {
  for (const rule of rules) {
    it(`${rule.folder}: ${rule.why}`, () => {
      const files = sourceFiles(rule.folder);
      expect(files.length).toBeGreaterThan(0);
      const violations = files.flatMap((file) =>
        importsOf(file)
          .map((specifier) => target(file, specifier))
          .filter((t) => !rule.allowed(t))
          .map((t) => `${file} imports ${t}`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('finds a violation when there is one', () => {
    const rule = rules.find((r) => r.folder === 'electron/services')!;
    expect(rule.allowed('electron')).toBe(false);
    expect(rule.allowed('electron-store')).toBe(false);
    expect(rules.find((r) => r.folder === 'shared')!.allowed('node:fs')).toBe(false);
    expect(rules.find((r) => r.folder === 'renderer')!.allowed('electron/services/draftStore')).toBe(false);
  });
});
