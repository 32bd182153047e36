import { useEffect, useState } from 'react';
import type { Channel, ChannelOutput, Result } from '../../shared/ipc/contract';
import { useBridge } from './BridgeContext';
import { useLibraryVersion } from './LibraryRefresh';

type ListChannel = 'skeletons:list' | 'phrases:list' | 'phrases:listPending';

export type LoadState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; message: string };

/** Loads one list from the library once; the panel shows loading, the list, or the error. */
export function useLibraryList<C extends ListChannel & Channel>(channel: C): LoadState<ChannelOutput<C>> {
  const bridge = useBridge();
  const { version } = useLibraryVersion();
  const [state, setState] = useState<LoadState<ChannelOutput<C>>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    // Every list channel takes an empty input; the cast only narrows the union of their signatures.
    const load = bridge[channel] as (input: Record<string, never>) => Promise<Result<ChannelOutput<C>>>;
    void load({}).then((result) => {
      if (!live) return;
      setState(
        result.ok
          ? { status: 'ready', value: result.value }
          : { status: 'error', message: result.error.message },
      );
    });
    return () => {
      live = false;
    };
  }, [bridge, channel, version]);
  return state;
}
