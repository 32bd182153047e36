import type { CustomScheme, Protocol } from 'electron';
import { readRendererFile } from './rendererFiles';

/**
 * The desktop app's page is served from its own privileged scheme rather than file://: one origin,
 * `app://wengao`, that navigation and IPC trust, and no way for the page to reach other local files.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wengao';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;

/** Registered before the app is ready: a standard, secure scheme with fetch, like https for the page. */
export const appScheme: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** The answer to one app:// request: a file of the built renderer, or 404 for any other host. */
export async function answerAppRequest(staticDir: string, url: string): Promise<Response> {
  const parsed = new URL(url);
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return new Response('Not Found', { status: 404 });
  const file = await readRendererFile(staticDir, parsed.pathname);
  return new Response(file.body, { status: file.status, headers: file.headers });
}

export function registerAppProtocol(protocol: Pick<Protocol, 'handle'>, staticDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(staticDir, request.url));
}
