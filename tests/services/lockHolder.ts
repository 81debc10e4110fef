import { existsSync } from 'node:fs';
import { acquireDataDirLock } from '../../electron/services/dataDirLock';
import { NewsroomError } from '../../shared/errors';

// A second process for the lock tests: takes the data folder's lock, says "locked <pid>", and holds it
// until its stdin closes (the test ended) or it is killed. A refusal prints "refused <code>".
// Given a start file, it first says "ready" and waits for that file to appear, so that several
// processes can be made to try at the same moment.
const [dataDir, startFile] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: node --import tsx tests/services/lockHolder.ts <dataDir> [startFile]');

if (startFile) {
  process.stdout.write('ready\n');
  while (!existsSync(startFile)) await new Promise((done) => setTimeout(done, 1));
}

try {
  await acquireDataDirLock(dataDir);
  process.stdout.write(`locked ${process.pid}\n`);
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
  setTimeout(() => process.exit(0), 120_000);
} catch (error) {
  process.stdout.write(`refused ${error instanceof NewsroomError ? error.code : String(error)}\n`);
  process.exit(0);
}
