import { fromErrorPayload } from '../../shared/errors';
import type { EventChannel, InvokeChannel } from '../../shared/ipc/channelNames';
import type { ChannelArgs, ChannelResult, EventPayloads, IpcResponse, NewsroomBridge, SaveOptions } from '../../shared/ipc/contract';
import { START_DATA_ELEMENT_ID } from '../../shared/ipc/startData';
import { createHttpBridge } from './httpBridge';

declare global {
  interface Window {
    newsroom?: NewsroomBridge;
  }
}

function pickBridge() {
  if (window.newsroom) return { bridge: window.newsroom, saveOnUnload: undefined };
  const token = document.querySelector<HTMLMetaElement>('meta[name="newsroom-token"]')?.content ?? '';
  const http = createHttpBridge(token);
  return { bridge: http as NewsroomBridge, saveOnUnload: http.saveOnUnload };
}

const { bridge, saveOnUnload } = pickBridge();

/** The renderer's only way to the main process (or the HTTP host): throws NewsroomError on failure. */
export async function call<C extends InvokeChannel>(channel: C, ...args: ChannelArgs<C>): Promise<ChannelResult<C>> {
  const response = await bridge.invoke(channel, ...args);
  if (!response.ok) throw fromErrorPayload(response.error);
  return response.result;
}

/**
 * The answer to `app:start` that came with the page, once; null when it is missing or unreadable,
 * and on every later call, so the caller asks over IPC instead.
 */
function takeStartData(): IpcResponse<ChannelResult<'app:start'>> | null {
  const element = document.getElementById(START_DATA_ELEMENT_ID);
  if (!element) return null;
  element.remove();
  try {
    const data = JSON.parse(element.textContent ?? '') as IpcResponse<ChannelResult<'app:start'>> | null;
    return data && typeof data === 'object' && typeof data.ok === 'boolean' ? data : null;
  } catch {
    return null;
  }
}

/** The start data when the page brought it, else the same answer over IPC. */
export function startCall(): ChannelResult<'app:start'> | Promise<ChannelResult<'app:start'>> {
  const embedded = takeStartData();
  if (!embedded) return call('app:start');
  if (!embedded.ok) throw fromErrorPayload(embedded.error);
  return embedded.result;
}

export function onAppEvent<E extends EventChannel>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
  return bridge.on(event, listener);
}

/**
 * Saves while the page unloads. The desktop app blocks until the draft is on disk;
 * a browser can only send it on its way. Returns false when it could not even do that.
 */
export function saveBeforeUnload(contentText: string, options: SaveOptions): boolean {
  if (bridge.saveSync) return bridge.saveSync(contentText, options).ok;
  return saveOnUnload ? saveOnUnload(contentText, options) : false;
}

export const isDesktop = Boolean(window.newsroom);
