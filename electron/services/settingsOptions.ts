import type { Options } from 'conf';

export type Settings = {
  lastDraftId: string | null;
};

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
    },
    defaults: { lastDraftId: null },
    clearInvalidConfig: false,
  } satisfies Options<Settings> & { name: string };
}
