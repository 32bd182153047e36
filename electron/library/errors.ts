import { UserError } from '../../shared/ipc/userError';
import { libraryMessages } from './messages';

export type LibraryErrorCode = 'LIBRARY_CORRUPT' | 'LIBRARY_UNAVAILABLE' | 'NOT_FOUND' | 'DUPLICATE' | 'INVALID_INPUT';

/** A failure the user can act on; `message` is Chinese and says what to do. */
export class LibraryError extends UserError {
  override readonly name = 'LibraryError';
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get ipcCode(): LibraryErrorCode {
    return this.code;
  }
}

const corruptCodes = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX', 'SQLITE_CORRUPT_VTAB']);

/** The code better-sqlite3 (`SQLITE_FULL` …) or Node (`ENOSPC` …) put on what it threw; '' if none. */
export function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** Translates what better-sqlite3 throws while opening into a LibraryError naming the file. */
export function toOpenError(file: string, error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  const code = errorCode(error);
  if (corruptCodes.has(code)) {
    return new LibraryError('LIBRARY_CORRUPT', libraryMessages.corrupt(file), { cause: error });
  }
  return new LibraryError('LIBRARY_UNAVAILABLE', libraryMessages.unavailable(file, describe(error)), {
    cause: error,
  });
}

/**
 * What the disk or the file did when a write failed, as the user can act on it: disk full, a
 * read-only file, a library held by another program, a failing disk. Null for anything else.
 */
export function storageError(error: unknown): LibraryError | null {
  const code = errorCode(error);
  const message =
    code === 'SQLITE_FULL' || code === 'ENOSPC'
      ? libraryMessages.diskFull
      : code.startsWith('SQLITE_READONLY') || code === 'EROFS'
        ? libraryMessages.readOnly
        : code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')
          ? libraryMessages.busy
          : code.startsWith('SQLITE_IOERR') || code === 'EIO'
            ? libraryMessages.ioError
            : null;
  return message ? new LibraryError('LIBRARY_UNAVAILABLE', message, { cause: error }) : null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}


/** A write that had to change a row and found none: the row is gone (deleted elsewhere, a stale id). */
export function requireChange(info: { changes: number }, missing: string): void {
  if (info.changes === 0) throw new LibraryError('NOT_FOUND', missing);
}

/** SQLite refusing a row that repeats a unique key (a phrase, a category name, a rule). */
export function isUniqueViolation(error: unknown): boolean {
  return errorCode(error).startsWith('SQLITE_CONSTRAINT_UNIQUE');
}

/** SQLite refusing a row whose parent is gone (a phrase for a deleted category). */
export function isForeignKeyViolation(error: unknown): boolean {
  return errorCode(error).startsWith('SQLITE_CONSTRAINT_FOREIGNKEY');
}
