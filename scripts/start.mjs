import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electronBinary.mjs';

const projectRoot = dirname(dirname(fileURLToPath(import.meta.url)));

const installScript = join(projectRoot, 'node_modules', 'electron', 'install.js');

let binary = electronBinary(projectRoot);
if ('missing' in binary && existsSync(installScript)) {
  console.log('Downloading the Electron binary…');
  spawnSync(process.execPath, [installScript], { stdio: 'inherit' });
  binary = electronBinary(projectRoot);
}
if ('missing' in binary) {
  console.error(
    '\nNewsroom needs the Electron binary to open its desktop window, and it is not installed: ' +
      'the download (from GitHub releases) failed or is blocked on this machine. ' +
      'On a machine with internet access run `npx install-electron` (or delete node_modules/electron and `npm install`) ' +
      'and then `npm start` again. Meanwhile the same editor runs in your browser: `npm run web`.\n' +
      `(Details: ${binary.missing}.)`,
  );
  process.exit(1);
}

const runsAsRoot = process.platform === 'linux' && process.getuid?.() === 0;
const child = spawn(binary.path, [projectRoot, ...(runsAsRoot ? ['--no-sandbox'] : [])], { stdio: 'inherit' });

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => {
  console.error(`Could not start Electron (${binary.path}): ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
