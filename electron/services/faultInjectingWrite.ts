import { readFileSync } from 'node:fs';

const CODES = new Set(['ENOSPC', 'EACCES', 'EROFS', 'EIO', 'EDQUOT']);

/**
 * For tests only (NEWSROOM_FAULT_FILE): while `faultFile` exists and names an error code such as
 * ENOSPC, every write fails with it, as a full disk or a read-only folder would.
 */
export function faultInjectingWrite(
  faultFile: string,
  write: (path: string, data: string) => Promise<void>,
): (path: string, data: string) => Promise<void> {
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
