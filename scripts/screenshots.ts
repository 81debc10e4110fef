// Takes the README's screenshots: `npx tsx scripts/screenshots.ts [folder]` (after `npm run build:renderer`).
import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, browserPath } from '../tests/e2e/findBrowser';
import { freshDataDir, startHostProcess } from '../tests/e2e/hostProcess';

const out = process.argv[2] ?? 'docs/images';
await mkdir(out, { recursive: true });
const data = await freshDataDir();
const host = await startHostProcess(data.dir);
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });

async function settle(page: Page) {
  await page.getByLabel(/Headline|Заголовок/).first().waitFor();
  await page.waitForTimeout(600);
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Start your first article' }).waitFor();
  await page.screenshot({ path: `${out}/empty-state.png` });

  await page.getByRole('button', { name: 'Open a sample article' }).click();
  await settle(page);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await page.screenshot({ path: `${out}/editor-1280x800.png` });
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('heading', { name: 'Background' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/background-and-quotes.png` });
  await page.getByRole('tab', { name: /Sources/ }).click();
  await page.getByRole('heading', { name: 'Related stories' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/related-and-sources.png` });

  await page.getByLabel('Interface language').selectOption('uk');
  await page.getByRole('button', { name: 'Нова зі зразка' }).click();
  await settle(page);
  await page.getByRole('button', { name: 'Закрити' }).click();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.getByRole('tab', { name: 'Стаття' }).click();
  await page.screenshot({ path: `${out}/editor-uk-1440x900.png` });
  console.log(`Screenshots written to ${out}`);
} finally {
  await browser.close();
  await host.stop();
  await data.remove();
}
