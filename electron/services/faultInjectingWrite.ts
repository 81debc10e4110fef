import { readFileSync } from 'node:fs';
import type { JournalWrite } from './draftJournal';
import type { WriteFile } from './writeFileAtomic';

const CODES = new Set(['ENOSPC', 'EACCES', 'EROFS', 'EIO', 'EDQUOT']);

/**
 * For tests only (NEWSROOM_FAULT_FILE): while `faultFile` exists and names an error code such as
 * ENOSPC, every write fails with it, as a full disk or a read-only folder would.
 */
export function faultInjectingWrite(faultFile: string, write: WriteFile): WriteFile {
  return async (path, data) => {
    throwInjectedFault(faultFile, path);
    return write(path, data);
  };
}

/** The same for the appends to a draft's journal. */
export function faultInjectingJournalWrite(faultFile: string, write: JournalWrite): JournalWrite {
  return async (handle, text) => {
    throwInjectedFault(faultFile, 'a journal');
    return write(handle, text);
  };
}

function throwInjectedFault(faultFile: string, what: string): void {
  let code = '';
  try {
    code = readFileSync(faultFile, 'utf8').trim();
  } catch {
    return;
  }
  if (CODES.has(code)) throw Object.assign(new Error(`${code}: injected fault writing ${what}`), { code });
}
