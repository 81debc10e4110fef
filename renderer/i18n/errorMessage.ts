import { NewsroomError } from '../../shared/errors';
import type { JournalText, QuarantineText } from '../../shared/errorText';
import type { DraftProblem } from '../../shared/ipc/contract';
import { i18n } from './i18n';

/** i18n's `t` for keys made at run time (each one is tried in tests/renderer/errorMessage.test.ts). */
const say = i18n.t as unknown as (key: string, values?: Record<string, string>) => string;

/**
 * What went wrong, in the interface's language: an error the store described as data
 * (shared/errorText.ts) is said from the interface's messages; any other error by its message,
 * in English.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const text = error instanceof NewsroomError ? error.text : null;
  if (!text) return error.message;
  if (text.key === 'quarantined') return quarantineMessage(text);
  if (text.key !== 'io') return say(`errors.${text.key}`, text.params ?? {});
  const sentence = i18n.t('errors.io', {
    reason: i18n.t(`errors.reason.${text.reason}`, { dataDir: text.dataDir, code: text.code }),
    action: i18n.t(`errors.action.${text.action}`),
  });
  return text.advice === 'none' ? sentence : `${sentence} ${i18n.t(`errors.advice.${text.advice}`)}`;
}

/** A note on a file in the drafts folder, in the interface's language where the store gave its text. */
export function problemMessage(problem: DraftProblem): string {
  if (!problem.text) return problem.message;
  return problem.text.key === 'journal' ? journalMessage(problem.text) : quarantineMessage(problem.text);
}

function journalMessage({ what, outcome }: JournalText): string {
  const title = (headline: string) => headline || say('untitled');
  const said =
    what.key === 'unusable'
      ? say('errors.journal.unusable', { why: say(`errors.journalWhy.${what.why.key}`, what.why.params ?? {}) })
      : what.key === 'damagedAt'
        ? say('errors.journal.damagedAt', { title: title(what.title), line: what.line })
        : say('errors.journal.changedElsewhere', { title: title(what.title) }) +
          (what.keptAs === null ? '' : ` ${say('errors.journal.keptAs', { title: title(what.keptAs) })}`);
  const then =
    outcome.key === 'moved'
      ? say('errors.journal.moved', { quarantinedAs: outcome.quarantinedAs })
      : say('errors.journal.notMoved', { why: say(`errors.reason.${outcome.reason}`, { dataDir: outcome.dataDir, code: outcome.code }) });
  return `${said} ${then}`;
}

function quarantineMessage(text: QuarantineText): string {
  const subject = text.fileName === undefined ? say('errors.quarantine.thisFile') : say('errors.quarantine.draftFile', { fileName: text.fileName });
  const damage = say(`errors.damage.${text.damage.key}`, text.damage.params ?? {});
  const note = say('errors.quarantine.quarantined', { subject, damage, quarantinedAs: text.quarantinedAs });
  return text.damage.key === 'idMismatch' ? `${note} ${say('errors.quarantine.putBackAs', text.damage.params ?? {})}` : note;
}
