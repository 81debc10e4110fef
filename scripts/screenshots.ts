// Takes the README's screenshots: `npx tsx scripts/screenshots.ts` (after `npm run build:renderer`).
import { mkdir } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, browserPath } from '../tests/e2e/findBrowser';
import { freshDataDir, startHostProcess } from '../tests/e2e/hostProcess';

const out = process.argv[2] ?? 'docs/images';
await mkdir(out, { recursive: true });
const data = await freshDataDir();
const host = await startHostProcess(data.dir);
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Start your first article' }).waitFor();
  await page.screenshot({ path: `${out}/empty-state.png` });

  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await page.getByLabel('Headline').fill('Міська рада Житомира затвердила план ремонту мостів на 2027 рік');
  await page.getByLabel('Standfirst').fill('Депутати виділили кошти на три мости через Тетерів, повідомляє пресслужба міськради.');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('План передбачає ремонт трьох мостів у центрі міста. Роботи почнуться навесні й триватимуть до осені.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Heading', exact: true }).click();
  await page.keyboard.type('Що зміниться для водіїв');
  await page.keyboard.press('Enter');
  await page.keyboard.type('На час ремонту рух буде частково обмежено, а громадський транспорт їздитиме об’їзними маршрутами.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Block quote' }).click();
  await page.keyboard.type('«Ми почнемо з мосту, який найбільше потребує ремонту», – сказав заступник міського голови.');
  await page.getByRole('status', { name: 'Save status' }).filter({ hasText: /^Saved/ }).waitFor();
  await page.getByRole('button', { name: 'New draft' }).click();
  await page.getByRole('navigation', { name: 'Drafts' }).getByRole('button', { name: 'Untitled' }).waitFor();
  await page.getByLabel('Headline').fill('Council approves bridge repairs');
  await page.getByRole('status', { name: 'Save status' }).filter({ hasText: /^Saved/ }).waitFor();
  await page.getByRole('navigation', { name: 'Drafts' }).getByRole('button', { name: /Житомира/ }).click();
  await page.getByLabel('Headline').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `${out}/editor-1280x800.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: `${out}/editor-1440x900.png` });
  console.log(`Screenshots written to ${out}`);
} finally {
  await browser.close();
  await host.stop();
  await data.remove();
}
