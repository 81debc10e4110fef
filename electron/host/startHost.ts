import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createChannelHandlers } from '../services/channelHandlers';
import { DraftStore } from '../services/draftStore';
import { openSettings } from '../services/openSettings';
import { settingsAccess } from '../services/settingsAccess';
import { createHostServer } from './createHostServer';

export interface StartHostOptions {
  dataDir: string;
  rendererDir: string;
  port: number;
  log?: (message: string) => void;
}

export interface RunningHost {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

/** The browser build's host: the real draft store and exporters behind the IPC channels, on loopback only. */
export async function startHost({ dataDir, rendererDir, port, log }: StartHostOptions): Promise<RunningHost> {
  const store = await DraftStore.open({ dataDir });
  const settings = settingsAccess(dataDir, () => openSettings(dataDir));
  if (settings.recovered) log?.(`The settings file could not be read; it was moved to ${settings.recovered} and the defaults loaded.`);
  const handlers = createChannelHandlers({
    store,
    settings,
    deliverExport: async (file) => ({ kind: 'download', ...file }),
  });
  const token = randomBytes(32).toString('base64url');
  let boundPort = port;
  const server = createHostServer({ handlers, rendererDir, token, port: () => boundPort, log });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    server,
    url: `http://127.0.0.1:${boundPort}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
