import type { App, Session, WebContents, WebPreferences } from 'electron';
import { APP_ENTRY, APP_ORIGIN } from './appProtocol';

/** The renderer's policy; also sent by the web-mode server. No remote origin appears anywhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/**
 * The app is offline by design: only its own page at app://wengao (and, during development, the local
 * dev server) may be loaded. Everything else is cancelled: any remote host, and file:// too, so the
 * page cannot read the user's other files.
 */
export function isAllowedRequest(url: string, devServerUrl?: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node's URL gives a custom scheme no origin ("null"): compare scheme and host.
  if (`${parsed.protocol}//${parsed.host}` === APP_ORIGIN) return true;
  if (parsed.protocol === 'devtools:' || parsed.protocol === 'data:') return true;
  if (devServerUrl) {
    const dev = new URL(devServerUrl);
    const sameHost = parsed.hostname === dev.hostname && parsed.port === dev.port;
    if (sameHost && (parsed.protocol === 'http:' || parsed.protocol === 'ws:')) return true;
  }
  return false;
}

/** Whether a page URL is the app's own renderer (used to trust IPC senders and allow navigation). */
export function isAppPage(url: string, devServerUrl?: string): boolean {
  if (devServerUrl && url.startsWith(new URL(devServerUrl).origin + '/')) return true;
  return url.split(/[?#]/u)[0] === APP_ENTRY;
}

export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl) });
  });
}

/** Denies navigation away from the app, new windows and webviews for every web contents created. */
export function hardenWebContents(contents: WebContents, isOwnPage: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isOwnPage(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenApp(app: App, isOwnPage: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isOwnPage));
}
