import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ExportResult } from '../../shared/ipc/contract';
import type { ExportFile } from '../services/channelHandlers';

/** Test-only stand-in for the save dialog (NEWSROOM_EXPORT_DIR): writes "name (2).ext" rather than replace a file. */
export async function exportToFolder(folder: string, file: ExportFile): Promise<ExportResult> {
  const extension = extname(file.fileName);
  const stem = file.fileName.slice(0, file.fileName.length - extension.length);
  for (let n = 1; ; n += 1) {
    const path = join(folder, n === 1 ? file.fileName : `${stem} (${n})${extension}`);
    try {
      await writeFile(path, file.content, { encoding: 'utf8', flag: 'wx' });
      return { kind: 'saved', path };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}
