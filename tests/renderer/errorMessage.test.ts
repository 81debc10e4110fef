import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NewsroomError, fromErrorPayload, toErrorPayload } from '../../shared/errors';
import { ACTIONS, ADVICE, DAMAGE, JOURNAL_WHY, MESSAGES, REASONS, englishText, type DamageText, type JournalText, type JournalWhy, type ErrorAction, type ErrorAdvice, type ErrorReason, type MessageKey, type QuarantineText } from '../../shared/errorText';

// The interface's i18n reads the browser's languages as it loads.
vi.stubGlobal('navigator', { languages: ['en-GB'] });
const { i18n } = await import('../../renderer/i18n/i18n');
const { errorMessage, problemMessage } = await import('../../renderer/i18n/errorMessage');

const CODES: Record<ErrorReason, string> = { full: 'ENOSPC', forbidden: 'EACCES', readOnly: 'EROFS', busy: 'EBUSY', tooManyFiles: 'EMFILE', missingFolder: 'ENOENT', other: 'EIO' };
const DATA_DIR = '/home/reporter/.config/Newsroom';

/** A store error for a system error, as the page gets it: through the IPC payload. (The store's side: tests/services/toNewsroomError.test.ts.) */
function received(reason: ErrorReason, action: ErrorAction, advice: ErrorAdvice): NewsroomError {
  const error = NewsroomError.of('io', { key: 'io', reason, action, advice, dataDir: DATA_DIR, code: CODES[reason] });
  return fromErrorPayload(JSON.parse(JSON.stringify(toErrorPayload(error))));
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});

describe('a store error in the interface', () => {
  it('reads in English exactly as the store wrote it, for every reason, action, advice and message', async () => {
    await i18n.changeLanguage('en');
    for (const reason of Object.keys(REASONS) as ErrorReason[]) {
      for (const action of Object.keys(ACTIONS) as ErrorAction[]) {
        for (const advice of [...Object.keys(ADVICE), 'none'] as ErrorAdvice[]) {
          const error = received(reason, action, advice);
          expect(error.text).not.toBeNull();
          expect(errorMessage(error)).toBe(error.message);
        }
      }
    }
    for (const key of Object.keys(MESSAGES) as MessageKey[]) {
      const error = fromErrorPayload(toErrorPayload(NewsroomError.of('io', { key, params: { format: 'f', version: '9', known: '2', issues: 'body: Required', id: 'd1', file: 'history/d1/r.json', detail: 'not valid JSON', code: 'EACCES' } })));
      expect(errorMessage(error)).toBe(error.message);
    }
    for (const key of Object.keys(DAMAGE) as DamageText['key'][]) {
      const damage: DamageText = { key, params: { format: 'newsroom.article', issues: 'status: Invalid option', id: 'original' } };
      for (const fileName of [undefined, 'x.json']) {
        const named = fileName ? { fileName } : {};
        const texts: QuarantineText[] = [
          { key: 'quarantined', damage, quarantinedAs: 'quarantine/x.json', ...named },
          { key: 'notQuarantined', damage, why: { reason: 'busy', dataDir: DATA_DIR, code: 'EBUSY' }, ...named },
        ];
        for (const text of texts) {
          const error = fromErrorPayload(toErrorPayload(NewsroomError.of('not-an-article', text)));
          expect(errorMessage(error)).toBe(error.message);
          expect(problemMessage({ fileName: 'x.json', message: englishText(text), quarantinedAs: null, text })).toBe(englishText(text));
        }
      }
    }
    for (const reason of Object.keys(REASONS) as ErrorReason[]) {
      const text: QuarantineText = { key: 'unreadableFile', reason, dataDir: '/data/drafts/x.json', code: CODES[reason] };
      expect(problemMessage({ fileName: 'x.json', message: englishText(text), quarantinedAs: null, text })).toBe(englishText(text));
    }
    const whats: JournalText['what'][] = [
      ...(Object.keys(JOURNAL_WHY) as JournalWhy['key'][]).map((key) => ({ key: 'unusable' as const, why: { key, params: { id: 'd1', base: 'b', current: 'c' } } })),
      { key: 'changedElsewhere', title: 'Повінь', keptAs: null },
      { key: 'changedElsewhere', title: '', keptAs: '' },
      { key: 'damagedAt', title: 'Повінь', line: '3' },
    ];
    for (const what of whats) {
      for (const outcome of [{ key: 'moved', quarantinedAs: 'quarantine/d1.journal' }, { key: 'notMoved', reason: 'busy', dataDir: DATA_DIR, code: 'EBUSY' }] as const) {
        const text: JournalText = { key: 'journal', what, outcome };
        expect(problemMessage({ fileName: 'd1.journal', message: englishText(text), quarantinedAs: null, text })).toBe(englishText(text));
      }
    }
    expect(errorMessage(received('full', 'save', 'savesWhenFreed'))).toBe('The disk is full, so the draft could not be saved. Your text is still in the editor; free some space and it will save.');
  });

  it('reads in Ukrainian when the interface is in Ukrainian', async () => {
    await i18n.changeLanguage('uk');
    try {
      expect(errorMessage(received('full', 'save', 'savesWhenFreed'))).toBe(
        'Диск заповнений, тому не вдалося зберегти чернетку. Текст лишається в редакторі; щойно на диску звільниться місце, його буде збережено.',
      );
      expect(errorMessage(received('forbidden', 'trash', 'none'))).toBe(`Newsroom не має доступу до своєї теки даних (${DATA_DIR}), тому не вдалося перемістити чернетку до кошика.`);
      expect(errorMessage(received('other', 'open', 'none'))).toBe('Диск повідомив про помилку (EIO), тому не вдалося відкрити чернетку.');
      expect(errorMessage(fromErrorPayload(toErrorPayload(new TypeError('x is undefined'))))).toBe('Щось пішло не так усередині Newsroom. Текст лишається в редакторі.');
      expect(errorMessage(NewsroomError.of('not-found', { key: 'draftGoneWhileSaving' }))).toBe('Цієї чернетки більше немає. Можливо, її видалено. Текст лишається в редакторі.');
      expect(errorMessage(NewsroomError.of('unreadable', { key: 'notJson' }))).toBe('Цей файл не є коректним JSON, тому його не можна прочитати як статтю.');
      expect(errorMessage(NewsroomError.of('unreadable', { key: 'notSavedOverDamaged', params: { id: 'd1' } }))).toBe(
        'Файл чернетки на диску (d1.json) пошкоджений, тому його лишено як є і не перезаписано. Текст лишається в редакторі: скопіюйте його в нову чернетку, щоб зберегти.',
      );
      const renamed: QuarantineText = { key: 'quarantined', damage: { key: 'idMismatch', params: { id: 'original' } }, quarantinedAs: 'quarantine/renamed.json' };
      expect(problemMessage({ fileName: 'renamed.json', message: 'English', quarantinedAs: 'quarantine/renamed.json', text: renamed })).toBe(
        'Цей файл не вдалося прочитати як чернетку Newsroom (назва файлу не збігається з ідентифікатором чернетки в ньому («original»)), тому його перенесено до теки карантину: quarantine/renamed.json. У ньому нічого не змінено. Щоб ним скористатися, поверніть його до теки чернеток як original.json.',
      );
      expect(errorMessage(NewsroomError.of('unreadable', { ...renamed, damage: { key: 'notJson' }, fileName: 'renamed.json' }))).toBe(
        'Файл чернетки renamed.json не вдалося прочитати як чернетку Newsroom (це не коректний JSON), тому його перенесено до теки карантину: quarantine/renamed.json. У ньому нічого не змінено.',
      );
      const untitledJournal: JournalText = { key: 'journal', what: { key: 'damagedAt', title: '', line: '4' }, outcome: { key: 'notMoved', reason: 'full', dataDir: DATA_DIR, code: 'ENOSPC' } };
      expect(problemMessage({ fileName: 'd1.journal', message: 'English', quarantinedAs: null, text: untitledJournal })).toBe(
        'Зміни до «Без назви», збережені перед тим, як Newsroom востаннє зупинився, пошкоджено на диску (рядок 4): ті, що до пошкодження, застосовано, решту — ні. Їх не вдалося перенести до теки карантину (Диск заповнений), тому вони лишилися на місці.',
      );
      expect(problemMessage({ fileName: 'loop.json', message: 'English', quarantinedAs: null, text: { key: 'unreadableFile', reason: 'other', dataDir: '/d/loop.json', code: 'ELOOP' } })).toBe(
        'Диск повідомив про помилку (ELOOP), тому цей файл не вдалося прочитати. Він лишився на місці.',
      );
      // A note the store gave no text for stays as it was written.
      expect(problemMessage({ fileName: 'loop.json', message: 'The disk reported an error (ELOOP), so this file could not be read.', quarantinedAs: null })).toBe(
        'The disk reported an error (ELOOP), so this file could not be read.',
      );
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('shows the message of an error the store did not describe as data, and of anything else thrown', () => {
    expect(errorMessage(new NewsroomError('not-an-article', 'This file is not valid JSON, so it cannot be read as an article.'))).toBe(
      'This file is not valid JSON, so it cannot be read as an article.',
    );
    expect(errorMessage('offline')).toBe('offline');
  });
});
