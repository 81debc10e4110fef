import { describe, expect, it } from 'vitest';
import { NewsroomError } from '../../shared/errors';
import { toNewsroomError } from '../../electron/services/toNewsroomError';

const systemError = (code: string) => Object.assign(new Error(`${code}: failed`), { code });

describe('a system error, as the store reports it', () => {
  it('says why, what it stopped and what to do, in English and as data for the interface', () => {
    const error = toNewsroomError(systemError('ENOSPC'), '/data', 'save') as NewsroomError;
    expect(error.code).toBe('io');
    expect(error.message).toBe('The disk is full, so the draft could not be saved. Your text is still in the editor; free some space and it will save.');
    expect(error.text).toEqual({ key: 'io', reason: 'full', action: 'save', advice: 'savesWhenFreed', dataDir: '/data', code: 'ENOSPC' });
  });

  it('gives advice that fits the failure', () => {
    const adviceOf = (code: string, action: 'save' | 'trash') => ((toNewsroomError(systemError(code), '/data', action) as NewsroomError).text as { advice: string }).advice;
    expect(adviceOf('EACCES', 'save')).toBe('textKept');
    expect(adviceOf('ENOSPC', 'trash')).toBe('freeSpace');
    expect(adviceOf('EACCES', 'trash')).toBe('none');
    expect((toNewsroomError(systemError('EROFS'), '/data', 'trash') as NewsroomError).message).toBe(
      'The data folder (/data) is on a disk that cannot be written to, so the draft could not be moved to the trash.',
    );
  });

  it('passes other errors through unchanged', () => {
    const own = new NewsroomError('not-found', 'gone');
    expect(toNewsroomError(own, '/data', 'open')).toBe(own);
    const plain = new TypeError('x is undefined');
    expect(toNewsroomError(plain, '/data', 'open')).toBe(plain);
  });
});
