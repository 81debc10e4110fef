import { z } from 'zod';
import { DraftIdSchema } from './article/article';
import { UI_LANGUAGES } from './article/vocabulary';

export { UI_LANGUAGES, type UiLanguage } from './article/vocabulary';

/** What the app remembers between launches (never article text). */
export const SettingsSchema = z.object({
  lastDraftId: DraftIdSchema.nullable(),
  /** null: follow the system's language. */
  uiLanguage: z.enum(UI_LANGUAGES).nullable(),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = SettingsSchema.partial().strict();

export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = { lastDraftId: null, uiLanguage: null };
