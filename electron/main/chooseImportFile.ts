import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { dialog, type BrowserWindow } from 'electron';
import { MAX_IMPORT_BYTES, type AppCommand } from '../../shared/ipc/contract';

/** Asks for an article file and reads it for the renderer to import; null when nothing is to be imported. */
export async function chooseImportFile(win: BrowserWindow): Promise<AppCommand | null> {
  const { canceled, filePaths } = await dialog.showOpenDialog(win, {
    title: 'Import an article',
    properties: ['openFile'],
    filters: [{ name: 'Newsroom article (JSON)', extensions: ['json'] }],
  });
  const path = filePaths[0];
  if (canceled || !path) return null;
  const fileName = basename(path);
  try {
    if ((await stat(path)).size > MAX_IMPORT_BYTES) {
      await dialog.showMessageBox(win, {
        type: 'warning',
        message: `${fileName} is too large to import.`,
        detail: 'The file is larger than 20 MB; a Newsroom article is never that large.',
      });
      return null;
    }
    return { type: 'import-file', fileName, text: await readFile(path, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return { type: 'import-failed', message: `Newsroom could not read ${fileName} (${reason}).` };
  }
}
