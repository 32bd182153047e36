import { UserError } from '../../shared/ipc/userError';
import { userFacing } from '../services/userFacing';

/** A wrong argument, explained in Chinese. */
export class UsageError extends UserError {
  readonly ipcCode = 'INVALID_INPUT';
}

/** A failure the user can act on: said as the app says it, to stderr, exit code 1, no stack trace. */
export function fail(error: unknown): never {
  const told = userFacing(error);
  if (!told) throw error;
  console.error(told.message);
  process.exit(1);
}
