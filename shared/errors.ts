import { englishText, type ErrorText } from './errorText';

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

/**
 * An error whose message is written for the person using the app. With `text`, the interface says
 * it in its own language; without, it shows the English message.
 */
export class NewsroomError extends Error {
  readonly code: ErrorCode;
  readonly text: ErrorText | null;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; text?: ErrorText | null }) {
    super(message, options);
    this.name = 'NewsroomError';
    this.code = code;
    this.text = options?.text ?? null;
  }

  /** An error whose English message is made from its text. */
  static of(code: ErrorCode, text: ErrorText, options?: { cause?: unknown }): NewsroomError {
    return new NewsroomError(code, englishText(text), { ...options, text });
  }
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  text?: ErrorText;
}

export function toErrorPayload(error: unknown): ErrorPayload {
  if (error instanceof NewsroomError) return { code: error.code, message: error.message, ...(error.text ? { text: error.text } : {}) };
  const text: ErrorText = { key: 'internal' };
  return { code: 'internal', message: englishText(text), text };
}

/** An error that came over IPC, as it was thrown. */
export function fromErrorPayload(payload: ErrorPayload): NewsroomError {
  return new NewsroomError(payload.code, payload.message, { text: payload.text ?? null });
}
