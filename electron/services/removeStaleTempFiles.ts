import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_FILE_PATTERN } from './writeFileAtomic';

const TEMP_MAX_AGE_MS = 60_000;

/** Removes the temp files of writes a crash interrupted more than a minute ago; nothing else matches the pattern. */
export async function removeStaleTempFiles(folder: string): Promise<void> {
  for (const fileName of await fs.readdir(folder)) {
    if (!TEMP_FILE_PATTERN.test(fileName)) continue;
    const path = join(folder, fileName);
    try {
      const stats = await fs.stat(path);
      if (stats.isFile() && Date.now() - stats.mtimeMs > TEMP_MAX_AGE_MS) await fs.rm(path, { force: true });
    } catch {
      // Another process may be finishing its write; it is cleaned up next time.
    }
  }
}
