import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { useHostPerTest } from './hostProcess';

const app = useHostPerTest(test);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

test('the main screens have no serious or critical accessibility violations', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Start your first article' })).toBeVisible();
  expect(await seriousViolations(page), 'empty state').toEqual([]);

  await page.getByRole('button', { name: 'Open a sample article' }).click();
  await expect(page.getByLabel('Headline')).not.toHaveValue('');
  const details = page.getByRole('complementary', { name: 'Article details' });
  for (const tab of ['Article', 'Sources', 'Quotes']) {
    await details.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    expect(await seriousViolations(page), `${tab} tab`).toEqual([]);
  }

  await page.getByRole('textbox', { name: 'Article body' }).getByRole('button', { name: /Edit speaker/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Edit speaker' })).toBeVisible();
  expect(await seriousViolations(page), 'quote form').toEqual([]);

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Trash' }).click();
  expect(await seriousViolations(page), 'trash').toEqual([]);
});

test('every field and button can be reached with the keyboard alone', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Start your first article' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'New draft' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Headline')).toHaveValue('');
  // The inspector and the drafts list come a frame after the draft: tabbing before they are there
  // would pass their place in the order before their fields exist.
  const details = page.getByRole('complementary', { name: 'Article details' });
  await expect(details.getByRole('button', { name: 'Add author' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Drafts' }).getByRole('button', { name: /Untitled/ })).toBeVisible();
  const reached = new Set<string>();
  for (let i = 0; i < 80; i += 1) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null);
      return label ?? el.textContent ?? '';
    });
    reached.add(name.trim());
  }
  for (const name of ['Headline', 'Standfirst', 'Article body', 'Bold', 'Add quote', 'Add background section', 'Add related story', 'Export HTML', 'Status', 'Add author', 'Place']) {
    expect([...reached], name).toContain(name);
  }
});
