import * as fsp from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file under a folder with its bytes, to prove that nothing in it changed. */
export async function folderSnapshot(dir: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const entry of await fsp.readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    result[relative(dir, path)] = entry.isFile() ? (await fsp.readFile(path)).toString('base64') : '<dir>';
  }
  return result;
}
