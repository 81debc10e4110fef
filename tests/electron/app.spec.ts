import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary, projectRoot } from './findElectron';

const binary = findElectronBinary();
const sandboxArgs = process.platform === 'linux' && process.getuid?.() === 0 ? ['--no-sandbox'] : [];

test('a draft typed in the desktop app is there after a restart', async () => {
  if ('missing' in binary) {
    const reason = `skipped: no Electron binary (${binary.missing}; the download from GitHub releases failed or is blocked; on a connected machine \`npx install-electron\` gets it)`;
    console.log(reason);
    test.skip(true, reason);
    return;
  }
  expect(existsSync(join(projectRoot, 'dist-electron', 'main.js')), 'run `npm run build` before this test').toBe(true);

  const dataDir = await mkdtemp(join(tmpdir(), 'newsroom-e2e-data-'));
  const exportDir = await mkdtemp(join(tmpdir(), 'newsroom-e2e-export-'));
  const env = Object.fromEntries(
    Object.entries({ ...process.env, NEWSROOM_DATA_DIR: dataDir, NEWSROOM_EXPORT_DIR: exportDir }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const launch = () => electron.launch({ executablePath: binary.path, args: [projectRoot, ...sandboxArgs], env });

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
    await rm(dataDir, { recursive: true, force: true });
    await rm(exportDir, { recursive: true, force: true });
  }
});
