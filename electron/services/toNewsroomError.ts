import { NewsroomError } from '../../shared/errors';
import { reasonForCode, type ErrorAction, type ErrorAdvice } from '../../shared/errorText';
import { errnoCode } from './errnoCode';

/** Turns a system error (ENOSPC, EACCES...) into a NewsroomError a person can act on; other errors pass through. */
export function toNewsroomError(error: unknown, dataDir: string, action: ErrorAction): unknown {
  if (error instanceof NewsroomError) return error;
  const code = errnoCode(error);
  if (!code) return error;
  const reason = reasonForCode(code);
  const advice: ErrorAdvice = action === 'save' ? (reason === 'full' ? 'savesWhenFreed' : 'textKept') : reason === 'full' ? 'freeSpace' : 'none';
  return NewsroomError.of('io', { key: 'io', reason, action, advice, dataDir, code }, { cause: error });
}
