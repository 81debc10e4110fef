import { basename, extname, join } from 'node:path';
import { dialog, type BrowserWindow, type FileFilter, type SaveDialogOptions } from 'electron';
import { NewsroomError } from '../../shared/errors';
import type { ExportResult } from '../../shared/ipc/contract';
import type { ExportFile } from '../services/channelHandlers';
import { writeFileAtomic } from '../services/writeFileAtomic';
import type { DesktopText } from './desktopText';

/** Asks where to save an export (the native dialog asks before replacing a file) and writes it there. */
export async function showExportDialog(
  win: BrowserWindow | null,
  file: ExportFile,
  folder: string,
  text: DesktopText['files'],
): Promise<ExportResult> {
  const filters: Record<string, FileFilter> = {
    '.html': { name: text.webPage, extensions: ['html'] },
    '.json': { name: text.article, extensions: ['json'] },
  };
  const filter = filters[extname(file.fileName).toLowerCase()];
  const options: SaveDialogOptions = {
    title: text.exportTitle,
    defaultPath: join(folder, file.fileName),
    filters: filter ? [filter] : [],
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const { canceled, filePath } = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  if (canceled || !filePath) return { kind: 'canceled' };
  try {
    await writeFileAtomic(filePath, file.content);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw NewsroomError.of('io', { key: 'exportWriteFailed', params: { file: basename(filePath), code } }, { cause: error });
  }
  return { kind: 'saved', path: filePath };
}
