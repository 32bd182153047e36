import { channels, type PageRequest, type Result, type WengaoApi, type WengaoEvents } from '../../shared/ipc/contract';
import { strings } from './strings';

declare global {
  interface Window {
    wengao?: WengaoApi;
    wengaoEvents?: WengaoEvents;
  }
}

/**
 * Handles a request of the main process (desktop only; a browser tab saves on pagehide instead).
 * Returns the function that stops handling it.
 */
export function onPageRequest(request: PageRequest, handler: () => Promise<void>, win: Window = window): () => void {
  return win.wengaoEvents?.onRequest(request, handler) ?? (() => undefined);
}

const offline: Result<never> = {
  ok: false,
  error: {
    code: 'LIBRARY_UNAVAILABLE',
    message: strings.webUnreachable,
  },
};

/** Web mode: the same contract answered over HTTP by the local server (electron/web). */
function httpBridge(fetchImpl: typeof fetch): WengaoApi {
  const entries = channels.map((channel) => [
    channel,
    async (input: unknown): Promise<Result<unknown>> => {
      try {
        const response = await fetchImpl(`api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(input ?? {}),
        });
        return (await response.json()) as Result<unknown>;
      } catch {
        return offline;
      }
    },
  ]);
  return Object.fromEntries(entries) as WengaoApi;
}

/** The desktop preload's `window.wengao` when present, the HTTP bridge otherwise. */
export function createBridge(win: Window = window): WengaoApi {
  return win.wengao ?? httpBridge(win.fetch.bind(win));
}
