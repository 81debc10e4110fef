import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { NewsroomError, toErrorPayload } from '../../shared/errors';
import { MAX_IMPORT_BYTES, type AppCommand } from '../../shared/ipc/contract';
import type { DesktopText } from './desktopText';

/** Asks for an article file and reads it for the renderer to import; null when nothing is to be imported. */
export async function chooseImportFile(win: BrowserWindow, text: DesktopText['files']): Promise<AppCommand | null> {
  const { canceled, filePaths } = await dialog.showOpenDialog(win, {
    title: text.importTitle,
    properties: ['openFile'],
    filters: [{ name: text.article, extensions: ['json'] }],
  });
  const path = filePaths[0];
  if (canceled || !path) return null;
  const fileName = basename(path);
  try {
    // Refused before it is read, as the page's import button does; the page says why, in its language.
    if ((await stat(path)).size > MAX_IMPORT_BYTES) {
      return { type: 'import-failed', fileName, error: toErrorPayload(NewsroomError.of('invalid-input', { key: 'tooLargeToImport' })) };
    }
    return { type: 'import-file', fileName, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { type: 'import-failed', fileName, error: toErrorPayload(NewsroomError.of('io', { key: 'importUnreadable', params: { code } })) };
  }
}
