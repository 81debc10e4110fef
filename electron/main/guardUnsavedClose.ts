import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dialog, type BrowserWindow } from 'electron';
import { ARTICLE_FORMAT, ARTICLE_SCHEMA_VERSION, ArticleContentSchema } from '../../shared/article/article';
import { exportJson } from '../../shared/export/exportJson';
import { exportFileName } from '../../shared/export/exportFileName';
import { fill } from '../../shared/errorText';
import type { DesktopText } from './desktopText';
import type { FailedUnloadSave } from './registerIpc';

/**
 * When the window would close (or reload) while its draft cannot be saved, ask first and
 * offer to save a copy of the text elsewhere. The renderer blocks the unload; we decide.
 */
export function guardUnsavedClose(
  win: BrowserWindow,
  failedSave: () => FailedUnloadSave | null,
  defaultFolder: () => string,
  texts: () => DesktopText,
): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const failed = failedSave();
    const { unsaved, files } = texts();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: 'Newsroom',
      message: unsaved.message,
      detail: fill(unsaved.detail, { reason: failed?.message ?? unsaved.notYet }),
      buttons: [unsaved.saveCopy, unsaved.closeAnyway, unsaved.keepEditing],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
    if (choice === 0 && failed && saveCopy(win, failed, defaultFolder(), unsaved, files.article)) event.preventDefault();
  });
}

function saveCopy(win: BrowserWindow, failed: FailedUnloadSave, folder: string, text: DesktopText['unsaved'], articleFiles: string): boolean {
  let raw: unknown;
  try {
    raw = typeof failed.content === 'string' ? JSON.parse(failed.content) : failed.content;
  } catch {
    return false;
  }
  const content = ArticleContentSchema.safeParse(raw);
  if (!content.success) return false;
  const now = new Date().toISOString();
  const article = { format: ARTICLE_FORMAT, schemaVersion: ARTICLE_SCHEMA_VERSION, createdAt: now, updatedAt: now, ...content.data } as const;
  const target = dialog.showSaveDialogSync(win, {
    title: text.copyTitle,
    defaultPath: `${folder}/${exportFileName(article, 'json')}`,
    filters: [{ name: articleFiles, extensions: ['json'] }],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  });
  if (!target) return false;
  // Synchronous on purpose: the unload waits for this handler's answer.
  const temp = `${target}.${process.pid}.tmp`;
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, exportJson(article));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, target);
    return true;
  } catch (error) {
    rmSync(temp, { force: true });
    dialog.showErrorBox(text.copyFailed, `${(error as NodeJS.ErrnoException).code ?? String(error)}: ${target}`);
    return false;
  }
}
