import type { Options } from 'conf';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';

export type { Settings };

/** Options for `conf` and `electron-store`: conf reads `configName`, electron-store reads `name`. */
export function settingsOptions(dataDir: string) {
  return {
    cwd: dataDir,
    configName: 'settings',
    name: 'settings',
    schema: {
      lastDraftId: {
        anyOf: [{ type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' }, { type: 'null' }],
        default: null,
      },
      uiLanguage: { anyOf: [{ type: 'string', enum: ['en', 'uk'] }, { type: 'null' }], default: null },
    },
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: false,
  } satisfies Options<Settings> & { name: string };
}
