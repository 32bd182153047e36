import type { Channel, ChannelInput, ChannelOutput, HandlerTable } from '../../shared/ipc/contract';
import type { LibrarySession } from '../services/librarySession';
import { fail } from './fail';

/** What a command gets: the open library, and the app's use cases over it. */
export interface CommandLibrary {
  session: LibrarySession;
  api: HandlerTable;
}

export type WithLibrary = <T>(run: (library: CommandLibrary) => T | Promise<T>) => Promise<T>;

/**
 * Opens the library for one command as the desktop app opens it (recovery, trash purge), says on
 * stderr what a recovery did, and always closes it.
 */
export function libraryOpener(path: () => string, nativeBinding: string | undefined): WithLibrary {
  return async (run) => {
    const { openCommandSession } = await import('../services/openSession');
    let opened: CommandLibrary;
    try {
      opened = openCommandSession(path(), { nativeBinding });
    } catch (error) {
      fail(error);
    }
    const { recoveryMessage, problem } = opened.session.status();
    for (const message of [recoveryMessage, problem]) if (message) console.error(message);
    try {
      return await run(opened);
    } catch (error) {
      fail(error);
    } finally {
      opened.session.close();
    }
  };
}

/** One of the app's use cases, run as the app runs it: the contract's validation, the app's messages. */
export async function call<C extends Channel>(api: HandlerTable, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const { dispatch } = await import('../ipc/dispatch');
  const result = await dispatch(api, channel, input);
  if (!result.ok) {
    console.error(result.error.message);
    process.exit(1);
  }
  return result.value as ChannelOutput<C>;
}
