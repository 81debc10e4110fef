import { NewsroomError } from '../../shared/errors';
import { sayText, type Say } from '../../shared/errorText';
import type { DraftProblem } from '../../shared/ipc/contract';
import { i18n } from './i18n';

/** The interface's `errors` messages, by keys made at run time (tests/renderer/errorMessage.test.ts tries each). */
const say: Say = (key, values) => (i18n.t as unknown as Say)(`errors.${key}`, values);

/**
 * What went wrong, in the interface's language: an error the store described as data
 * (shared/errorText.ts) is said from the interface's messages, put together as the store puts
 * its English; any other error by its message, in English.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const text = error instanceof NewsroomError ? error.text : null;
  return text ? sayText(text, say) : error.message;
}

/** A note on a file in the data folder, in the interface's language where the store gave its text. */
export function problemMessage(problem: DraftProblem): string {
  return problem.text ? sayText(problem.text, say) : problem.message;
}
