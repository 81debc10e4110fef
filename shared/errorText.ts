/**
 * What a store error says, as data, for the interface to say it in its own language. The store
 * also writes each message out in English (the error's `message`: logs, the HTTP API, and the
 * interface when it does not know the text), from the same tables, so the two never differ.
 */

/** What a system error stopped, as an I/O message ends: "The disk is full, so <action>." */
export const ACTIONS = {
  openFolder: 'Newsroom could not open its data folder',
  openHistory: 'the history of drafts could not be opened',
  create: 'a new draft could not be created',
  import: 'the article could not be imported',
  open: 'the draft could not be opened',
  save: 'the draft could not be saved',
  settle: 'the draft could not be written whole',
  list: 'the drafts could not be listed',
  trash: 'the draft could not be moved to the trash',
  restore: 'the draft could not be restored',
  listTrash: 'the trash could not be listed',
  emptyTrash: 'the trash could not be emptied',
  readHistory: 'the history of this draft could not be read',
  removeHistory: 'the history of this draft could not be removed',
  keepVersion: 'this version could not be kept in the history',
  readVersion: 'this version could not be read',
} as const;
export type ErrorAction = keyof typeof ACTIONS;

/** Why, from the system's error code: the first half of the sentence. */
export const REASONS = {
  full: 'The disk is full',
  forbidden: 'Newsroom is not allowed to use its data folder ({{dataDir}})',
  readOnly: 'The data folder ({{dataDir}}) is on a disk that cannot be written to',
  busy: 'Another program is using the file',
  tooManyFiles: 'Too many files are open',
  missingFolder: 'The data folder ({{dataDir}}) is missing or is not a folder',
  other: 'The disk reported an error ({{code}})',
} as const;
export type ErrorReason = keyof typeof REASONS;

/** What the person can do about it, after the sentence (with its leading space), or nothing. */
export const ADVICE = {
  none: '',
  freeSpace: ' Free some space and try again.',
  textKept: ' Your text is still in the editor.',
  savesWhenFreed: ' Your text is still in the editor; free some space and it will save.',
} as const;
export type ErrorAdvice = keyof typeof ADVICE;

/** Messages with no parts; the key names them in the interface's `errors` messages. */
export const FIXED = {
  draftGone: 'This draft no longer exists. It may have been deleted.',
  draftGoneWhileSaving: 'This draft no longer exists. It may have been deleted. Your text is still in the editor.',
  internal: 'Something went wrong inside Newsroom. Your text is still in the editor.',
} as const;
export type FixedError = keyof typeof FIXED;

export type ErrorText =
  | { key: 'io'; reason: ErrorReason; action: ErrorAction; advice: ErrorAdvice; dataDir: string; code: string }
  | { key: FixedError };

export function reasonForCode(code: string): ErrorReason {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'full';
    case 'EACCES':
    case 'EPERM':
      return 'forbidden';
    case 'EROFS':
      return 'readOnly';
    case 'EBUSY':
      return 'busy';
    case 'EMFILE':
    case 'ENFILE':
      return 'tooManyFiles';
    case 'ENOENT':
    case 'ENOTDIR':
      return 'missingFolder';
    default:
      return 'other';
  }
}

/** Fills `{{name}}` places the way the interface's messages do. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');
}

/** The English message for a text: what the error's `message` says. */
export function englishText(text: ErrorText): string {
  if (text.key !== 'io') return FIXED[text.key];
  return `${fill(REASONS[text.reason], { dataDir: text.dataDir, code: text.code })}, so ${ACTIONS[text.action]}.${ADVICE[text.advice]}`;
}
