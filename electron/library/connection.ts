import Database from 'better-sqlite3';
import { LibraryError } from './errors';
import { libraryMessages } from './messages';

export interface ConnectionOptions {
  /** The Electron build of better-sqlite3; Node uses the build npm put in node_modules. */
  nativeBinding?: string | undefined;
  readonly?: boolean;
  fileMustExist?: boolean;
}

/** What Node says when a native addon cannot be loaded: missing, or built for another runtime. */
function isAddonLoadFailure(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  if (code === 'ERR_DLOPEN_FAILED' || code === 'MODULE_NOT_FOUND') return true;
  const message = error instanceof Error ? error.message : String(error);
  return /bindings file|NODE_MODULE_VERSION|compiled against a different|invalid ELF header|dlopen|better_sqlite3\.node/u.test(message);
}

/**
 * The one way this program opens an SQLite file (a path, or a file's bytes to read in memory): the
 * library, backups being verified, restores and recovery all come here, so all of them load the same (Electron or Node) build of better-sqlite3.
 * A build that cannot be loaded is the program's fault and says so; it is never reported as a
 * damaged file of the user's.
 */
export function openConnection(file: string | Buffer, options: ConnectionOptions = {}): Database.Database {
  const { nativeBinding, ...rest } = options;
  try {
    return new Database(file, { ...rest, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    if (isAddonLoadFailure(error)) {
      throw new LibraryError('LIBRARY_UNAVAILABLE', libraryMessages.addonMissing(error instanceof Error ? error.message : String(error)), { cause: error });
    }
    throw error;
  }
}
