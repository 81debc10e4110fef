import { acquireDataDirLock } from '../../electron/services/dataDirLock';
import { NewsroomError } from '../../shared/errors';

// A second process for the lock tests: takes the data folder's lock, says "locked <pid>", and holds it
// until its stdin closes (the test ended) or it is killed. A refusal prints "refused <code>".
const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: node --import tsx tests/services/lockHolder.ts <dataDir>');

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
