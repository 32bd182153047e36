import { LibraryError, storageError } from '../library/errors';
import { ExportError } from '../services/export/errors';
import { ImportError } from '../services/import/errors';

/** A wrong argument, explained in Chinese. */
export class UsageError extends Error {}

/** A failure the user can act on: message to stderr, exit code 1, no stack trace. */
export function fail(error: unknown): never {
  if (error instanceof ImportError || error instanceof LibraryError || error instanceof UsageError || error instanceof ExportError) {
    console.error(error.message);
    process.exit(1);
  }
  // Disk full, a read-only or busy library: said as the app says it.
  const storage = storageError(error);
  if (storage) {
    console.error(storage.message);
    process.exit(1);
  }
  throw error;
}
