import { NewsroomError } from '../../shared/errors';
import type { EventChannel, InvokeChannel } from '../../shared/ipc/channelNames';
import type { ChannelArgs, ChannelResult, EventPayloads, NewsroomBridge, SaveOptions } from '../../shared/ipc/contract';
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
  if (!response.ok) throw new NewsroomError(response.error.code, response.error.message);
  return response.result;
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
