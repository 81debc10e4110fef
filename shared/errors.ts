export const ERROR_CODES = [
  'invalid-input',
  'not-found',
  'future-version',
  'not-an-article',
  'unreadable',
  'io',
  'forbidden',
  'locked',
  /** A partial save against a version the store no longer holds: send the whole draft instead. */
  'stale',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error whose message is written for the person using the app. */
export class NewsroomError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsroomError';
    this.code = code;
  }
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
}

export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof NewsroomError) return { code: error.code, message: error.message };
  return { code: 'internal', message: 'Something went wrong inside Newsroom. Your text is still in the editor.' };
}
