import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, type InvokeChannel } from '../../shared/ipc/channelNames';
import { ipcContract, type ChannelHandlers } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { createChannelHandlers } from '../../electron/services/channelHandlers';
import { openServices, type Services } from '../../electron/services/openServices';
import { settingsAccess } from '../../electron/services/settingsAccess';
import { openSettings } from '../../electron/services/openSettings';

const RUNS = Number(process.env.NEWSROOM_FUZZ_RUNS ?? 60);

let dataDir: string;
let services: Services;
let handlers: ChannelHandlers;
let exports = 0;
let draftId: string;

async function snapshot(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  async function walk(dir: string) {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        files[`${relative(dataDir, path)}/`] = 'dir';
        await walk(path);
      } else {
        files[relative(dataDir, path)] = createHash('sha256').update(await readFile(path)).digest('hex');
      }
    }
  }
  await walk(dataDir);
  return files;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'newsroom-ipc-'));
  services = await openServices(dataDir, () => {});
  const settings = settingsAccess(dataDir, () => openSettings(dataDir));
  handlers = createChannelHandlers({
    ...services,
    settings,
    deliverExport: async (file) => {
      exports += 1;
      return { kind: 'download', ...file };
    },
  });
  draftId = (await services.store.create()).id;
  await services.store.list();
});

afterAll(async () => {
  await services.close();
  await rm(dataDir, { recursive: true, force: true });
});

const PATH_LIKE_IDS = ['../../etc/passwd', '..\\x', '/etc/passwd', 'C:\\Windows\\win.ini', 'a\u0000b', '.', '..', 'A', 'x'.repeat(100_000), ''];

/** Arguments the channel's schema rejects: random values, random tuples, and hostile strings in every slot. */
function malformedArgs(channel: InvokeChannel) {
  const schema = ipcContract[channel].args;
  const hostile = fc.oneof(
    fc.constantFrom(...PATH_LIKE_IDS),
    fc.string({ maxLength: 50 }),
    fc.object(),
    fc.constant(null),
    fc.integer(),
  );
  return fc
    .oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 4 }), fc.array(hostile, { minLength: 1, maxLength: 3 }))
    .filter((args) => !schema.safeParse(args).success);
}

describe('IPC is a trust boundary: every channel refuses malformed input and writes nothing', () => {
  for (const channel of INVOKE_CHANNELS) {
    it(`${channel} refuses random malformed payloads`, async () => {
      const before = await snapshot();
      const exportsBefore = exports;
      await fc.assert(
        fc.asyncProperty(malformedArgs(channel), async (args) => {
          const response = await dispatch(handlers, channel, args);
          expect(response.ok).toBe(false);
          if (!response.ok) {
            expect(response.error.code).toBe('invalid-input');
            expect(response.error.message).toMatch(new RegExp(`^Invalid request for ${channel}: `));
          }
        }),
        { numRuns: RUNS },
      );
      expect(await snapshot()).toEqual(before);
      expect(exports).toBe(exportsBefore);
    });
  }

  it('refuses path-like ids on every channel that takes an id, and an unknown channel', async () => {
    const before = await snapshot();
    for (const id of PATH_LIKE_IDS) {
      for (const [channel, args] of [
        ['draft:open', [id]],
        ['draft:delete', [id]],
        ['trash:restore', [id]],
        ['history:list', [id]],
        ['history:restore', [id, '20261127T201400123Z-ab12']],
        ['history:restore', [draftId, id]],
        ['export:draft', [id, 'html']],
      ] as const) {
        const response = await dispatch(handlers, channel, args);
        expect(response, `${channel} ${JSON.stringify(args).slice(0, 40)}`).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      }
    }
    expect(await dispatch(handlers, '../draft:open', [draftId])).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch(handlers, '__proto__', [])).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a huge import and a save of a different shape, writing nothing', async () => {
    const before = await snapshot();
    const huge = await dispatch(handlers, 'draft:import', [{ fileName: 'big.json', text: 'x'.repeat(21 * 1024 * 1024) }]);
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const article = await services.store.open(draftId);
    const wrong = await dispatch(handlers, 'draft:save', [{ ...article, headline: 42 }, { baseUpdatedAt: null }]);
    expect(wrong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const notADoc = await dispatch(handlers, 'draft:save', [{ ...article, body: { type: 'paragraph' } }, { baseUpdatedAt: null }]);
    expect(notADoc).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await snapshot()).toEqual(before);
  });

  it('answers a well-formed request for a draft that does not exist without writing', async () => {
    const before = await snapshot();
    expect(await dispatch(handlers, 'draft:open', ['no-such-draft'])).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await dispatch(handlers, 'history:restore', ['no-such-draft', '20261127T201400123Z-ab12'])).toMatchObject({ ok: false });
    expect(await snapshot()).toEqual(before);
  });
});
