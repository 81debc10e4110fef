import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettings } from '../../electron/services/openSettings';
import { settingsAccess } from '../../electron/services/settingsAccess';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsroom-settings-access-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const open = () => settingsAccess(dir, () => openSettings(dir), () => new Date('2026-11-27T20:14:00.000Z'));

describe('settings access', () => {
  it('remembers the last draft across openings', () => {
    expect(open().read()).toEqual({ lastDraftId: null, uiLanguage: null });
    open().update({ lastDraftId: 'draft-1' });
    expect(open().read()).toEqual({ lastDraftId: 'draft-1', uiLanguage: null });
    open().update({ uiLanguage: 'uk' });
    expect(open().read()).toEqual({ lastDraftId: 'draft-1', uiLanguage: 'uk' });
  });

  it.each([
    ['does not parse', '{"lastDraftId": '],
    ['fails the schema', '{"lastDraftId": "../../etc/passwd"}'],
  ])('moves a settings file that %s aside, loads the defaults and leaves drafts alone', async (_, text) => {
    await mkdir(join(dir, 'drafts'));
    await writeFile(join(dir, 'drafts', 'a.json'), 'draft bytes');
    await writeFile(join(dir, 'settings.json'), text);
    const settings = open();
    expect(settings.recovered).toBe('settings.corrupt-2026-11-27T20-14-00-000Z.json');
    expect(settings.read()).toEqual({ lastDraftId: null, uiLanguage: null });
    expect(await readFile(join(dir, settings.recovered!), 'utf8')).toBe(text);
    expect(await readFile(join(dir, 'drafts', 'a.json'), 'utf8')).toBe('draft bytes');
    expect((await readdir(dir)).sort()).toEqual(['drafts', 'settings.corrupt-2026-11-27T20-14-00-000Z.json', 'settings.json']);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ lastDraftId: null, uiLanguage: null });
  });
});
