import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { newArticle } from '../../shared/article/newArticle';
import { useHostPerTest } from './hostProcess';

const app = useHostPerTest(test);

const COUNT = 3000;
const NEWEST = 'The newest draft in the folder';
const OLDEST = 'The oldest draft in the folder';
/** The 81st newest draft: among the newest hundred the app lists first, but far below the first screenful. */
const FURTHER_DOWN_ID = `draft-${String(COUNT - 81).padStart(5, '0')}`;
const FURTHER_DOWN = `Story number ${COUNT - 81}`;
/** Wraps to two lines in the sidebar, so items differ in height. */
const LONG = 'City council approves next year’s budget after a long night of debate over bridges, schools and hospitals';

function headlineOf(i: number): string {
  if (i === 0) return OLDEST;
  if (i === COUNT - 1) return NEWEST;
  return i % 5 === 0 ? `${LONG} (${i})` : `Story number ${i}`;
}

/** COUNT drafts as the app writes them (`drafts/<id>.json`), one minute apart: draft-00000 is the oldest. */
async function writeDrafts(dataDir: string): Promise<void> {
  const folder = join(dataDir, 'drafts');
  await mkdir(folder, { recursive: true });
  const start = Date.parse('2026-01-05T08:00:00Z');
  const files = Array.from({ length: COUNT }, (_, i) => {
    const id = `draft-${String(i).padStart(5, '0')}`;
    const article = {
      ...newArticle({ id, now: new Date(start + i * 60_000), language: 'en' }),
      headline: headlineOf(i),
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'word '.repeat(1 + (i % 40)).trim() }] }] },
    };
    return { path: join(folder, `${id}.json`), text: JSON.stringify(article, null, 2) };
  });
  for (let i = 0; i < files.length; i += 200) {
    await Promise.all(files.slice(i, i + 200).map((file) => writeFile(file.path, file.text)));
  }
}

test('the drafts list stays small in the page with 3,000 drafts, and every draft can be reached and opened', async ({ page }) => {
  await writeDrafts(app.dataDir);
  await app.restart();
  await page.goto(app.url);

  const drafts = page.getByRole('navigation', { name: 'Drafts' });
  const items = drafts.getByRole('listitem');
  const buttons = drafts.getByRole('list').getByRole('button');
  const headline = page.getByLabel('Headline');

  // Newest first; the newest is open; every item tells its place among all 3,000.
  await expect(items.first()).toContainText(NEWEST);
  await expect(items.first()).toContainText(/2026 · 40 words · Draft/);
  await expect(headline).toHaveValue(NEWEST);
  await expect(drafts.getByRole('button', { name: NEWEST })).toHaveAttribute('aria-current', 'page');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(COUNT));
  await expect(items.first()).toHaveAttribute('aria-posinset', '1');
  expect(await buttons.count()).toBeLessThan(200);

  // Scrolling the list to its end brings the oldest draft, which opens on a click.
  const list = drafts.getByRole('list');
  const oldest = drafts.getByRole('button', { name: OLDEST });
  await scrollUntilInView(page, list, oldest, 100_000);
  expect(await buttons.count()).toBeLessThan(200);
  await expect(items.filter({ hasText: OLDEST })).toHaveAttribute('aria-posinset', String(COUNT));
  await oldest.click();
  await expect(headline).toHaveValue(OLDEST);
  await expect(oldest).toHaveAttribute('aria-current', 'page');
  // The sidebar foot stays in place under the long list.
  await expect(drafts.getByRole('button', { name: 'Trash' })).toBeInViewport();

  // Back up the list, a draft well below the first screenful is opened...
  await scrollUntilInView(page, list, drafts.getByRole('button', { name: NEWEST }), -100_000);
  const further = drafts.getByRole('button', { name: FURTHER_DOWN });
  await scrollUntilInView(page, list, further, 300);
  await further.click();
  await expect(headline).toHaveValue(FURTHER_DOWN);
  await expect.poll(async () => readFile(join(app.dataDir, 'settings.json'), 'utf8').catch(() => ''), { timeout: 5_000 }).toContain(`"${FURTHER_DOWN_ID}"`);

  // ...and after a restart the app starts on it with its item in view, without any scrolling.
  await app.restart();
  await page.goto(app.url);
  await expect(headline).toHaveValue(FURTHER_DOWN);
  await expect(further).toBeInViewport();
  await expect(further).toHaveAttribute('aria-current', 'page');

  // A new draft, made while the list is scrolled down, is brought into view at the top.
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(headline).toHaveValue('');
  const newDraft = drafts.getByRole('button', { name: /^Untitled/ });
  await expect(newDraft).toBeInViewport();
  await expect(newDraft).toHaveAttribute('aria-current', 'page');
  await expect(items.first()).toHaveAttribute('aria-setsize', String(COUNT + 1));
});

test('the keyboard reaches every one of 3,000 drafts: the list is one Tab stop, and arrow keys, Home and End move through it', async ({ page }) => {
  await writeDrafts(app.dataDir);
  await app.restart();
  await page.goto(app.url);
  const drafts = page.getByRole('navigation', { name: 'Drafts' });
  const newest = drafts.getByRole('button', { name: NEWEST });
  await expect(newest).toHaveAttribute('aria-current', 'page');

  // Tab from the control before the list lands on the open draft; Tab again leaves the list.
  await drafts.getByRole('button', { name: 'New from sample' }).focus();
  await page.keyboard.press('Tab');
  await expect(newest).toBeFocused();
  await page.keyboard.press('End');
  const oldest = drafts.getByRole('button', { name: OLDEST });
  await expect(oldest).toBeFocused();
  await expect(oldest).toBeInViewport();
  await expect(drafts.getByRole('listitem').filter({ hasText: OLDEST })).toHaveAttribute('aria-posinset', String(COUNT));
  await page.keyboard.press('ArrowUp');
  await expect(drafts.getByRole('button', { name: /^Story number 1\b/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(drafts.getByRole('button', { name: 'Trash' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(newest).toBeFocused();

  // Down the list a draft at a time, and one opens with Enter.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const third = drafts.getByRole('button', { name: `Story number ${COUNT - 3}` });
  await expect(third).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline')).toHaveValue(`Story number ${COUNT - 3}`);
  await page.keyboard.press('Home');
  await expect(newest).toBeFocused();
  await expect(newest).toBeInViewport();
});

/** Turns the mouse wheel over the list, `deltaY` at a time, until `target` is in view. */
async function scrollUntilInView(page: Page, list: Locator, target: Locator, deltaY: number): Promise<void> {
  await list.hover();
  await expect(async () => {
    await page.mouse.wheel(0, deltaY);
    await expect(target).toBeInViewport({ timeout: 200 });
  }).toPass({ intervals: [50], timeout: 15_000 });
}
