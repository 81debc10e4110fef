import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { EVENT_CHANNELS, INVOKE_CHANNELS, SAVE_SYNC_CHANNEL } from '../../shared/ipc/channelNames';
import type { IpcResponse, NewsroomBridge } from '../../shared/ipc/contract';

const invokeChannels: readonly string[] = INVOKE_CHANNELS;
const eventChannels: readonly string[] = EVENT_CHANNELS;

function invoke(channel: string, ...args: unknown[]): Promise<IpcResponse<unknown>> {
  if (!invokeChannels.includes(channel)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'forbidden', message: `Newsroom has no channel named ${String(channel).slice(0, 80)}.` },
    });
  }
  return ipcRenderer.invoke(channel, ...args).catch(() => ({
    ok: false,
    error: { code: 'internal', message: 'Something went wrong inside Newsroom. Your text is still in the editor.' },
  }));
}

function on(event: string, listener: (payload: unknown) => void): () => void {
  if (!eventChannels.includes(event)) throw new Error(`Newsroom sends no event named ${String(event).slice(0, 80)}.`);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(event, forward);
  return () => {
    ipcRenderer.removeListener(event, forward);
  };
}

const bridge: NewsroomBridge = {
  invoke: invoke as NewsroomBridge['invoke'],
  on: on as NewsroomBridge['on'],
  saveSync: (content, options) => ipcRenderer.sendSync(SAVE_SYNC_CHANNEL, content, options),
};

contextBridge.exposeInMainWorld('newsroom', bridge);
