import { openLibraryWithRecovery } from '../library/recover';
import type { OpenLibraryOptions } from '../library/open';
import { purgeTrash } from '../library/paragraphs';
import { LibrarySession } from './librarySession';

/**
 * Start-up of the desktop app and web mode alike: open the library with recovery, empty the trash of
 * what is past its days (unless the library takes no writes), and hold it in a session.
 */
export function openLibrarySession(path: string, options: OpenLibraryOptions): LibrarySession {
  const opened = openLibraryWithRecovery(path, options);
  if (!opened.library.readOnly) purgeTrash(opened.library.db);
  return new LibrarySession(opened.library, opened.recovery, options);
}
