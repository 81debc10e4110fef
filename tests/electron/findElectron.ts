import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from '../../scripts/electronBinary.mjs';

export const projectRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))));

export function findElectronBinary(): { path: string } | { missing: string } {
  return electronBinary(projectRoot);
}
