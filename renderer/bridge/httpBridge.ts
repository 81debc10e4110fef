import type { EventChannel, InvokeChannel } from '../../shared/ipc/channelNames';
import type { ChannelArgs, ChannelResult, IpcResponse, NewsroomBridge } from '../../shared/ipc/contract';

const TOKEN_HEADER = 'x-newsroom-token';
/** Browsers cap the bodies of keepalive requests at 64 KiB in total. */
const KEEPALIVE_LIMIT = 60 * 1024;

/** The browser build's stand-in for the preload: the same channels over HTTP to the host. */
export function createHttpBridge(token: string): NewsroomBridge & { saveOnUnload: (...args: ChannelArgs<'draft:saveText'>) => boolean } {
  async function invoke<C extends InvokeChannel>(channel: C, ...args: ChannelArgs<C>): Promise<IpcResponse<ChannelResult<C>>> {
    let response: Response;
    try {
      response = await fetch(`./ipc/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify({ args }),
      });
    } catch {
      return { ok: false, error: { code: 'io', message: 'Newsroom is not reachable. Is `npm run web` still running?' } };
    }
    if (response.status === 403) {
      return { ok: false, error: { code: 'forbidden', message: 'Newsroom was restarted. Reload the page to reconnect.' } };
    }
    if (!response.ok) return { ok: false, error: { code: 'io', message: `Newsroom answered with an error (${response.status}).` } };
    return (await response.json()) as IpcResponse<ChannelResult<C>>;
  }

  return {
    invoke,
    on: (_event: EventChannel) => () => {},
    saveOnUnload: (...args) => {
      const body = JSON.stringify({ args });
      if (new Blob([body]).size > KEEPALIVE_LIMIT) return false;
      void fetch('./ipc/draft:saveText', {
        method: 'POST',
        keepalive: true,
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body,
      });
      return true;
    },
  };
}
