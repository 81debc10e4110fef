/**
 * What a store error says, as data, for the interface to say it in its own language. The store
 * also writes each message out in English (the error's `message`: logs, the HTTP API, and the
 * interface when it does not know the text) from these tables, which are also the English
 * interface's `errors` messages (renderer/i18n/en.ts), so the two never differ.
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

/** What the person can do about it, after the sentence; `none` when there is nothing to add. */
export const ADVICE = {
  freeSpace: 'Free some space and try again.',
  textKept: 'Your text is still in the editor.',
  savesWhenFreed: 'Your text is still in the editor; free some space and it will save.',
} as const;
export type ErrorAdvice = keyof typeof ADVICE | 'none';

/** Other messages, with `{{name}}` where a value goes; the key names them in the interface's `errors` messages. */
export const MESSAGES = {
  draftGone: 'This draft no longer exists. It may have been deleted.',
  draftGoneWhileSaving: 'This draft no longer exists. It may have been deleted. Your text is still in the editor.',
  internal: 'Something went wrong inside Newsroom. Your text is still in the editor.',
  notJson: 'This file is not valid JSON, so it cannot be read as an article.',
  noArticleObject: 'This is not a Newsroom article: it holds no article object.',
  notArticleFormat: 'This is not a Newsroom article: its format is not "{{format}}".',
  noFormatVersion: 'This article has no valid format version.',
  futureVersion:
    'This article was written by a newer version of Newsroom (format version {{version}}; this version reads up to {{known}}). Update Newsroom to open it. The file was not changed.',
  damaged: 'This article is damaged: {{issues}}',
  importInvalid: 'The article could not be imported: {{issues}}',
  tooLargeToImport: 'The file is larger than 20 MB; a Newsroom article is never that large.',
  notSavedOverNewer:
    'The draft on disk was written by a newer version of Newsroom, so it was left as it is and not saved over. Your text is still in the editor.',
  notSavedOverDamaged:
    'The draft file on disk ({{id}}.json) is damaged, so it was left as it is and not saved over. Your text is still in the editor; copy it into a new draft to keep it.',
  trashCopyDamaged: 'The file of this draft in the trash is damaged, so it was left as it is.',
  alreadyAmongDrafts: 'A draft with the same id is already among your drafts, so the copy in the trash was left where it is.',
  notInTrash: 'This draft is not in the trash any more.',
  versionDamaged: 'This version in the history is damaged, so it cannot be opened ({{file}}: {{detail}}).',
  versionGone: 'This version is no longer in the history.',
  importUnreadable: 'Newsroom could not read this file ({{code}}).',
  exportWriteFailed: 'Newsroom could not write {{file}} ({{code}}).',
} as const;

/** The largest article file Newsroom imports (MESSAGES.tooLargeToImport says it in words). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export type MessageKey = keyof typeof MESSAGES;

/** Why a file in the drafts folder is not a draft: completes "could not be read as a Newsroom draft (…)". */
export const DAMAGE = {
  tooLarge: 'it is far larger than any Newsroom draft',
  notJson: 'not valid JSON',
  noArticleObject: 'it holds no article object',
  notArticleFormat: 'its format is not "{{format}}"',
  noFormatVersion: 'it has no valid format version',
  damaged: 'it is damaged: {{issues}}',
  idMismatch: 'its file name does not match the draft id inside it ("{{id}}")',
} as const;
export interface DamageText {
  key: keyof typeof DAMAGE;
  params?: Record<string, string>;
}

/** A file that is not a draft, moved out of the drafts folder: the note the drafts list shows. */
export const QUARANTINE = {
  quarantined:
    '{{subject}} could not be read as a Newsroom draft ({{damage}}), so it was moved to the quarantine folder: {{quarantinedAs}}. Nothing in it was changed.',
  thisFile: 'This file',
  draftFile: 'The draft file {{fileName}}',
  notMoved:
    '{{subject}} could not be read as a Newsroom draft ({{damage}}). It could not be moved to the quarantine folder either ({{why}}), so it was left where it is.',
  unreadable: '{{reason}}, so this file could not be read. It was left where it is.',
  /** Said of a file whose name does not match the id inside it. */
  putBackAs: 'To use it, put it back in the drafts folder as {{id}}.json.',
} as const;

/** A system error, as the first half of a sentence: why (`reason`), met in `dataDir` with `code`. */
export interface SystemReason {
  reason: ErrorReason;
  dataDir: string;
  code: string;
}

/**
 * A file in the drafts folder that is not a draft: moved to the quarantine, not moved (`why`), or
 * not even read. `fileName` is set when the note names it ("The draft file …").
 */
export type QuarantineText =
  | { key: 'quarantined'; damage: DamageText; quarantinedAs: string; fileName?: string }
  | { key: 'notQuarantined'; damage: DamageText; why: SystemReason; fileName?: string }
  | ({ key: 'unreadableFile' } & SystemReason);

/** Why a journal left by a crash could not be applied at all: completes "could not be used: …". */
export const JOURNAL_WHY = {
  badName: 'its name is not that of a draft',
  unreadable: 'it could not be read',
  noDraft: 'its draft ({{id}}.json) is missing or could not be read',
  notJournal: 'its first line is not a Newsroom journal header',
  otherDraft: 'it belongs to another draft ({{id}})',
  otherVersion: 'it continues the version of {{base}}, and the draft on disk is the version of {{current}}',
} as const;
export interface JournalWhy {
  key: keyof typeof JOURNAL_WHY;
  params?: Record<string, string>;
}

/** A journal left by a crash that was set aside at start: what happened to its changes, then where the file went. */
export const JOURNAL = {
  unusable: 'This file of changes to a draft could not be used: {{why}}.',
  changedElsewhere:
    'Changes saved to “{{title}}” just before Newsroom last stopped were not applied: the draft was changed elsewhere since (by a sync tool or another program).',
  keptAs: 'What they wrote is in a new draft, “{{title}}”, to copy back where it belongs ([…] marks text they did not change).',
  damagedAt: 'Changes saved to “{{title}}” just before Newsroom last stopped were damaged on disk (line {{line}}): those before the damage were applied, the rest were not.',
  moved: 'They were moved, unchanged, to the quarantine folder: {{quarantinedAs}}.',
  notMoved: 'They could not be moved to the quarantine folder ({{why}}), so they were left where they are.',
  /** A draft's title where it has no headline. */
  untitled: 'Untitled',
} as const;

/** Titles are headlines as they are ('' for none): each language says "Untitled" its own way. */
export type JournalWhat =
  | { key: 'unusable'; why: JournalWhy }
  | { key: 'changedElsewhere'; title: string; keptAs: string | null }
  | { key: 'damagedAt'; title: string; line: string };
export type JournalOutcome = { key: 'moved'; quarantinedAs: string } | ({ key: 'notMoved' } & SystemReason);
export interface JournalText {
  key: 'journal';
  what: JournalWhat;
  outcome: JournalOutcome;
}

export type ErrorText =
  | { key: 'io'; reason: ErrorReason; action: ErrorAction; advice: ErrorAdvice; dataDir: string; code: string }
  | { key: MessageKey; params?: Record<string, string> }
  | QuarantineText;

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

/**
 * Says a message by its place under the interface's `errors` messages ("reason.full",
 * "journal.moved", "notJson"...), with `{{name}}` filled from `values`.
 */
export type Say = (key: string, values?: Record<string, string>) => string;

/** The English messages, laid out as the interface's `errors` messages are (renderer/i18n/en.ts uses them as they are). */
export const ENGLISH_ERRORS = {
  io: '{{reason}}, so {{action}}.',
  reason: REASONS,
  action: ACTIONS,
  advice: ADVICE,
  damage: DAMAGE,
  quarantine: QUARANTINE,
  journal: JOURNAL,
  journalWhy: JOURNAL_WHY,
  ...MESSAGES,
};

export const sayInEnglish: Say = (key, values = {}) => {
  const template = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], ENGLISH_ERRORS);
  return fill(typeof template === 'string' ? template : key, values);
};

/** A text said with `say`: the store says it in English, the interface in its own language. */
export function sayText(text: ErrorText | JournalText, say: Say): string {
  switch (text.key) {
    case 'io': {
      const sentence = say('io', { reason: sayReason(text, say), action: say(`action.${text.action}`) });
      return text.advice === 'none' ? sentence : `${sentence} ${say(`advice.${text.advice}`)}`;
    }
    case 'quarantined':
    case 'notQuarantined': {
      const subject = text.fileName === undefined ? say('quarantine.thisFile') : say('quarantine.draftFile', { fileName: text.fileName });
      const damage = say(`damage.${text.damage.key}`, text.damage.params ?? {});
      const note =
        text.key === 'quarantined'
          ? say('quarantine.quarantined', { subject, damage, quarantinedAs: text.quarantinedAs })
          : say('quarantine.notMoved', { subject, damage, why: sayReason(text.why, say) });
      return text.damage.key === 'idMismatch' ? `${note} ${say('quarantine.putBackAs', text.damage.params ?? {})}` : note;
    }
    case 'unreadableFile':
      return say('quarantine.unreadable', { reason: sayReason(text, say) });
    case 'journal': {
      const { what, outcome } = text;
      const title = (headline: string) => headline || say('journal.untitled');
      const said =
        what.key === 'unusable'
          ? say('journal.unusable', { why: say(`journalWhy.${what.why.key}`, what.why.params ?? {}) })
          : what.key === 'damagedAt'
            ? say('journal.damagedAt', { title: title(what.title), line: what.line })
            : say('journal.changedElsewhere', { title: title(what.title) }) +
              (what.keptAs === null ? '' : ` ${say('journal.keptAs', { title: title(what.keptAs) })}`);
      const then =
        outcome.key === 'moved'
          ? say('journal.moved', { quarantinedAs: outcome.quarantinedAs })
          : say('journal.notMoved', { why: sayReason(outcome, say) });
      return `${said} ${then}`;
    }
    default:
      return say(text.key, text.params ?? {});
  }
}

function sayReason({ reason, dataDir, code }: SystemReason, say: Say): string {
  return say(`reason.${reason}`, { dataDir, code });
}

/** The English message for a text: what the error's `message` says. */
export function englishText(text: ErrorText | JournalText): string {
  return sayText(text, sayInEnglish);
}
