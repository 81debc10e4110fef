import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createChannelHandlers } from '../services/channelHandlers';
import { openServices } from '../services/openServices';
import { openSettings } from '../services/openSettings';
import { settingsAccess } from '../services/settingsAccess';
import { createHostServer, MAX_BODY_BYTES } from './createHostServer';
import { serveIpcSocket } from './ipcSocket';

export interface StartHostOptions {
  dataDir: string;
  rendererDir: string;
  port: number;
  log?: (message: string) => void;
  /** Tests only: see faultInjectingWrite. */
  faultFile?: string;
}

export interface RunningHost {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

/** How long requests under way may take once the host is told to stop. */
const CLOSE_GRACE_MS = 2000;

/** The browser build's host: the real draft store and exporters behind the IPC channels, on loopback only. */
export async function startHost({ dataDir, rendererDir, port, log, faultFile }: StartHostOptions): Promise<RunningHost> {
  const services = await openServices(dataDir, (error) => log?.(`host: ${String(error)}`), faultFile);
  const { store, history } = services;
  const settings = settingsAccess(dataDir, () => openSettings(dataDir));
  if (settings.recovered) log?.(`The settings file could not be read; it was moved to ${settings.recovered} and the defaults loaded.`);
  const handlers = createChannelHandlers({
    store,
    history,
    settings,
    deliverExport: async (file) => ({ kind: 'download', ...file }),
    logError: (error) => log?.(`host: ${String(error)}`),
  });
  const token = randomBytes(32).toString('base64url');
  let boundPort = port;
  const server = createHostServer({ handlers, rendererDir, token, port: () => boundPort, log });
  const socket = serveIpcSocket(server, { handlers, token, port: () => boundPort, maxBytes: MAX_BODY_BYTES, log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://127.0.0.1:${boundPort}/`,
    close: async () => {
      // Idle keep-alive connections go at once; requests under way get two seconds to finish
      // (a browser tab left open would otherwise hold the server open for good).
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await socket.close(CLOSE_GRACE_MS);
      await closed;
      clearTimeout(cut);
      await services.close();
    },
  };
}
