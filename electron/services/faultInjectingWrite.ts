import { readFileSync } from 'node:fs';
import type { WriteFile } from './writeFileAtomic';

const CODES = new Set(['ENOSPC', 'EACCES', 'EROFS', 'EIO', 'EDQUOT']);

/**
 * For tests only (NEWSROOM_FAULT_FILE): while `faultFile` exists and names an error code such as
 * ENOSPC, every write fails with it, as a full disk or a read-only folder would.
 */
export function faultInjectingWrite(faultFile: string, write: WriteFile): WriteFile {
  return async (path, data) => {
    let code = '';
    try {
      code = readFileSync(faultFile, 'utf8').trim();
    } catch {
      return write(path, data);
    }
    if (!CODES.has(code)) return write(path, data);
    throw Object.assign(new Error(`${code}: injected fault writing ${path}`), { code });
  };
}
