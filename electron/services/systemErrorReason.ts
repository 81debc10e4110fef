import { fill, reasonForCode, REASONS } from '../../shared/errorText';

/** The first half of a sentence a person can act on, for a system error code met in `dataDir`. */
export function systemErrorReason(code: string, dataDir: string): string {
  return fill(REASONS[reasonForCode(code)], { dataDir, code });
}
