import { NewsroomError } from '../../shared/errors';
import { i18n } from './i18n';

/**
 * What went wrong, in the interface's language: an error the store described as data
 * (shared/errorText.ts) is said from the interface's messages; any other error by its message,
 * in English.
 */
export function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const text = error instanceof NewsroomError ? error.text : null;
  if (!text) return error.message;
  // The key is one of the `errors` messages (tests/renderer/errorMessage.test.ts tries each).
  if (text.key !== 'io') return (i18n.t as (key: string, values: Record<string, string>) => string)(`errors.${text.key}`, text.params ?? {});
  const sentence = i18n.t('errors.io', {
    reason: i18n.t(`errors.reason.${text.reason}`, { dataDir: text.dataDir, code: text.code }),
    action: i18n.t(`errors.action.${text.action}`),
  });
  return text.advice === 'none' ? sentence : `${sentence} ${i18n.t(`errors.advice.${text.advice}`)}`;
}
