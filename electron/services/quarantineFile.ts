import * as fs from 'node:fs/promises';
import { basename, join } from 'node:path';
import { errnoCode } from './errnoCode';
import { pathExists } from './pathExists';

const QUARANTINE_DIR_NAME = 'quarantine';

const MAX_SUFFIX = 10_000;
/** link() is missing on some file systems (FAT, some network shares); there a checked rename does. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Moves a file unchanged to `<dataDir>/quarantine/<name>`, or `<stem>.<n>.json` when that name is taken:
 * never over another file. Returns where it went, relative to the data folder and with "/" on every platform.
 */
export async function quarantineFile(dataDir: string, path: string): Promise<string> {
  const folder = join(dataDir, QUARANTINE_DIR_NAME);
  await fs.mkdir(folder, { recursive: true });
  const name = basename(path);
  const stem = name.endsWith('.json') ? name.slice(0, -'.json'.length) : name;
  const extension = name.endsWith('.json') ? '.json' : '';
  for (let suffix = 0; suffix < MAX_SUFFIX; suffix += 1) {
    const target = suffix === 0 ? name : `${stem}.${suffix}${extension}`;
    if (await moveWithoutReplacing(path, join(folder, target))) return `${QUARANTINE_DIR_NAME}/${target}`;
  }
  throw Object.assign(new Error(`The quarantine folder has no free name for ${name}.`), { code: 'EEXIST' });
}

/** False when `to` is taken. The hard link makes "only if free" atomic; the file keeps its bytes and times. */
async function moveWithoutReplacing(from: string, to: string): Promise<boolean> {
  try {
    await fs.link(from, to);
  } catch (error) {
    const code = errnoCode(error);
    if (code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(code)) throw error;
    if (await pathExists(to)) return false;
    await fs.rename(from, to);
    return true;
  }
  try {
    await fs.unlink(from);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return true;
    await fs.unlink(to).catch(() => undefined);
    throw error;
  }
  return true;
}

