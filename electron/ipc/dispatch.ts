import { z } from 'zod';
import {
  contract,
  isChannel,
  type Channel,
  type ErrorCode,
  type HandlerTable,
  type IpcError,
  type Result,
} from '../../shared/ipc/contract';
import { ipcMessages } from '../../shared/ipc/messages';
import { userFacing } from '../services/userFacing';

/**
 * Runs one request against the handler table: unknown channel, bad input and thrown errors all come
 * back as `{ ok: false, error }`. Shared by Electron's ipcMain and the web-mode server.
 */
export async function dispatch(handlers: HandlerTable, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return failure('UNKNOWN_CHANNEL', `${ipcMessages.UNKNOWN_CHANNEL}（${String(channel)}）`);
  const parsed = contract[channel].input.safeParse(input ?? {});
  if (!parsed.success) {
    return failure('INVALID_INPUT', `${ipcMessages.INVALID_INPUT}：${z.prettifyError(parsed.error)}`);
  }
  try {
    const handler = handlers[channel] as (value: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toIpcError(error, channel) };
  }
}

export function failure(code: ErrorCode, message: string = ipcMessages[code]): Result<never> {
  return { ok: false, error: { code, message } };
}

function toIpcError(error: unknown, channel: Channel): IpcError {
  const told = userFacing(error);
  if (told) return told;
  // Unexpected failures are logged for the developer; the user gets a message that says what to do.
  console.error(`[wengao] ${channel} failed:`, error);
  return { code: 'INTERNAL', message: ipcMessages.INTERNAL };
}
