import type { IpcError } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/userError';
import { storageError } from '../library/errors';

/**
 * What the user is told about a failure, the same in the desktop app, web mode and the CLI: a
 * UserError as it says itself, a disk or lock problem as storageError names it; null for a bug.
 */
export function userFacing(error: unknown): IpcError | null {
  if (error instanceof UserError) return { code: error.ipcCode, message: error.message };
  const storage = storageError(error);
  return storage ? { code: storage.code, message: storage.message } : null;
}
