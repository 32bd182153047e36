import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { answerAppRequest } from '../../electron/appProtocol';
import { tempDir } from './helpers';
import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  hardenSession,
  hardenWebContents,
  isAllowedRequest,
  isAppPage,
  secureWebPreferences,
} from '../../electron/security';

vi.mock('electron', () => ({}));

function fakeSession() {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (fn: never) => (handlers.request = fn),
    setPermissionCheckHandler: (fn: never) => (handlers.check = fn),
    webRequest: { onBeforeRequest: (fn: never) => (handlers.beforeRequest = fn) },
  };
  return { session: session as unknown as Session, handlers };
}

function fakeContents() {
  const listeners: Record<string, (event: { preventDefault: () => void }, url?: string) => void> = {};
  let openHandler: (() => unknown) | undefined;
  const contents = {
    on: (name: string, fn: never) => (listeners[name] = fn),
    setWindowOpenHandler: (fn: never) => (openHandler = fn),
  };
  const fire = (name: string, url?: string) => {
    const event = { preventDefault: vi.fn() };
    listeners[name]?.(event, url);
    return event.preventDefault.mock.calls.length > 0;
  };
  return { contents: contents as unknown as WebContents, fire, open: () => openHandler?.() };
}

const appUrl = 'app://wengao/index.html';

describe('window security baseline', () => {
  it('isolates the renderer: context isolation, sandbox, no Node', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      (handlers.request as (w: unknown, p: string, cb: (ok: boolean) => void) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect((handlers.check as () => boolean)()).toBe(false);
  });

  it('blocks every request that is not the app’s own files', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const decide = (url: string) => {
      const callback = vi.fn();
      (handlers.beforeRequest as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, callback);
      return callback.mock.calls[0]?.[0];
    };
    expect(decide(appUrl)).toEqual({ cancel: false });
    expect(decide('app://wengao/assets/index-abc.js')).toEqual({ cancel: false });
    const refused = ['https://example.com/track.js', 'http://127.0.0.1:8080/', 'wss://evil.test/', 'ftp://x/y', 'nonsense'];
    // file:// too: the page cannot read the user's other files, and another app:// host is not the app.
    refused.push('file:///etc/passwd', 'file:///opt/wengao/resources/app.asar/out/renderer/index.html', 'app://evil/index.html');
    for (const url of refused) {
      expect(decide(url)).toEqual({ cancel: true });
    }
  });

  it('lets the development server through only while developing', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', 'http://localhost:5173')).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/')).toBe(false);
  });

  it('denies navigation away from the app and every new window or webview', () => {
    const { contents, fire, open } = fakeContents();
    hardenWebContents(contents, (url) => isAppPage(url));
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-navigate', appUrl + '#top')).toBe(false);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(open()).toEqual({ action: 'deny' });
  });
});

describe('Content-Security-Policy', () => {
  const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
    readFileSync(resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8'),
  )?.[1];

  it('is set in the renderer page and allows nothing remote, inline or evaluated', () => {
    for (const policy of [metaPolicy, CONTENT_SECURITY_POLICY]) {
      expect(policy).toBeDefined();
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("connect-src 'self'");
      expect(policy).not.toMatch(/unsafe-eval|https?:|\*/);
      expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    }
  });

  it('is the same policy in the page and in web mode (frame-ancestors only works as a header)', () => {
    const headerOnly = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(metaPolicy?.split('; ')).toEqual(headerOnly);
  });
});

describe('the app:// protocol that serves the page', () => {
  /** A built page: index.html and one script, beside a file the page must not reach. */
  function builtPage(): string {
    const root = tempDir();
    mkdirSync(join(root, 'renderer/assets'), { recursive: true });
    writeFileSync(join(root, 'renderer/index.html'), '<script type="module" src="./assets/index-abc.js"></script>');
    writeFileSync(join(root, 'renderer/assets/index-abc.js'), 'export {};');
    writeFileSync(join(root, 'package.json'), '{"private": true}');
    return join(root, 'renderer');
  }
  const get = (url: string, staticDir = builtPage()) => answerAppRequest(staticDir, url);

  it('serves the built page and its assets with the content policy and the right types', async () => {
    const page = await get('app://wengao/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await page.text();
    const script = /src="\.\/(assets\/[^"]+\.js)"/u.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await get(`app://wengao/${script ?? ''}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await get('app://wengao/')).status).toBe(200);
  });

  it('never serves a file outside the page’s folder, another host, or a bad encoding', async () => {
    for (const url of ['app://wengao/../../package.json', 'app://wengao/%2e%2e/%2e%2e/package.json', 'app://wengao/..%2f..%2fpackage.json']) {
      expect((await get(url)).status).toBe(404);
    }
    expect((await get('app://wengao/%E0%A4%A')).status).toBe(400);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://wengao/missing.js')).status).toBe(404);
  });
});
