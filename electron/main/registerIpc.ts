import { ipcMain, type IpcMainEvent, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_CHANNELS, SAVE_SYNC_CHANNEL } from '../../shared/ipc/channelNames';
import type { ChannelHandlers, IpcResponse } from '../../shared/ipc/contract';
import { dispatch } from '../../shared/ipc/dispatch';
import { isAppUrl } from './isAppUrl';

const FORBIDDEN: IpcResponse<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Only the Newsroom editor may ask for this.' },
};

function fromApp(event: IpcMainEvent | IpcMainInvokeEvent): boolean {
  return isAppUrl(event.senderFrame?.url);
}

/** What a window tried to save as it closed, when that save failed: offered for export before it goes. */
export interface FailedUnloadSave {
  content: unknown;
  message: string;
}

/** Answers every channel of the IPC table, and the unload-time save, for the app's own pages only. */
export function registerIpc(
  handlers: ChannelHandlers,
  logError: (error: unknown) => void,
  onUnloadSaveFailed: (sender: WebContents, failed: FailedUnloadSave) => void,
): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      fromApp(event) ? dispatch(handlers, channel, args, logError) : FORBIDDEN,
    );
  }
  ipcMain.on(SAVE_SYNC_CHANNEL, async (event, content: unknown, options: unknown) => {
    if (!fromApp(event)) {
      event.returnValue = FORBIDDEN;
      return;
    }
    const response = await dispatch(handlers, 'draft:saveText', [content, options], logError);
    if (!response.ok) onUnloadSaveFailed(event.sender, { content, message: response.error.message });
    event.returnValue = response;
  });
}
