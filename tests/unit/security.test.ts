import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
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

const appUrl = 'file:///opt/wengao/resources/app.asar/out/renderer/index.html';

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
    for (const url of ['https://example.com/track.js', 'http://127.0.0.1:8080/', 'wss://evil.test/', 'ftp://x/y', 'nonsense']) {
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
    hardenWebContents(contents, (url) => isAppPage(url, appUrl));
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
