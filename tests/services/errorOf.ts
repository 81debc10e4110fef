import { NewsroomError } from '../../shared/errors';

/** The NewsroomError a promise rejects with; fails the test if it resolves or throws anything else. */
export async function errorOf(promise: Promise<unknown>): Promise<NewsroomError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NewsroomError) return error;
    throw error;
  }
  throw new Error('expected a NewsroomError');
}
