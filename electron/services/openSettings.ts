import Conf from 'conf';
import { settingsOptions, type Settings } from './settingsOptions';

export function openSettings(dataDir: string): Conf<Settings> {
  return new Conf<Settings>(settingsOptions(dataDir));
}
