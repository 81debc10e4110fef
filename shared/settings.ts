import { z } from 'zod';
import { DraftIdSchema } from './article/article';

/** What the app remembers between launches (never article text). */
export const SettingsSchema = z.object({
  lastDraftId: DraftIdSchema.nullable(),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const SettingsPatchSchema = SettingsSchema.partial().strict();

export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const DEFAULT_SETTINGS: Settings = { lastDraftId: null };
