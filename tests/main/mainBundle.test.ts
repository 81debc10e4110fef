import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS } from '../../shared/ipc/channelNames';

/**
 * The built main process (dist-electron/main.js), started under plain Node with a stand-in for
 * Electron (tests/main/stubElectron): where no Electron binary runs, this is what shows that the
 * desktop app's own code starts, answers its channels, and makes its menu.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const mainPath = join(root, 'dist-electron', 'main.js');
const register = join(root, 'tests', 'main', 'stubElectron', 'register.mjs');

interface MenuItem {
  label: string | null;
  role: string | null;
  submenu: MenuItem[] | null;
}

let dataDir = '';
let child: ChildProcess | null = null;
let nextId = 0;

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--mode', 'main'], { cwd: root, stdio: 'pipe' });
}, 120_000);

afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
  dataDir = '';
});

/** Starts the main process on `dataDir` and waits for its window. */
async function start(locale = 'en-US'): Promise<void> {
  dataDir ||= await mkdtemp(join(tmpdir(), 'newsroom-main-'));
  const started = fork(mainPath, [], {
    execArgv: ['--import', register],
    env: { ...process.env, NEWSROOM_DATA_DIR: dataDir, STUB_LOCALE: locale },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child = started;
  let output = '';
  started.stdout?.on('data', (chunk) => (output += chunk));
  started.stderr?.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    started.on('message', (message: { type: string; title?: string; content?: string }) => {
      if (message.type === 'window') resolve();
      if (message.type === 'error-box') reject(new Error(`${message.title}: ${message.content}`));
    });
    started.on('exit', (code) => reject(new Error(`the main process exited (${code}): ${output}`)));
  });
}

async function ask<T>(message: Record<string, unknown>): Promise<T> {
  const id = ++nextId;
  const running = child!;
  return new Promise<T>((resolve) => {
    const listener = (reply: { type: string; id?: number; result?: T }) => {
      if (reply.type !== 'answer' || reply.id !== id) return;
      running.off('message', listener);
      resolve(reply.result as T);
    };
    running.on('message', listener);
    running.send({ ...message, id });
  });
}

const invoke = <T>(channel: string, ...args: unknown[]) => ask<T>({ type: 'invoke', channel, args });
const topLabels = async () => (await ask<MenuItem[]>({ type: 'menu' })).map((item) => item.label);

async function stop(): Promise<void> {
  // As on quit: the store writes what it holds and lets go of the folder.
  await ask({ type: 'quit' });
  await new Promise<void>((resolve) => {
    child!.on('message', (message: { type: string }) => message.type === 'quit' && resolve());
  });
  child!.kill('SIGKILL');
  child = null;
}

describe('the desktop app’s main process, started with a stand-in for Electron', () => {
  it('answers every channel, for the app’s own page only', async () => {
    await start();
    expect((await ask<string[]>({ type: 'channels' })).sort()).toEqual([...INVOKE_CHANNELS].sort());
    const created = await invoke<{ ok: boolean; result: { id: string } }>('draft:create');
    expect(created.ok).toBe(true);
    expect(JSON.parse(await readFile(join(dataDir, 'drafts', `${created.result.id}.json`), 'utf8')).id).toBe(created.result.id);
    const elsewhere = await ask<{ ok: boolean; error: { code: string } }>({ type: 'invoke', channel: 'draft:list', args: [], from: 'https://example.com/' });
    expect(elsewhere).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  }, 60_000);

  it('serves the page with the draft to open, the one opened last', async () => {
    await start();
    const first = await invoke<{ result: { id: string } }>('draft:create');
    await invoke('draft:create');
    await invoke('draft:open', first.result.id);
    await stop();

    await start();
    const page = await ask<{ status: number; text: string }>({ type: 'page' });
    expect(page.status).toBe(200);
    expect(page.text).toContain(`"id":"${first.result.id}"`);
  }, 60_000);

  it('makes its menu in the interface’s language, again when the writer picks another, and after a restart', async () => {
    await start('en-US');
    expect(await topLabels()).toEqual(['File', 'Edit', 'View', 'Window']);
    await invoke('settings:update', { uiLanguage: 'uk' });
    expect(await topLabels()).toEqual(['Файл', 'Редагування', 'Вигляд', 'Вікно']);
    const gone = await invoke<{ ok: boolean; error: { text: unknown } }>('draft:open', 'no-such-draft');
    expect(gone).toMatchObject({ ok: false, error: { text: { key: 'draftGone' } } });
    await stop();

    await start('en-US');
    expect(await topLabels()).toEqual(['Файл', 'Редагування', 'Вигляд', 'Вікно']);
  }, 60_000);

  it('asks, in the interface’s language, before a window with unsaved changes closes, and exports through a dialog in it too', async () => {
    await start('uk-UA');
    // Cancelled: the writer keeps editing, and the window stays.
    expect(await ask<boolean>({ type: 'unload' })).toBe(false);
    const [asked] = await ask<{ message: string; detail: string; buttons: string[] }[]>({ type: 'dialogs' });
    expect(asked).toMatchObject({ message: 'Останні зміни не вдалося зберегти.', buttons: ['Зберегти копію деінде…', 'Закрити без збереження', 'Редагувати далі'] });
    expect(asked!.detail).toMatch(/^Чернетку ще не збережено\.\n\nПеред тим як закрити/);

    const draft = await invoke<{ result: { id: string } }>('draft:create');
    expect(await invoke('export:draft', draft.result.id, 'html')).toEqual({ ok: true, result: { kind: 'canceled' } });
    const [saveAs] = await ask<{ title: string; filters: { name: string }[] }[]>({ type: 'dialogs' });
    expect(saveAs).toMatchObject({ title: 'Експорт', filters: [{ name: 'Вебсторінка (HTML)' }] });
  }, 60_000);

  it('speaks the system’s language until one is chosen', async () => {
    await start('uk-UA');
    const menu = await ask<MenuItem[]>({ type: 'menu' });
    expect(menu[0]?.label).toBe('Файл');
    expect(menu[0]?.submenu?.map((item) => item.label)).toContain('Нова чернетка');
  }, 60_000);
});
