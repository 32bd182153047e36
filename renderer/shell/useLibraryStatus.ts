import { useCallback, useEffect, useRef, useState } from 'react';
import type { WengaoApi } from '../../shared/ipc/contract';
import type { LibraryStatus } from '../../shared/ipc/library';
import { dateTime } from '../kit/dateTime';
import { strings } from '../kit/strings';

/** The folder a file is in, whichever separator the system uses. */
const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/u, '') || path;

const POLL_MS = 60_000;
/** While a request waits for another program's lock, the status bar follows it closely. */
const LOCK_POLL_MS = 1000;

export interface LibraryStatusControl {
  status: LibraryStatus | null;
  backingUp: boolean;
  backupNow: () => void;
  /** Asks the main process for the status now (a request is taking long: is the library busy?). */
  refresh: () => void;
}

/**
 * The library's health as the status bar shows it. A recovery at start-up or damage found by the
 * background check is told to the user once, through `onNotice`.
 */
export function useLibraryStatus(bridge: WengaoApi, onNotice: (message: string) => void): LibraryStatusControl {
  const [status, setStatus] = useState<LibraryStatus | null>(null);
  const [backingUp, setBackingUp] = useState(false);
  const told = useRef(new Set<string>());
  const poll = useRef<() => Promise<void>>(async () => undefined);
  const waiting = status?.lockWaitSince != null;

  useEffect(() => {
    let live = true;
    poll.current = async () => {
      const result = await bridge['library:getStatus']({});
      if (!live || !result.ok) return;
      setStatus(result.value);
      for (const message of [result.value.recoveryMessage, result.value.problem]) {
        if (message && !told.current.has(message)) {
          told.current.add(message);
          onNotice(message);
        }
      }
    };
    void poll.current();
    const timer = setInterval(() => void poll.current(), POLL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [bridge, onNotice]);

  useEffect(() => {
    if (!waiting) return;
    const timer = setInterval(() => void poll.current(), LOCK_POLL_MS);
    return () => clearInterval(timer);
  }, [waiting]);

  const refresh = useCallback(() => void poll.current(), []);

  const backupNow = () => {
    setBackingUp(true);
    void bridge['library:backupNow']({}).then((result) => {
      setBackingUp(false);
      onNotice(
        result.ok
          ? strings.status.backedUpTo(dateTime(result.value.createdAt), folderOf(result.value.path))
          : strings.status.backupFailed(result.error.message),
      );
      void poll.current();
    });
  };

  return { status, backingUp, backupNow, refresh };
}
