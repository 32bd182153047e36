import { useEffect, useRef, useState } from 'react';
import type { WengaoApi } from '../../shared/ipc/contract';
import type { LibraryStatus } from '../../shared/model/library';
import { dateTime } from './dateTime';
import { strings } from './strings';

/** The folder a file is in, whichever separator the system uses. */
const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/u, '') || path;

const POLL_MS = 60_000;

export interface LibraryStatusControl {
  status: LibraryStatus | null;
  backingUp: boolean;
  backupNow: () => void;
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

  return { status, backingUp, backupNow };
}
