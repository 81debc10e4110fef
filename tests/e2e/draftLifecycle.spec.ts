import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { useHostPerTest } from './hostProcess';

const app = useHostPerTest(test);

const HEADLINE = 'Рада ухвалила закон про «відкриті дані» — перше читання';
const STANDFIRST = 'Депутати підтримали законопроєкт, повідомляє власний кореспондент.';
const BODY = 'Голосування тривало зранку, а зв’язок із залом не переривався.';

async function writeDraft(page: Page) {
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await page.getByLabel('Headline').fill(HEADLINE);
  await page.getByLabel('Standfirst').fill(STANDFIRST);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type(BODY);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Bold' }).click();
  await page.keyboard.type('Важливо.');
}

const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });

test('a draft typed in the editor is saved to disk and comes back after the host restarts', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Start your first article' })).toBeVisible();
  await writeDraft(page);
  await expect(saveStatus(page)).toHaveText(/^Saved \d{2}:\d{2}/);

  await app.restart();
  await page.goto(app.url);

  const drafts = page.getByRole('navigation', { name: 'Drafts' });
  await expect(drafts.getByRole('button', { name: new RegExp(HEADLINE) })).toBeVisible();
  await expect(drafts).toContainText('10 words');
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  await expect(page.getByLabel('Standfirst')).toHaveValue(STANDFIRST);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText(BODY);
  await expect(body.locator('strong')).toHaveText('Важливо.');
});

test('Undo and Redo in the toolbar are enabled only when there is something to undo or redo', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  const [undo, redo] = [page.getByRole('button', { name: 'Undo' }), page.getByRole('button', { name: 'Redo' })];
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Перше речення.');
  await expect(undo).toBeEnabled();
  await undo.click();
  await expect(body).not.toContainText('Перше речення.');
  await expect(redo).toBeEnabled();
  await redo.click();
  await expect(body).toContainText('Перше речення.');
  await expect(redo).toBeDisabled();
});

test('the first screen’s three buttons are the same size and each label fits on one line, wide or narrow', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Start your first article' })).toBeVisible();
  for (const width of [1280, 900]) {
    await page.setViewportSize({ width, height: 800 });
    const boxes = await Promise.all(
      ['Create your first draft', 'Open a sample article', 'Import a draft'].map(async (name) => (await page.getByRole('button', { name, exact: true }).boundingBox())!),
    );
    const lineHeight = await page.getByRole('button', { name: 'Import a draft', exact: true }).evaluate((button) => parseFloat(getComputedStyle(button).lineHeight) || parseFloat(getComputedStyle(button).fontSize) * 1.3);
    for (const box of boxes) {
      expect(box.height, `at ${width} px`).toBeCloseTo(boxes[0]!.height, 0);
      expect(box.height, `at ${width} px`).toBeLessThan(lineHeight * 2);
    }
  }
});

test('the headline and standfirst grow with their text, so no line is hidden', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  const headline = page.getByLabel('Headline');
  const oneLine = (await headline.boundingBox())!.height;
  await headline.fill(`${HEADLINE} `.repeat(4));
  await expect.poll(async () => (await headline.boundingBox())!.height).toBeGreaterThan(oneLine * 2.5);
  for (const field of [headline, page.getByLabel('Standfirst')]) {
    if (field !== headline) await field.fill(`${STANDFIRST} `.repeat(6));
    expect(await field.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  }
});

test('saves after the first send only the paragraph typed in, and nothing is lost', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  for (const text of ['Перший абзац про міст.', 'Другий абзац про школи.', 'Третій абзац про бюджет.']) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(saveStatus(page)).toHaveText(/^Saved/);

  // Saves of what changed go over the host's IPC socket (shared/ipc/socket.ts).
  const deltas: string[] = [];
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => void (String(payload).includes('"draft:saveDelta"') && deltas.push(String(payload)))));
  await body.getByText('Другий абзац про школи.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Ремонт почнеться влітку.');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  expect(deltas).toHaveLength(1);
  expect(deltas[0]).toContain('Ремонт почнеться влітку.');
  expect(deltas[0]).not.toContain('Перший абзац');
  expect(deltas[0]).not.toContain('Третій абзац');

  // Two edits apart: the first paragraph and the third. The one between them is not sent.
  await body.getByText('Перший абзац про міст.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Новий.');
  await body.getByText('Третій абзац про бюджет.').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Теж новий.');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  const later = deltas.slice(1);
  expect(later.join('')).toContain('Новий.');
  expect(later.join('')).toContain('Теж новий.');
  for (const delta of later) expect(delta).not.toContain('Другий абзац');

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText(
    'Перший абзац про міст. Новий.Другий абзац про школи. Ремонт почнеться влітку.Третій абзац про бюджет. Теж новий.',
  );
});

test('letters typed faster than any person, paragraph after paragraph, land in order', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  const paragraphs = ['Один.', 'Два.', 'Три.', 'Чотири.', 'П’ять.', 'Шість.'];
  for (const text of paragraphs) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  await expect(body.locator('p')).toHaveText([...paragraphs, '']);
});

test('export gives a standalone HTML document and the native JSON, and importing the JSON gives the same article', async ({ page }) => {
  await page.goto(app.url);
  await writeDraft(page);

  const htmlDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export HTML' }).click();
  const html = await htmlDownload;
  expect(html.suggestedFilename()).toBe('rada-ukhvalyla-zakon-pro-vidkryti-dani-pershe-chytannia.html');
  const htmlText = await readFile((await html.path())!, 'utf8');
  expect(htmlText).toMatch(/^<!DOCTYPE html>/i);
  expect(htmlText).toContain('<article lang="uk">');
  expect(htmlText).toContain(`<h1>${HEADLINE}</h1>`);
  expect(htmlText).toContain(STANDFIRST);
  expect(htmlText).toContain(`<p>${BODY}</p>`);
  expect(htmlText).toContain('<strong>Важливо.</strong>');

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe('rada-ukhvalyla-zakon-pro-vidkryti-dani-pershe-chytannia.json');
  const jsonPath = (await json.path())!;
  const exported = JSON.parse(await readFile(jsonPath, 'utf8'));
  expect(exported).toMatchObject({ format: 'newsroom.article', headline: HEADLINE, standfirst: STANDFIRST, language: 'uk' });

  await page.getByLabel('Article file to import').setInputFiles(jsonPath);
  await expect(page.getByText(/Imported “.*” as a new draft: a draft with the same id already exists/)).toBeVisible();
  const drafts = page.getByRole('navigation', { name: 'Drafts' });
  await expect(drafts.getByRole('button', { name: new RegExp(HEADLINE) })).toHaveCount(2);

  const reexport = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  const imported = JSON.parse(await readFile((await (await reexport).path())!, 'utf8'));
  expect(imported.id).not.toBe(exported.id);
  expect({ ...imported, id: exported.id }).toEqual(exported);
});

test('a file that is not an article, or is far too large, is refused on import, in the interface’s language, and makes no draft', async ({ page }) => {
  await page.goto(app.url);
  await writeDraft(page);
  await page.getByLabel('Interface language').selectOption('uk');
  const notJson = test.info().outputPath('нотатки.json');
  await writeFile(notJson, 'Зустріч о 10:00, зал засідань');
  const notArticle = test.info().outputPath('config.json');
  await writeFile(notArticle, JSON.stringify({ format: 'something-else', title: 'x' }));

  await page.getByLabel('Файл статті для імпорту').setInputFiles(notJson);
  await expect(page.getByText('Не вдалося імпортувати нотатки.json: Цей файл не є коректним JSON, тому його не можна прочитати як статтю.')).toBeVisible();
  await page.getByLabel('Файл статті для імпорту').setInputFiles(notArticle);
  await expect(page.getByText('Не вдалося імпортувати config.json: Це не стаття Newsroom: її формат — не «newsroom.article».')).toBeVisible();
  await page.getByLabel('Файл статті для імпорту').setInputFiles({ name: 'архів.json', mimeType: 'application/json', buffer: Buffer.alloc(21 * 1024 * 1024, 32) });
  await expect(page.getByText('Не вдалося імпортувати архів.json: Файл більший за 20 МБ, а стаття Newsroom ніколи не буває такою великою.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-refused-uk.png') });

  await expect(page.getByRole('navigation', { name: 'Чернетки' }).getByRole('listitem')).toHaveCount(1);
  expect((await readdir(join(app.dataDir, 'drafts'))).filter((name) => name.endsWith('.json'))).toHaveLength(1);
});

test('a change made just before a reload is not lost', async ({ page }) => {
  await page.goto(app.url);
  await writeDraft(page);
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.press('End');
  await page.keyboard.type(' Останнє речення.');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Важливо. Останнє речення.');
});

test('a deleted draft goes to the trash and can be restored', async ({ page }) => {
  await page.goto(app.url);
  await writeDraft(page);
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByText(/moved to the trash/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start your first article' })).toBeVisible();

  await page.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('region', { name: 'Trash' });
  await expect(trash).toContainText(HEADLINE);
  await trash.getByRole('button', { name: /^Restore/ }).click();
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  await expect(trash).toContainText('The trash is empty.');
});

test('the host refuses requests from other sites and without its token', async ({ request }) => {
  const port = new URL(app.url).port;
  const body = { args: [] };
  const asOtherSite = await request.post(`${app.url}ipc/draft:list`, { data: body, headers: { Origin: 'https://example.com' } });
  expect(asOtherSite.status()).toBe(403);
  const noToken = await request.post(`${app.url}ipc/draft:list`, { data: body, headers: { Origin: `http://127.0.0.1:${port}` } });
  expect(noToken.status()).toBe(403);
});

test('after a restart the draft that was open is open again', async ({ page }) => {
  await page.goto(app.url);
  await writeDraft(page);
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('');
  await page.getByLabel('Headline').fill('A second, newer draft');
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  const drafts = page.getByRole('navigation', { name: 'Drafts' });
  await expect(drafts.getByRole('listitem').first()).toContainText('A second, newer draft');
  await drafts.getByRole('button', { name: new RegExp(HEADLINE) }).click();
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  // At once: the host remembers the draft as it opens it, before the page has it.
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  await expect(drafts.getByRole('button', { name: new RegExp(HEADLINE) })).toHaveAttribute('aria-current', 'page');
});

test('a draft opened from the list starts at its top, wherever the last one was scrolled', async ({ page }) => {
  const workspace = page.getByRole('main');
  const writeLong = async (headline: string) => {
    await page.getByLabel('Headline').fill(headline);
    await page.getByRole('textbox', { name: 'Article body' }).click();
    for (let i = 1; i <= 40; i += 1) {
      await page.keyboard.insertText(`${headline}, абзац ${i}.`);
      await page.keyboard.press('Enter');
    }
    // Typing at the end scrolled the page down with it.
    await expect.poll(() => workspace.evaluate((main) => main.scrollTop)).toBeGreaterThan(300);
  };
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await writeLong('Перша');
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('');
  await writeLong('Друга');

  await page.getByRole('navigation', { name: 'Drafts' }).getByRole('button', { name: /Перша/ }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Перша');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Перша, абзац 40.');
  expect(await workspace.evaluate((main) => main.scrollTop)).toBe(0);
  await expect(page.getByLabel('Headline')).toBeInViewport();
});

test('the line being typed stays in view, down to the end of a long draft and back to its top', async ({ page }) => {
  const workspace = page.getByRole('main');
  const body = page.getByRole('textbox', { name: 'Article body' });
  /** Whether the text cursor is inside the part of the workspace on screen. */
  const caretShown = () =>
    workspace.evaluate((main) => {
      const box = main.getBoundingClientRect();
      const caret = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
      return caret.height > 0 && caret.top >= box.top && caret.bottom <= box.bottom;
    });
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await body.click();
  for (let i = 1; i <= 40; i += 1) {
    await page.keyboard.insertText(`Paragraph ${i} of a long report.`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('x');
    expect(await caretShown(), `the cursor in paragraph ${i + 1}`).toBe(true);
    await page.keyboard.press('Backspace');
  }
  expect(await workspace.evaluate((main) => main.scrollTop)).toBeGreaterThan(300);
  // Undo moves the cursor itself (the browser does not, as it does for a typed letter).
  await page.keyboard.type('Last paragraph.');
  await page.waitForTimeout(600); // a pause ends the undo step: undo takes back only what follows
  await page.keyboard.type(' Last words.');
  await workspace.evaluate((main) => (main.scrollTop = 0));
  await page.keyboard.press('Control+z');
  await expect(body.locator('p').last()).toHaveText('Last paragraph.');
  expect(await caretShown(), 'the cursor after undo').toBe(true);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Top: ');
  await expect(body.locator('p').first()).toHaveText('Top: Paragraph 1 of a long report.');
  expect(await caretShown(), 'the cursor at the top').toBe(true);
});

test('an address typed in the body becomes a link when the space after it is typed', async ({ page }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('Деталі на https://example.com/budget');
  await expect(body.locator('a')).toHaveCount(0);
  await page.keyboard.type(' і в мерії.');
  await expect(body.locator('a')).toHaveText('https://example.com/budget');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://example.com/budget');
  await expect(body).toContainText('https://example.com/budget і в мерії.');
});

test('"Saving…" shows only while a save is slow, and "Saved" not between two keys', async ({ page }) => {
  // Saves of what changed go over the host's IPC socket; this one passes them on, or holds them,
  // and says when an answer has been passed back.
  let hold: Promise<void> | undefined;
  let answered = () => {};
  await page.routeWebSocket(/\/ipc-socket$/, (socket) => {
    const host = socket.connectToServer();
    socket.onMessage(async (message) => {
      await hold;
      host.send(message);
    });
    host.onMessage((message) => {
      socket.send(message);
      answered();
    });
  });
  const nextAnswer = () => new Promise<void>((resolve) => (answered = resolve));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Перше речення.');
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  // Every text the status shows from here on.
  await saveStatus(page).evaluate((status) => {
    const seen: string[] = [];
    (window as unknown as { statusTexts: string[] }).statusTexts = seen;
    new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const shown = () => page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts);

  await page.keyboard.type(' Друге.');
  await expect(saveStatus(page)).toHaveText('Unsaved changes');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  expect(await shown()).not.toContain('Saving…');

  // Typing on after Ctrl+S: the save is answered between two keys, and the status does not say
  // "Saved" for the moment until the next key makes it "Unsaved changes" again.
  const before = (await shown()).length;
  await page.keyboard.type(' Третє.', { delay: 60 });
  const answer = nextAnswer();
  await page.keyboard.press('Control+s');
  await answer;
  await page.keyboard.type(' Четверте речення.', { delay: 60 });
  expect((await shown()).slice(before)).toEqual(['Unsaved changes']);
  await expect(saveStatus(page)).toHaveText(/^Saved/);

  // A slow save.
  let release = () => {};
  hold = new Promise<void>((resolve) => (release = resolve));
  await page.keyboard.type(' П’яте.');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText('Saving…');
  release();
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('Перше речення. Друге. Третє. Четверте речення. П’яте.');
});

test('the typing warm-up stops as soon as the writer presses a key', async ({ page }) => {
  // Every keydown in the order the page handles them: the warm-up's own (not trusted, in its
  // hidden editor) and the writer's. Each warm-up letter is held up 10 ms, so that the writer's key
  // comes while the warm-up still runs (on its own it can be over in a few dozen milliseconds).
  await page.addInitScript(() => {
    const order: ('warm-up' | 'writer')[] = [];
    (window as unknown as { keys: typeof order }).keys = order;
    window.addEventListener(
      'keydown',
      (event) => {
        order.push(event.isTrusted ? 'writer' : 'warm-up');
        if (!event.isTrusted) for (const until = performance.now() + 10; performance.now() < until; );
      },
      true,
    );
  });
  const keys = () => page.evaluate(() => (window as unknown as { keys: ('warm-up' | 'writer')[] }).keys);
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await page.waitForFunction(() => (window as unknown as { keys: string[] }).keys.length > 0);
  await page.keyboard.press('Shift');
  await page.waitForTimeout(500);
  const order = await keys();
  const writer = order.indexOf('writer');
  expect(writer).toBeGreaterThan(0);
  expect(order.slice(writer + 1)).not.toContain('warm-up');
  expect(order.filter((key) => key === 'warm-up').length).toBeLessThan('Warm up: www.example.com and more. '.length);
  await expect(page.locator('body > [aria-hidden="true"][inert]')).toHaveCount(0);
});

test('the drafts list takes a save’s word count once the writer pauses, not while typing goes on', async ({ page }) => {
  // The first answer on the host's IPC socket, which carries the saves of what changed.
  const answered = new Promise<void>((resolve) => page.on('websocket', (socket) => socket.on('framereceived', () => resolve())));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  const drafts = page.getByRole('navigation', { name: 'Drafts' });
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.type('One two three');
  await expect(drafts).toContainText('3 words');

  // A quick save is answered before the next key: the list used to take its figures then.
  await page.keyboard.type(' four');
  await page.keyboard.press('Control+s');
  await answered;
  await page.keyboard.type(' five six seven', { delay: 100 });
  await expect(saveStatus(page)).toHaveText('Unsaved changes');
  await expect(drafts).toContainText('3 words');

  // Once the typing stops, the autosave's figures are shown.
  await expect(drafts).toContainText('7 words');
  await expect(saveStatus(page)).toHaveText(/^Saved \d{2}:\d{2}/);
});

test('a draft moved to the trash just after a save does not come back to the list', async ({ page }) => {
  await page.goto(app.url);
  await writeDraft(page);
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText(/^Saved \d{2}:\d{2}/);
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await expect(page.getByText(/moved to the trash/)).toBeVisible();
  await page.waitForTimeout(1000);
  await expect(page.getByRole('navigation', { name: 'Drafts' }).getByRole('button', { name: new RegExp(HEADLINE) })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Start your first article' })).toBeVisible();
});

test('a draft saved just before the writer switches to another keeps its new word count in the list', async ({ page }) => {
  await page.goto(app.url);
  const drafts = page.getByRole('navigation', { name: 'Drafts' });
  const body = page.getByRole('textbox', { name: 'Article body' });
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await page.getByLabel('Headline').fill('Перша чернетка');
  await body.click();
  await page.keyboard.type('Five words in this one');
  await expect(drafts.getByRole('button', { name: /Перша чернетка/ })).toContainText('5 words');
  await page.getByRole('button', { name: 'New draft' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('');
  await page.getByLabel('Headline').fill('Друга чернетка');
  await body.click();
  await page.keyboard.type('One two');
  const second = drafts.getByRole('button', { name: /Друга чернетка/ });
  await expect(second).toContainText('2 words');

  await page.keyboard.type(' three four');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText(/^Saved \d{2}:\d{2}/);
  // Straight on to the other draft, typing at once: the edits there are not edits of this one.
  await drafts.getByRole('button', { name: /Перша чернетка/ }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Перша чернетка');
  await body.click();
  await page.keyboard.type(' and more', { delay: 50 });
  await expect(second).toContainText('4 words');
});
