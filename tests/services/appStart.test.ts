import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelHandlers } from '../../shared/ipc/contract';
import { createChannelHandlers } from '../../electron/services/channelHandlers';
import { openServices, type Services } from '../../electron/services/openServices';
import { openSettings } from '../../electron/services/openSettings';
import { settingsAccess } from '../../electron/services/settingsAccess';

let dataDir: string;
let services: Services | null = null;

async function start(): Promise<ChannelHandlers> {
  services = await openServices(dataDir, () => {});
  const settings = settingsAccess(dataDir, () => openSettings(dataDir));
  return createChannelHandlers({ ...services, settings, deliverExport: async (file) => ({ kind: 'download', ...file }) });
}

async function restart(): Promise<ChannelHandlers> {
  await services?.close();
  return start();
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'newsroom-start-'));
});

afterEach(async () => {
  await services?.close();
  services = null;
  await rm(dataDir, { recursive: true, force: true });
});

describe('app:start', () => {
  it('opens the draft that was open last, even when more than the first list’s worth of drafts are newer', async () => {
    let handlers = await start();
    const oldest = await handlers['draft:create']();
    await handlers['settings:update']({ lastDraftId: oldest.id });
    for (let n = 0; n < 120; n += 1) await handlers['draft:create']();

    handlers = await restart();
    const { list, open } = await handlers['app:start']();
    expect(list.complete).toBe(false);
    expect(list.drafts.some((draft) => draft.id === oldest.id)).toBe(false);
    expect(open?.id).toBe(oldest.id);
  });

  it('opens the newest draft when the last one is gone', async () => {
    let handlers = await start();
    const gone = await handlers['draft:create']();
    const kept = await handlers['draft:create']();
    await handlers['settings:update']({ lastDraftId: gone.id });
    await handlers['draft:delete'](gone.id);

    handlers = await restart();
    expect((await handlers['app:start']()).open?.id).toBe(kept.id);
  });
});
