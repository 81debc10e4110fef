import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dialog, type BrowserWindow } from 'electron';
import { ARTICLE_FORMAT, ARTICLE_SCHEMA_VERSION, ArticleContentSchema } from '../../shared/article/article';
import { exportJson } from '../../shared/export/exportJson';
import { exportFileName } from '../../shared/export/exportFileName';
import type { FailedUnloadSave } from './registerIpc';

/**
 * When the window would close (or reload) while its draft cannot be saved, ask first and
 * offer to save a copy of the text elsewhere. The renderer blocks the unload; we decide.
 */
export function guardUnsavedClose(win: BrowserWindow, failedSave: () => FailedUnloadSave | null, defaultFolder: () => string): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const failed = failedSave();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'warning',
      title: 'Newsroom',
      message: 'Your latest changes could not be saved.',
      detail: `${failed?.message ?? 'The draft is not saved yet.'}\n\nSave a copy of the article somewhere else before closing, or keep editing and try again.`,
      buttons: ['Save a Copy Elsewhere…', 'Close Without Saving', 'Keep Editing'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    });
    if (choice === 1) event.preventDefault();
    if (choice === 0 && failed && saveCopy(win, failed, defaultFolder())) event.preventDefault();
  });
}

function saveCopy(win: BrowserWindow, failed: FailedUnloadSave, folder: string): boolean {
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
    title: 'Save a copy of the article',
    defaultPath: `${folder}/${exportFileName(article, 'json')}`,
    filters: [{ name: 'Newsroom article (JSON)', extensions: ['json'] }],
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
    dialog.showErrorBox('The copy could not be saved', `${(error as NodeJS.ErrnoException).code ?? String(error)}: ${target}`);
    return false;
  }
}
