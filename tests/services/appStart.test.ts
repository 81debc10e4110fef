import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
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
let logged: unknown[] = [];

const remembered = () => (JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8')) as { lastDraftId: string | null }).lastDraftId;

async function start(): Promise<ChannelHandlers> {
  services = await openServices(dataDir, () => {});
  const settings = settingsAccess(dataDir, () => openSettings(dataDir));
  return createChannelHandlers({ ...services, settings, deliverExport: async (file) => ({ kind: 'download', ...file }), logError: (error) => logged.push(error) });
}

async function restart(): Promise<ChannelHandlers> {
  await services?.close();
  return start();
}

beforeEach(async () => {
  logged = [];
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
    for (let n = 0; n < 120; n += 1) await handlers['draft:create']();
    await handlers['draft:open'](oldest.id);

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
    await handlers['draft:open'](gone.id);
    await handlers['draft:delete'](gone.id);

    handlers = await restart();
    expect((await handlers['app:start']()).open?.id).toBe(kept.id);
    // and remembers it: the start after opens it too, even with a newer draft made meanwhile elsewhere.
    expect(remembered()).toBe(kept.id);
  });
});

describe('the draft to open at the next start', () => {
  it('is on disk by the time a draft is answered as opened, created or imported', async () => {
    let handlers = await start();
    const first = await handlers['draft:create']();
    expect(remembered()).toBe(first.id);
    const second = await handlers['draft:createSample']('uk');
    expect(remembered()).toBe(second.id);
    await handlers['draft:open'](first.id);
    expect(remembered()).toBe(first.id);
    const { article: imported } = await handlers['draft:import']({ fileName: 'piece.json', text: JSON.stringify({ ...second, id: 'c0ffee00', headline: 'Imported' }) });
    expect(remembered()).toBe(imported.id);

    // A start right after (no time for anything in between) opens the last of them.
    handlers = await restart();
    expect((await handlers['app:start']()).open?.id).toBe(imported.id);
  });

  it('is not what a failed open asked for', async () => {
    const handlers = await start();
    const only = await handlers['draft:create']();
    await expect(handlers['draft:open']('0000dead')).rejects.toThrow(/no longer exists/);
    expect(remembered()).toBe(only.id);
  });

  it('is only a wish: a settings file that cannot be written does not stop the draft opening', async () => {
    const handlers = await start();
    const first = await handlers['draft:create']();
    const second = await handlers['draft:create']();
    await rm(join(dataDir, 'settings.json'), { force: true });
    await mkdir(join(dataDir, 'settings.json'));
    expect((await handlers['draft:open'](first.id)).id).toBe(first.id);
    expect(second.id).not.toBe(first.id);
    expect(logged).toHaveLength(1);
  });
});
