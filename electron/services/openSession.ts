import { openLibraryWithRecovery } from '../library/recover';
import type { OpenLibraryOptions } from '../library/open';
import { purgeTrash } from '../library/paragraphs';
import { LibrarySession } from './librarySession';
import type { HandlerTable } from '../../shared/ipc/contract';
import { createHandlers } from './handlers';
import { inProcessParser } from './parse/parser';

/**
 * Start-up of the desktop app and web mode alike: open the library with recovery, empty the trash of
 * what is past its days (unless the library takes no writes), and hold it in a session.
 */
export function openLibrarySession(path: string, options: OpenLibraryOptions): LibrarySession {
  const opened = openLibraryWithRecovery(path, options);
  if (!opened.library.readOnly) purgeTrash(opened.library.db);
  return new LibrarySession(opened.library, opened.recovery, options);
}

/**
 * A CLI command's library: opened as the app opens it, with the app's own use cases (the handler
 * table, with the contract's validation and messages), reading reports in the command's own thread.
 */
export function openCommandSession(path: string, options: OpenLibraryOptions): { session: LibrarySession; api: HandlerTable } {
  const session = openLibrarySession(path, options);
  return { session, api: createHandlers(session, undefined, inProcessParser) };
}
