import type { WengaoApi } from '../../shared/ipc/contract';

/** A request still unanswered after this long may be waiting for the library: the status bar asks why. */
export const SLOW_REQUEST_MS = 1000;

/**
 * The bridge, with every channel watched: a request that takes longer than SLOW_REQUEST_MS calls
 * `onSlow` once (the status bar then learns whether another program holds the library).
 */
export function watchSlowRequests(bridge: WengaoApi, onSlow: () => void): WengaoApi {
  const watched = {} as Record<string, (input: unknown) => Promise<unknown>>;
  for (const [channel, call] of Object.entries(bridge) as [string, (input: unknown) => Promise<unknown>][]) {
    watched[channel] = (input) => {
      const timer = setTimeout(onSlow, SLOW_REQUEST_MS);
      return Promise.resolve(call(input)).finally(() => clearTimeout(timer));
    };
  }
  return watched as unknown as WengaoApi;
}
