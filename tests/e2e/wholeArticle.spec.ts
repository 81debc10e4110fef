import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { validateHtml } from '../shared/validateHtml';
import { useHostPerTest } from './hostProcess';

const app = useHostPerTest(test);

const HEADLINE = 'У Житомирі відкрили оновлену бібліотеку для підлітків';
const STANDFIRST = 'Бібліотека працюватиме допізна, повідомляє Укрінформ з посиланням на міськраду.';
const QUOTE = 'Ми хотіли, щоб підлітки мали де зустрічатися після уроків';
const QUOTE_SPEAKER = 'представниця міськради';
const INLINE = '«Тут тепло й тихо»';
const INLINE_SPEAKER = 'Оксана Левчук';
const NOTE = 'Перевірити кількість книжок — NOTE-7f3a';

const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });
const inspector = (page: Page) => page.getByRole('complementary', { name: 'Article details' });

async function download(page: Page, button: string): Promise<string> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return readFile((await (await pending).path())!, 'utf8');
}

test('a journalist builds a whole article with every part, and it survives a reload and every export', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await page.getByLabel('Headline').fill(HEADLINE);
  await page.getByLabel('Standfirst').fill(STANDFIRST);

  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Оновлення тривало пів року.');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Add quote', exact: true }).first().click();
  await expect(body.getByRole('button', { name: /Edit speaker: No speaker yet/ })).toBeVisible();
  await page.keyboard.type(QUOTE);
  await expect(body.locator('figure blockquote')).toHaveText(QUOTE);
  await body.getByRole('button', { name: /Edit speaker: No speaker yet/ }).click();
  const quoteForm = page.getByRole('dialog', { name: 'Edit speaker' });
  await quoteForm.getByLabel('Speaker').fill(QUOTE_SPEAKER);
  await quoteForm.getByLabel('Role', { exact: true }).fill('речниця');
  await quoteForm.getByRole('button', { name: 'Done' }).click();
  await expect(body.getByRole('button', { name: `Edit speaker: ${QUOTE_SPEAKER}, речниця` })).toBeVisible();

  await body.locator('p').last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(`${INLINE}, – каже відвідувачка.`);
  await body.locator('p').last().evaluate((p, inline) => {
    const text = p.firstChild!;
    const range = document.createRange();
    const start = text.textContent!.indexOf(inline);
    range.setStart(text, start);
    range.setEnd(text, start + inline.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, INLINE);
  await page.getByRole('button', { name: 'Quote in sentence' }).click();
  await quoteForm.getByLabel('Speaker').fill(INLINE_SPEAKER);
  await quoteForm.getByRole('button', { name: 'Done' }).click();

  const details = inspector(page);
  await details.getByRole('button', { name: 'Add author' }).click();
  await details.getByLabel('Author', { exact: true }).fill('Марія Коваль');
  await details.getByLabel('Author’s role').fill('кореспондентка');
  await details.getByLabel('Place').fill('Житомир');
  await details.getByLabel('Local date and time').fill('2026-11-27T14:30');
  await expect(details.getByLabel('Time zone')).toHaveValue('Europe/Kyiv');
  await details.getByLabel('Section').fill('Суспільство');
  await details.getByLabel('Tags').fill('бібліотеки, Житомир, підлітки');
  await details.getByLabel('Status').selectOption({ label: 'Ready for review' });
  await details.getByLabel('Editor’s note').fill(NOTE);
  await expect(details.getByText('From the headline: u-zhytomyri-vidkryly-onovlenu-biblioteku-dlia-pidlitkiv')).toBeVisible();

  await details.getByRole('tab', { name: 'Sources' }).click();
  await details.getByRole('button', { name: 'Add source' }).click();
  await details.getByLabel('Source name').fill('Укрінформ');
  await details.getByLabel('Kind').selectOption({ label: 'News agency' });
  await details.getByLabel('URL').fill('https://example.org/ukrinform');
  await expect(page.getByRole('button', { name: 'Citing Укрінформ' })).toBeVisible();

  await details.getByRole('tab', { name: /Quotes/ }).click();
  await expect(details.getByRole('listitem')).toHaveCount(2);
  await expect(details.getByText(/no speaker/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Add background section' }).click();
  await page.getByRole('region', { name: 'Background 1' }).getByLabel('Section title').fill('Історія бібліотеки');
  await page.getByRole('region', { name: 'Історія бібліотеки' }).getByRole('textbox', { name: 'Background text' }).click();
  await page.keyboard.type('Бібліотеку заснували 1958 року.');

  await page.getByRole('button', { name: 'Add related story' }).click();
  await page.getByRole('listitem', { name: 'Related stories 1' }).getByLabel('Title').fill('Міськрада ухвалила бюджет');
  const story = page.getByRole('listitem', { name: 'Міськрада ухвалила бюджет' });
  await story.getByLabel('URL').fill('javascript:alert(1)');
  await expect(story.getByText(/starts with http:\/\/ or https:\/\//)).toBeVisible();
  await story.getByLabel('URL').fill('https://example.com/news/budget');
  await expect(story.getByText(/starts with http:\/\/ or https:\/\//)).toHaveCount(0);
  await story.getByLabel('Teaser').fill('Депутати проголосували за кошторис на наступний рік.');

  await expect(saveStatus(page)).toHaveText(/^Saved/);
  await page.reload();

  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  await expect(body).toContainText(QUOTE);
  await expect(body.getByRole('button', { name: `Edit speaker: ${QUOTE_SPEAKER}, речниця` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Історія бібліотеки' })).toContainText('Бібліотеку заснували 1958 року.');
  await expect(page.getByRole('listitem', { name: 'Міськрада ухвалила бюджет' }).getByLabel('URL')).toHaveValue('https://example.com/news/budget');
  await expect(inspector(page).getByLabel('Place')).toHaveValue('Житомир');
  await expect(inspector(page).getByLabel('Tags')).toHaveValue('бібліотеки, Житомир, підлітки');
  await expect(page.getByRole('navigation', { name: 'Drafts' })).toContainText(/\d+ words/);

  const html = await download(page, 'Export HTML');
  expect(await validateHtml(html)).toEqual([]);
  expect(html).toContain('<article lang="uk">');
  expect(html).toContain(`<h1>${HEADLINE}</h1>`);
  expect(html).toMatch(/<time datetime="2026-11-27T14:30:00\+02:00">/);
  expect(html).toContain('Марія Коваль');
  expect(html).toMatch(/<figure class="quote">\s*<blockquote>\s*<p>Ми хотіли/);
  expect(html).toMatch(new RegExp(`<figcaption>[^<]*${QUOTE_SPEAKER}`));
  expect(html).toContain('Історія бібліотеки</h2>');
  expect(html).toMatch(/<nav[^>]*>[\s\S]*<a href="https:\/\/example.com\/news\/budget"[^>]*>Міськрада ухвалила бюджет<\/a>/);
  expect(html).toContain('Укрінформ');
  expect(html).not.toContain('NOTE-7f3a');
  const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
  expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: HEADLINE, inLanguage: 'uk' });
  expect(JSON.stringify(jsonLd.author)).toContain('Марія Коваль');

  const json = JSON.parse(await download(page, 'Export JSON'));
  expect(json).toMatchObject({
    headline: HEADLINE,
    standfirst: STANDFIRST,
    status: 'review',
    section: 'Суспільство',
    tags: ['бібліотеки', 'Житомир', 'підлітки'],
    editorNote: NOTE,
    byline: [{ name: 'Марія Коваль', role: 'кореспондентка' }],
    dateline: { place: 'Житомир', localTime: '2026-11-27T14:30', timeZone: 'Europe/Kyiv' },
    sources: [{ name: 'Укрінформ', kind: 'agency', url: 'https://example.org/ukrinform' }],
    background: [{ title: 'Історія бібліотеки' }],
    related: [{ title: 'Міськрада ухвалила бюджет', url: 'https://example.com/news/budget' }],
  });
  const quotes = JSON.stringify(json.body);
  expect(quotes).toContain(`"speaker":"${QUOTE_SPEAKER}"`);
  expect(quotes).toContain(`"speaker":"${INLINE_SPEAKER}"`);
});

test('a quote without a speaker is flagged in the quotes panel', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await inspector(page).getByRole('tab', { name: /Quotes/ }).click();
  await inspector(page).getByRole('button', { name: 'Add quote' }).click();
  await page.keyboard.type('Слова без автора');
  await expect(inspector(page).getByText('1 quote has no speaker')).toBeVisible();
  await expect(inspector(page).getByRole('listitem')).toContainText('No speaker');
  await inspector(page).getByRole('button', { name: 'Go to quote' }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
});

test('the interface speaks Ukrainian when chosen, and remembers it', async ({ page }) => {
  await page.goto(app.url);
  await page.getByLabel('Interface language').selectOption('uk');
  await expect(page.getByRole('button', { name: 'Створити першу чернетку' })).toBeVisible();
  await page.getByRole('button', { name: 'Створити першу чернетку' }).click();
  await expect(page.getByLabel('Заголовок', { exact: true })).toBeVisible();
  await expect(page.getByRole('main', { name: 'Стаття' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Текст статті' }).click();
  await page.keyboard.type('Одне два три чотири п’ять');
  await expect(page.getByText('5 слів').first()).toBeVisible();
  const status = page.getByRole('status', { name: 'Стан збереження' });
  await expect(status).toHaveText(/^Збережено о \d{2}:\d{2}$/);
  await page.reload();
  await expect(page.getByLabel('Мова інтерфейсу')).toHaveValue('uk');
  await expect(status).toHaveText('Усі зміни збережено');
  await expect(page.getByRole('button', { name: 'Додати довідку' })).toBeVisible();
  // Every inspector tab shows its whole name, none running into the next.
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(4);
  for (const tab of await tabs.all()) expect(await tab.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
  // The save status follows a change of language at once.
  await page.getByLabel('Мова інтерфейсу').selectOption('en');
  await expect(page.getByRole('status', { name: 'Save status' })).toHaveText('All changes saved');
});

test('a sample article shows every part filled in', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Open a sample article' }).click();
  await expect(page.getByLabel('Headline')).not.toHaveValue('');
  await expect(page.getByRole('textbox', { name: 'Article body' }).getByRole('button', { name: /Edit speaker: / }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Background' })).toBeVisible();
  await expect(page.getByLabel('Section title').first()).not.toHaveValue('');
  await expect(page.getByLabel('Teaser').first()).not.toHaveValue('');
  await expect(inspector(page).getByLabel('Author', { exact: true }).first()).not.toHaveValue('');
});

test('pasted HTML with scripts and styles is cleaned', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.setData(
      'text/html',
      '<style>p{color:red}</style><p style="font-size:40px" onclick="alert(1)">Чистий <b>текст</b><script>window.__pwned = true</script><img src="x" onerror="window.__pwned = true"></p>',
    );
    data.setData('text/plain', 'Чистий текст');
    document.querySelector('[aria-label="Article body"]')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body).toContainText('Чистий текст');
  expect(await body.locator('script, style, img, [style], [onclick]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  await expect(body.locator('strong')).toHaveText('текст');
});

test('the inspector’s remove buttons keep to one line, and still say whom they remove', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  const details = inspector(page);
  const oneLine = async (name: string) => {
    const button = page.getByRole('button', { name, exact: true });
    await expect(button).toBeVisible();
    const lines = await button.evaluate((element) => {
      const text = document.createRange();
      text.selectNodeContents(element);
      return new Set([...text.getClientRects()].map((line) => Math.round(line.top))).size;
    });
    expect(lines, name).toBe(1);
  };
  await details.getByRole('button', { name: 'Add author' }).click();
  await details.getByLabel('Author', { exact: true }).fill('Олександра Гайова-Кравченко');
  await oneLine('Remove author Олександра Гайова-Кравченко');
  await details.getByRole('tab', { name: 'Sources' }).click();
  await details.getByRole('button', { name: 'Add source' }).click();
  await details.getByLabel('Source name').fill('Northgate Regional News Agency');
  await oneLine('Remove source Northgate Regional News Agency');
  await page.getByRole('button', { name: 'Remove source Northgate Regional News Agency' }).click();
  await expect(details.getByLabel('Source name')).toHaveCount(0);
});
