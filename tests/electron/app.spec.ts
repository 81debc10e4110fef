import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary, projectRoot } from './findElectron';

const binary = findElectronBinary();
const sandboxArgs = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];

/** A way to start the desktop app on a data folder of its own, or null (the test skipped, saying why) without an Electron binary. */
async function desktopApp(): Promise<{ launch: () => Promise<ElectronApplication>; cleanUp: () => Promise<void> } | null> {
  if ('missing' in binary) {
    const reason = `skipped: no Electron binary (${binary.missing}; the download from GitHub releases failed or is blocked; on a connected machine \`npx install-electron\` gets it)`;
    console.log(reason);
    test.skip(true, reason);
    return null;
  }
  expect(existsSync(join(projectRoot, 'dist-electron', 'main.js')), 'run `npm run build` before this test').toBe(true);
  const { path } = binary;
  const dataDir = await mkdtemp(join(tmpdir(), 'newsroom-e2e-data-'));
  const exportDir = await mkdtemp(join(tmpdir(), 'newsroom-e2e-export-'));
  const env = Object.fromEntries(
    Object.entries({ ...process.env, NEWSROOM_DATA_DIR: dataDir, NEWSROOM_EXPORT_DIR: exportDir }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  return {
    launch: () => electron.launch({ executablePath: path, args: [projectRoot, ...sandboxArgs], env }),
    cleanUp: async () => {
      await rm(dataDir, { recursive: true, force: true });
      await rm(exportDir, { recursive: true, force: true });
    },
  };
}

/** The labels of the application menu's top items, as the main process holds them. */
const menuLabels = (app: ElectronApplication) => app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((item) => item.label) ?? []);

test('a draft typed in the desktop app is there after a restart', async () => {
  const desktop = await desktopApp();
  if (!desktop) return;
  const { launch } = desktop;

  const headline = `Harbour bridge reopens ${Date.now()}`;
  const sentence = 'The bridge reopened to traffic on Monday morning.';
  let app: ElectronApplication | null = null;
  try {
    app = await launch();
    let page = await app.firstWindow();
    await page.getByRole('button', { name: 'Create your first draft' }).click();
    await page.getByLabel('Headline', { exact: true }).fill(headline);
    await page.getByRole('textbox', { name: 'Article body' }).click();
    await page.keyboard.type(sentence);
    await expect(page.getByRole('status', { name: 'Save status' })).toHaveText(/Saved/);
    await app.close();
    app = null;

    app = await launch();
    page = await app.firstWindow();
    await expect(page.getByRole('navigation', { name: 'Drafts' })).toContainText(headline);
    await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText(sentence);
  } finally {
    await app?.close();
    await desktop.cleanUp();
  }
});

test('the desktop app’s menu speaks the interface’s language, and keeps to it after a restart', async () => {
  const desktop = await desktopApp();
  if (!desktop) return;
  let app: ElectronApplication | null = null;
  try {
    app = await desktop.launch();
    const page = await app.firstWindow();
    await page.getByLabel('Interface language').selectOption('uk');
    await expect(page.getByLabel('Мова інтерфейсу')).toHaveValue('uk');
    await expect.poll(() => menuLabels(app!)).toContain('Файл');
    expect(await menuLabels(app)).toContain('Редагування');
    await app.close();
    app = null;

    app = await desktop.launch();
    await app.firstWindow();
    expect(await menuLabels(app)).toEqual(expect.arrayContaining(['Файл', 'Редагування', 'Вигляд', 'Вікно']));
  } finally {
    await app?.close();
    await desktop.cleanUp();
  }
});
