import { basename, extname, join } from 'node:path';
import { dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron';
import { NewsroomError } from '../../shared/errors';
import type { ExportResult } from '../../shared/ipc/contract';
import type { ExportFile } from '../services/channelHandlers';
import { writeFileAtomic } from '../services/writeFileAtomic';

const FILTERS: Record<string, FileFilter> = {
  '.html': { name: 'Web page (HTML)', extensions: ['html'] },
  '.json': { name: 'Newsroom article (JSON)', extensions: ['json'] },
};

/** Asks where to save an export (the native dialog asks before replacing a file) and writes it there. */
export async function showExportDialog(
  win: BrowserWindow | null,
  file: ExportFile,
  folder: string,
): Promise<ExportResult> {
  const filter = FILTERS[extname(file.fileName).toLowerCase()];
  const options: SaveDialogOptions = {
    title: 'Export',
    defaultPath: join(folder, file.fileName),
    filters: filter ? [filter] : [],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return { kind: 'canceled' };
  try {
    await writeFileAtomic(filePath, file.content);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new NewsroomError('io', `Newsroom could not write ${basename(filePath)} (${reason}).`, { cause: error });
  }
  return { kind: 'saved', path: filePath };
}
