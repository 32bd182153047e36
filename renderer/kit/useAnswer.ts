import { useEffect, useEffectEvent, useState } from 'react';
import type { Result } from '../../shared/ipc/contract';

/**
 * What a bridge call answers, asked again whenever `key` changes (null: nothing to ask now, e.g. a
 * closed dialog). An answer that arrives after the key has moved on is dropped; until the first
 * answer the value is null, and a failed call keeps the last good one.
 */
export function useAnswer<T>(key: string | null, ask: () => Promise<Result<T>>): T | null {
  const [value, setValue] = useState<T | null>(null);
  const askNow = useEffectEvent(ask);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    void askNow().then((result) => live && result.ok && setValue(result.value));
    return () => {
      live = false;
    };
  }, [key]);
  return value;
}
