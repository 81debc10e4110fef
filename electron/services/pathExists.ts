import * as fs from 'node:fs/promises';
import { errnoCode } from './errnoCode';

/** True when something is at `path` (a link counts, even a broken one); other errors are thrown. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}
