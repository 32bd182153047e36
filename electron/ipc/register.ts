import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { channels, type HandlerTable } from '../../shared/ipc/contract';
import { dispatch, failure } from './dispatch';

/** Registers one ipcMain handler per contract channel; requests from untrusted frames are refused. */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: HandlerTable,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, input: unknown) =>
      isTrustedSender(event) ? dispatch(handlers, channel, input) : failure('FORBIDDEN'),
    );
  }
}
