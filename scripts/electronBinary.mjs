import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, without requiring
 * that file: requiring it starts a download when the binary is missing.
 *
 * @param {string} projectRoot
 * @returns {{ path: string } | { missing: string }}
 */
export function electronBinary(projectRoot) {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  if (!existsSync(join(packageDir, 'package.json'))) {
    return { missing: 'the electron package is not installed in node_modules (run `npm install`)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { missing: 'node_modules/electron/path.txt does not exist, so the Electron binary was never downloaded' };
  }
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const executable = join(distDir, relative);
  if (!relative || !existsSync(executable)) {
    return { missing: `the Electron binary ${executable} does not exist` };
  }
  return { path: executable };
}
