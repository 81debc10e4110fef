import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSettings } from '../../electron/services/openSettings';
import { settingsOptions } from '../../electron/services/settingsOptions';

let dir: string;

beforeEach(async () => {
  dir = await fsp.mkdtemp(join(tmpdir(), 'newsroom-settings-'));
});

afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

describe('settings', () => {
  it('describes one settings.json in the data folder that is never cleared silently', () => {
    const options = settingsOptions(dir);
    expect(options).toMatchObject({ cwd: dir, configName: 'settings', name: 'settings', clearInvalidConfig: false });
    expect(options.defaults).toEqual({ lastDraftId: null, uiLanguage: null });
  });

  it('loads the defaults when there is no settings file', () => {
    expect(openSettings(dir).get('lastDraftId')).toBeNull();
  });

  it('keeps a value across openings', async () => {
    openSettings(dir).set('lastDraftId', 'a1b2');
    expect(openSettings(dir).get('lastDraftId')).toBe('a1b2');
    const onDisk = JSON.parse(await fsp.readFile(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk).toEqual({ lastDraftId: 'a1b2', uiLanguage: null });
    openSettings(dir).set('lastDraftId', null);
    expect(openSettings(dir).get('lastDraftId')).toBeNull();
  });

  it('refuses a draft id that could be a path', () => {
    const settings = openSettings(dir);
    expect(() => settings.set('lastDraftId', '../../etc/passwd')).toThrow();
    expect(openSettings(dir).get('lastDraftId')).toBeNull();
  });
});
