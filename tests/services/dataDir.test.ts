import { isAbsolute, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../electron/services/dataDir';

describe('resolveDataDir', () => {
  it('uses the default folder when NEWSROOM_DATA_DIR is not set', () => {
    expect(resolveDataDir('/home/me/.config/Newsroom', {})).toBe('/home/me/.config/Newsroom');
  });

  it('uses the default folder when NEWSROOM_DATA_DIR is empty', () => {
    expect(resolveDataDir('/default', { NEWSROOM_DATA_DIR: '' })).toBe('/default');
    expect(resolveDataDir('/default', { NEWSROOM_DATA_DIR: '   ' })).toBe('/default');
  });

  it('uses NEWSROOM_DATA_DIR, made absolute', () => {
    expect(resolveDataDir('/default', { NEWSROOM_DATA_DIR: '/srv/newsroom' })).toBe(resolve('/srv/newsroom'));
    const relative = resolveDataDir('/default', { NEWSROOM_DATA_DIR: 'some/data' });
    expect(isAbsolute(relative)).toBe(true);
    expect(relative).toBe(resolve(process.cwd(), 'some/data'));
  });
});
