import { englishText, reasonForCode, type QuarantineText } from '../../shared/errorText';
import { draftSummary } from './draftSummary';
import { errnoCode } from './errnoCode';
import { futureDraftSummary } from './futureDraftSummary';
import { readDraftFile, type DraftFile } from './readDraftFile';
import type { CachedFile } from './refreshFolder';

/** Reads one file into what a folder cache keeps, or the damage to deal with; null when it vanished meanwhile. */
export async function examineDraftFile(
  path: string,
  id: string,
  mtimeMs: number,
  size: number,
): Promise<CachedFile | { damaged: Extract<DraftFile, { kind: 'damaged' }> } | null> {
  let file: DraftFile;
  try {
    file = await readDraftFile(path, id);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'ENOENT') return null;
    const text: QuarantineText = { key: 'unreadableFile', reason: reasonForCode(code), dataDir: path, code };
    return { mtimeMs, size, problem: englishText(text), text };
  }
  if (file.kind === 'article') return { mtimeMs, size, summary: draftSummary(file.article) };
  if (file.kind === 'future') return { mtimeMs, size, summary: futureDraftSummary(id, file.raw, mtimeMs) };
  return { damaged: file };
}
