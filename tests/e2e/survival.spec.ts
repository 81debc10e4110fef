import { readFile, readdir, writeFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { sampleArticle } from '../../shared/samples/sampleArticle';
import { startHostProcess, useHostPerTest } from './hostProcess';

const app = useHostPerTest(test);

const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' });
const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });

async function onlyDraftFile(): Promise<string> {
  const files = (await readdir(join(app.dataDir, 'drafts'))).filter((name) => name.endsWith('.json'));
  expect(files).toHaveLength(1);
  return join(app.dataDir, 'drafts', files[0]!);
}

async function newDraft(page: Page, headline: string, text: string) {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Create your first draft' }).click();
  await page.getByLabel('Headline').fill(headline);
  await body(page).click();
  await page.keyboard.type(text);
  await expect(saveStatus(page)).toHaveText(/^Saved/);
}

/** A new draft with `first`, then `more` typed and saved with Ctrl+S: a save of changed blocks, which goes to the journal. */
async function saveIntoJournal(page: Page, headline: string, first: string, more: string) {
  await newDraft(page, headline, first);
  const file = await onlyDraftFile();
  await page.keyboard.type(more);
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  return { file, journalName: basename(file).replace(/\.json$/, '.journal') };
}

test('a full disk keeps the text, says so until it saves, and leaves the file on disk intact', async ({ page }) => {
  await newDraft(page, 'Повінь на Десні', 'Перше речення.');
  const file = await onlyDraftFile();
  const before = await readFile(file, 'utf8');

  await writeFile(app.faultFile, 'ENOSPC');
  await page.keyboard.type(' Друге речення.');
  await expect(saveStatus(page)).toHaveText(/Not saved: The disk is full/);
  await page.waitForTimeout(1500);
  await expect(saveStatus(page)).toHaveText(/Not saved: The disk is full/);
  await expect(body(page)).toContainText('Перше речення. Друге речення.');
  expect(await readFile(file, 'utf8')).toBe(before);

  await rm(app.faultFile);
  await expect(saveStatus(page)).toHaveText(/^Saved/, { timeout: 15_000 });
  // A save goes to the draft's journal first; the file is written whole once the typing pauses.
  await expect.poll(async () => JSON.parse(await readFile(file, 'utf8')).body.content[0].content[0].text, { timeout: 15_000 }).toBe('Перше речення. Друге речення.');
});

test('in the Ukrainian interface a full disk is reported in Ukrainian', async ({ page }) => {
  await newDraft(page, 'Повінь на Десні', 'Перше речення.');
  await page.getByLabel('Interface language').selectOption('uk');
  await expect(page.getByLabel('Мова інтерфейсу')).toHaveValue('uk');

  const text = page.getByRole('textbox', { name: 'Текст статті' });
  await writeFile(app.faultFile, 'ENOSPC');
  await text.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Друге речення.');
  const status = page.getByRole('status', { name: 'Стан збереження' });
  await expect(status).toHaveText(
    'Не збережено: Диск заповнений, тому не вдалося зберегти чернетку. Текст лишається в редакторі; щойно на диску звільниться місце, його буде збережено.',
  );
  // All of it can be read, and the draft's buttons stay in view beside it.
  await expect(status).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Видалити чернетку' })).toBeInViewport({ ratio: 1 });
  await page.screenshot({ path: test.info().outputPath('full-disk-uk.png') });

  await rm(app.faultFile);
  await expect(status).toHaveText(/^Збережено о /, { timeout: 15_000 });
  await expect(text).toContainText('Перше речення. Друге речення.');
});

test('a host killed right after a save loses none of it: the next start applies what the save put in the journal', async ({ page }) => {
  const { file, journalName } = await saveIntoJournal(page, 'Power cut', 'Written before.', ' Written just before the cut.');
  // The save is in the draft's journal; the file itself lacks it until the typing pauses.
  expect(await readdir(join(app.dataDir, 'journal'))).toEqual([journalName]);
  expect(await readFile(file, 'utf8')).not.toContain('Written just before the cut.');

  await app.crash();
  await page.goto(app.url);
  await expect(body(page)).toHaveText('Written before. Written just before the cut.');
  expect(JSON.parse(await readFile(file, 'utf8')).body.content[0].content[0].text).toBe('Written before. Written just before the cut.');
  expect((await readdir(join(app.dataDir, 'drafts'))).filter((name) => !name.startsWith('.'))).toEqual([basename(file)]);
  expect(await readdir(join(app.dataDir, 'journal'))).toEqual([]);
});

test('a journal that no longer fits its draft after a crash is kept in the quarantine, what it wrote becomes a new draft, and the app says so', async ({ page }) => {
  const { file, journalName } = await saveIntoJournal(page, 'Synced elsewhere', 'Written here.', ' Then more.');

  await app.crash(async () => {
    // While Newsroom is stopped, a sync tool brings another version of the draft.
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...onDisk, headline: 'From the other laptop', updatedAt: new Date(Date.parse(onDisk.updatedAt) + 60_000).toISOString() }));
  });
  await page.goto(app.url);
  await expect(page.getByRole('alert')).toContainText(journalName);
  await expect(page.getByRole('alert')).toContainText('quarantine');
  await expect(page.getByLabel('Headline')).toHaveValue('From the other laptop');
  expect(await readFile(join(app.dataDir, 'quarantine', journalName), 'utf8')).toContain('Written here. Then more.');

  // What the journal's saves wrote is a draft of its own, to copy back from.
  await expect(page.getByRole('alert')).toContainText('What they wrote is in a new draft, “Synced elsewhere”');
  await page.getByRole('navigation', { name: 'Drafts' }).getByText('Synced elsewhere').click();
  await expect(page.getByLabel('Headline')).toHaveValue('Synced elsewhere');
  await expect(body(page)).toContainText('Written here. Then more.');
});

test('in the Ukrainian interface, the note on a journal kept aside after a crash says in Ukrainian where the words went', async ({ page }) => {
  const { file, journalName } = await saveIntoJournal(page, 'Повінь', 'Написано тут.', ' І ще трохи.');
  await page.getByLabel('Interface language').selectOption('uk');
  await expect(page.getByLabel('Мова інтерфейсу')).toHaveValue('uk');

  await app.crash(async () => {
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...onDisk, headline: 'З іншого ноутбука', updatedAt: new Date(Date.parse(onDisk.updatedAt) + 60_000).toISOString() }));
  });
  await page.goto(app.url);
  await expect(page.getByRole('alert')).toContainText(
    `${journalName} (Зміни до «З іншого ноутбука», збережені перед тим, як Newsroom востаннє зупинився, не застосовано: відтоді чернетку змінили деінде (програма синхронізації чи інша програма). ` +
      `Те, що в них написано, є в новій чернетці «Повінь»: перенесіть його, куди треба ([…] позначає текст, якого вони не змінювали). ` +
      `Їх без змін перенесено до теки карантину: quarantine/${journalName}.)`,
  );
  await page.screenshot({ path: test.info().outputPath('journal-note-uk.png') });
  await page.getByRole('navigation', { name: 'Чернетки' }).getByText('Повінь').click();
  await expect(page.getByRole('textbox', { name: 'Текст статті' })).toContainText('Написано тут. І ще трохи.');
});

test('closing while saves fail asks first', async ({ page }) => {
  await newDraft(page, 'Read-only folder', 'Some text.');
  await writeFile(app.faultFile, 'EROFS');
  await page.keyboard.type(' More text.');
  await expect(saveStatus(page)).toHaveText(/Not saved: .*cannot be written to/);
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.dismiss();
});

test('a damaged draft file is moved to quarantine and named; the other drafts still open', async ({ page }) => {
  await newDraft(page, 'A good draft', 'Still here.');
  await writeFile(join(app.dataDir, 'drafts', 'broken.json'), '{"format": "newsroom.article", "schemaVersion": 2, "headl');
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('alert')).toContainText('broken.json');
  await expect(page.getByRole('alert')).toContainText('quarantine');
  await expect(page.getByLabel('Headline')).toHaveValue('A good draft');
  expect(await readFile(join(app.dataDir, 'quarantine', 'broken.json'), 'utf8')).toContain('"headl');
});

test('in the Ukrainian interface, a damaged draft file is named in Ukrainian', async ({ page }) => {
  await newDraft(page, 'Добра чернетка', 'Усе на місці.');
  await page.getByLabel('Interface language').selectOption('uk');
  await expect(page.getByLabel('Мова інтерфейсу')).toHaveValue('uk');
  await writeFile(join(app.dataDir, 'drafts', 'зламана.json'), '{"format": "newsroom.article", "schemaVersion": 2, "headl');
  await app.restart();
  await page.goto(app.url);
  await expect(page.getByRole('alert')).toContainText(
    '1 файл у теці даних Newsroom потребує вашої уваги: зламана.json (Цей файл не вдалося прочитати як чернетку Newsroom (це не коректний JSON), тому його перенесено до теки карантину: quarantine/зламана.json. У ньому нічого не змінено.)',
  );
  await expect(page.getByLabel('Заголовок')).toHaveValue('Добра чернетка');
});

test('a draft changed on disk while open is never overwritten: both versions are kept', async ({ page }) => {
  await newDraft(page, 'Edited in two places', 'Typed in Newsroom.');
  const file = await onlyDraftFile();
  const onDisk = JSON.parse(await readFile(file, 'utf8'));
  onDisk.headline = 'Edited by a sync tool';
  onDisk.updatedAt = new Date(Date.parse(onDisk.updatedAt) + 60_000).toISOString();
  await writeFile(file, JSON.stringify(onDisk));

  await page.keyboard.type(' And more.');
  await expect(page.getByRole('alert')).toContainText('changed outside Newsroom');
  const drafts = page.getByRole('navigation', { name: 'Drafts' });
  await expect(drafts.getByRole('listitem')).toHaveCount(2);
  await expect(drafts).toContainText('Edited by a sync tool');
  const mine = JSON.parse(await readFile(file, 'utf8'));
  expect(mine.headline).toBe('Edited in two places');
  expect(JSON.stringify(mine.body)).toContain('And more.');
});

test('history keeps earlier versions, and restoring one can itself be undone', async ({ page }) => {
  await newDraft(page, 'History test', 'The first version.');
  const details = page.getByRole('complementary', { name: 'Article details' });
  await details.getByLabel('Status').selectOption({ label: 'Ready for review' });
  await expect(saveStatus(page)).toHaveText(/^Saved/);
  await body(page).press('End');
  await page.keyboard.type(' A later change.');
  await expect(saveStatus(page)).toHaveText(/^Saved/);

  await details.getByRole('tab', { name: 'History' }).click();
  const revisions = details.getByRole('listitem');
  await expect(revisions.filter({ hasText: 'Status changed' })).toHaveCount(1);
  await revisions.filter({ hasText: 'Status changed' }).getByRole('button', { name: /^Restore/ }).click();
  await details.getByRole('button', { name: 'Restore this version' }).click();
  await expect(body(page)).toHaveText('The first version.');
  await expect(revisions.filter({ hasText: 'Before a restore' })).toHaveCount(1);

  await revisions.filter({ hasText: 'Before a restore' }).getByRole('button', { name: /^Restore/ }).click();
  await details.getByRole('button', { name: 'Restore this version' }).click();
  await expect(body(page)).toHaveText('The first version. A later change.');
});

test('emptying the trash asks first', async ({ page }) => {
  await newDraft(page, 'To be deleted', 'Bye.');
  await page.getByRole('button', { name: 'Delete draft' }).click();
  await page.getByRole('button', { name: 'Trash' }).click();
  const trash = page.getByRole('region', { name: 'Trash' });
  await trash.getByRole('button', { name: 'Empty trash' }).click();
  await expect(trash.getByRole('alertdialog')).toContainText('Delete 1 draft for good?');
  await trash.getByRole('button', { name: 'Cancel' }).click();
  await expect(trash).toContainText('To be deleted');
  await trash.getByRole('button', { name: 'Empty trash' }).click();
  await trash.getByRole('button', { name: 'Delete for good' }).click();
  await expect(trash).toContainText('The trash is empty.');
  expect((await readdir(join(app.dataDir, 'trash'))).filter((name) => name.endsWith('.json') && !name.startsWith('_'))).toEqual([]);
});

test('a second host on the same data folder refuses with a clear message', async () => {
  await expect(startHostProcess(app.dataDir)).rejects.toThrow(/Another copy of Newsroom .* is using this data folder/);
});

test('a long draft loses no paragraph and gains nothing on disk, edited where the editor groups its blocks', async ({ page }) => {
  const paragraphs = Array.from({ length: 90 }, (_, i) => `Paragraph ${i + 1} of the council report.`);
  const article = sampleArticle('en', 'long-draft', new Date('2026-11-28T09:00:00Z'));
  article.body = { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
  const file = join(app.dataDir, 'drafts', 'long-draft.json');
  await writeFile(file, JSON.stringify(article, null, 2));
  await page.goto(app.url);
  await expect(body(page)).toContainText('Paragraph 90 of the council report.');

  // The first paragraph of each of the editor's chunks (bodyChunks.ts), after the first.
  const chunkStarts = await body(page).evaluate((root) => [...root.querySelectorAll(':scope > .body-chunk + .body-chunk > p:first-child')].map((p) => p.textContent));
  expect(chunkStarts.length).toBeGreaterThan(0);
  const joined = chunkStarts[0]!;
  const before = paragraphs[paragraphs.indexOf(joined) - 1]!;
  await body(page).getByText(joined, { exact: true }).click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(' ');
  await expect(body(page).locator('p', { hasText: before })).toHaveText(`${before} ${joined}`);
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Top. ');
  await expect(body(page).locator('p').first()).toHaveText(`Top. ${paragraphs[0]}`);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' The end.');
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveText(/^Saved/);

  const expected = paragraphs.filter((text) => text !== joined).map((text) => (text === before ? `${before} ${joined}` : text));
  expected[0] = `Top. ${expected[0]}`;
  expected[expected.length - 1] += ' The end.';
  // A save goes to the draft's journal first; the file is written whole once the typing pauses.
  const blocksOnDisk = async () => {
    const saved = JSON.parse(await readFile(file, 'utf8'));
    return saved.body.content.map((block: { type: string; content?: { text: string }[] }) => [block.type, (block.content ?? []).map((node) => node.text).join('')]);
  };
  await expect.poll(blocksOnDisk, { timeout: 15_000 }).toEqual(expected.map((text) => ['paragraph', text]));
  expect(await readFile(file, 'utf8')).not.toContain('Chunk');
});
