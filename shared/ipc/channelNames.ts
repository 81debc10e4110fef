/** Every channel the renderer may invoke. Kept free of imports so the preload stays tiny. */
export const INVOKE_CHANNELS = [
  'app:start',
  'draft:list',
  'draft:create',
  'draft:createSample',
  'draft:open',
  'draft:save',
  'draft:saveText',
  'draft:saveDelta',
  'draft:delete',
  'draft:import',
  'trash:list',
  'trash:restore',
  'trash:empty',
  'history:list',
  'history:restore',
  'export:draft',
  'settings:get',
  'settings:update',
] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Events the main process sends to the renderer. */
export const EVENT_CHANNELS = ['app:command'] as const;

export type EventChannel = (typeof EVENT_CHANNELS)[number];

/** The synchronous twin of draft:save, used only while the window unloads. */
export const SAVE_SYNC_CHANNEL = 'draft:save-sync';

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(name);
}
