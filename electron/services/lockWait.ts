import type { HandlerTable } from '../../shared/ipc/contract';
import { LOCK_WAIT } from '../../shared/model/limits';
import { errorCode } from '../library/errors';
import { wrapHandlers } from './wrapHandlers';

const isBusy = (error: unknown) => /^SQLITE_(BUSY|LOCKED)/u.test(errorCode(error));
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Handlers whose work is not a database call that can simply run again (restoring a backup swaps
 * files; the desktop dialogs ask the user): these say "busy" at once rather than retry.
 */
const notRetried = new Set(['library:restoreBackup', 'export:saveFile', 'export:savePdf', 'drafts:readClipboard']);

/** Who is waiting for another program's lock right now, for the status bar. */
export class LockWaits {
  private waiting = 0;
  private since: number | null = null;

  begin(): void {
    if (this.waiting++ === 0) this.since = Date.now();
  }

  end(): void {
    if (--this.waiting === 0) this.since = null;
  }

  /** When the oldest wait began (null when nothing waits). */
  waitingSince(): string | null {
    return this.since === null ? null : new Date(this.since).toISOString();
  }
}

/**
 * Another program holding the library's write lock (the CLI importing) must not freeze the window or
 * web mode: SQLite blocks for at most LOCK_WAIT.blockingMs, and a request that still finds the library
 * busy is run again after a pause, off the event loop, until LOCK_WAIT.totalMs. A handler that fails
 * with SQLITE_BUSY wrote nothing (its transaction is rolled back), so running it again is safe.
 */
export function waitingOutLocks(table: HandlerTable, waits: LockWaits, totalMs: number = LOCK_WAIT.totalMs): HandlerTable {
  return wrapHandlers(table, (handler, channel) =>
    notRetried.has(channel) ? handler : (input: never) => retryWhileBusy(() => handler(input), waits, totalMs),
  );
}

async function retryWhileBusy<T>(run: () => T | Promise<T>, waits: LockWaits, totalMs: number): Promise<T> {
  const started = Date.now();
  let pause = 10;
  let waiting = false;
  try {
    for (;;) {
      try {
        return await run();
      } catch (error) {
        if (!isBusy(error) || Date.now() - started >= totalMs) throw error;
      }
      if (!waiting) {
        waiting = true;
        waits.begin();
      }
      await sleep(pause);
      pause = Math.min(pause * 2, 200);
    }
  } finally {
    if (waiting) waits.end();
  }
}
