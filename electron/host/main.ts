import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../services/dataDir';
import { defaultDataDir } from '../services/defaultDataDir';
import { startHost } from './startHost';

const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
if (!existsSync(rendererDir)) {
  console.error('The renderer is not built. Run `npm run web`, which builds it first.');
  process.exit(1);
}

const dataDir = resolveDataDir(defaultDataDir());
const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(1);
}

try {
  const faultFile = process.env.NEWSROOM_FAULT_FILE || undefined;
  const host = await startHost({ dataDir, rendererDir, port, faultFile, log: (message) => console.error(message) });
  console.log(`Newsroom is running at ${host.url}`);
  console.log(`Drafts are stored in ${dataDir}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use. Set PORT to another port, e.g. PORT=4174 npm run web.` : error instanceof Error ? error.message : String(error));
  process.exit(1);
}
