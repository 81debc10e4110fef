import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsSchema, type Settings, type SettingsPatch } from '../../shared/settings';

/** The part of conf and electron-store that the app uses; both have it. */
export interface SettingsBackend {
  readonly store: Settings;
  set(patch: Partial<Settings>): void;
}

export interface SettingsAccess {
  read(): Settings;
  update(patch: SettingsPatch): Settings;
  /** Set when the settings file could not be read and was moved aside. */
  readonly recovered: string | null;
}

/**
 * Opens the settings; a file that does not parse or fails the schema is moved aside
 * (conf alone would throw, or wipe it) and the defaults load. Drafts are never touched.
 */
export function settingsAccess(dataDir: string, open: () => SettingsBackend, now = () => new Date()): SettingsAccess {
  let backend: SettingsBackend;
  let recovered: string | null = null;
  try {
    backend = open();
    SettingsSchema.parse(backend.store);
  } catch {
    const aside = `settings.corrupt-${now().toISOString().replace(/[:.]/g, '-')}.json`;
    try {
      renameSync(join(dataDir, 'settings.json'), join(dataDir, aside));
      recovered = aside;
    } catch {
      recovered = null;
    }
    backend = open();
  }
  return {
    recovered,
    read: () => SettingsSchema.parse(backend.store),
    update: (patch) => {
      backend.set(patch);
      return SettingsSchema.parse(backend.store);
    },
  };
}
