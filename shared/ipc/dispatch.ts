import { NewsroomError, toErrorPayload } from '../errors';
import { describeIssues } from '../article/parseArticle';
import { isInvokeChannel } from './channelNames';
import { ipcContract, type ChannelHandlers, type IpcResponse } from './contract';

/**
 * Validates a request against the contract, runs its handler and wraps the outcome.
 * Both transports (Electron IPC and the HTTP host) answer through this one function.
 */
export async function dispatch(
  handlers: ChannelHandlers,
  channel: unknown,
  args: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<IpcResponse<unknown>> {
  try {
    if (!isInvokeChannel(channel)) {
      throw new NewsroomError('invalid-input', `Unknown channel: ${String(channel).slice(0, 80)}.`);
    }
    const parsed = ipcContract[channel].args.safeParse(args);
    if (!parsed.success) {
      throw new NewsroomError('invalid-input', `Invalid request for ${channel}: ${describeIssues(parsed.error)}`);
    }
    const handler = handlers[channel] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, result: await handler(...(parsed.data as unknown[])) };
  } catch (error) {
    if (!(error instanceof NewsroomError)) onInternalError(error);
    return { ok: false, error: toErrorPayload(error) };
  }
}
