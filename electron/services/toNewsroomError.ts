import { NewsroomError } from '../../shared/errors';
import { errnoCode } from './errnoCode';
import { systemErrorReason } from './systemErrorReason';

const SAVE_ACTION = 'the draft could not be saved';

/** Turns a system error (ENOSPC, EACCES...) into a NewsroomError a person can act on; other errors pass through. */
export function toNewsroomError(error: unknown, dataDir: string, action: string): unknown {
  if (error instanceof NewsroomError) return error;
  const code = errnoCode(error);
  if (!code) return error;
  const full = code === 'ENOSPC' || code === 'EDQUOT';
  let advice = full ? ' Free some space and try again.' : '';
  if (action === SAVE_ACTION) {
    advice = full ? ' Your text is still in the editor; free some space and it will save.' : ' Your text is still in the editor.';
  }
  return new NewsroomError('io', `${systemErrorReason(code, dataDir)}, so ${action}.${advice}`, { cause: error });
}
