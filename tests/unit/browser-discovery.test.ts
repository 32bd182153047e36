import { describe, expect, it } from 'vitest';
import { chooseBrowser, type BrowserSearch } from '../e2e/browser';

function machine(files: string[], overrides: Partial<BrowserSearch> = {}): BrowserSearch {
  const present = new Set(files);
  return { env: {}, platform: 'linux', arch: 'x64', exists: (path) => present.has(path), ...overrides };
}

describe('finding a browser for the end-to-end tests', () => {
  it('uses WENGAO_CHROMIUM before CHROME_PATH and before an installed browser', () => {
    const search = machine(['/opt/a/chrome', '/opt/b/chrome', '/usr/bin/chromium'], {
      env: { WENGAO_CHROMIUM: '/opt/a/chrome', CHROME_PATH: '/opt/b/chrome' },
    });
    expect(chooseBrowser(search, true)).toEqual({ kind: 'path', path: '/opt/a/chrome', source: 'WENGAO_CHROMIUM' });
    const chrome = machine(['/opt/b/chrome', '/usr/bin/chromium'], { env: { CHROME_PATH: '/opt/b/chrome' } });
    expect(chooseBrowser(chrome, true)).toMatchObject({ path: '/opt/b/chrome', source: 'CHROME_PATH' });
  });

  it('fails on an explicit path that does not exist instead of quietly using another browser', () => {
    const search = machine(['/usr/bin/chromium'], { env: { WENGAO_CHROMIUM: '/nowhere/chrome' } });
    const choice = chooseBrowser(search, true);
    expect(choice.kind).toBe('missing');
    expect(choice.kind === 'missing' && choice.message).toContain('WENGAO_CHROMIUM=/nowhere/chrome does not exist');
  });

  it('finds Chromium, Chrome or Edge where each system installs them', () => {
    expect(chooseBrowser(machine(['/usr/bin/google-chrome-stable']), true)).toMatchObject({
      path: '/usr/bin/google-chrome-stable',
    });
    const windows = machine(['C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'], {
      platform: 'win32',
      env: { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
    });
    expect(chooseBrowser(windows, false)).toMatchObject({
      path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    });
    const mac = machine(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], { platform: 'darwin' });
    expect(chooseBrowser(mac, false)).toMatchObject({ path: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome' });
  });

  it('falls back to the Chromium inside @sparticuz/chromium on Linux x64 and arm64 only', () => {
    expect(chooseBrowser(machine([]), true)).toEqual({ kind: 'bundled' });
    expect(chooseBrowser(machine([], { arch: 'arm64' }), true)).toEqual({ kind: 'bundled' });
    expect(chooseBrowser(machine([], { platform: 'darwin', arch: 'arm64' }), true).kind).toBe('missing');
    expect(chooseBrowser(machine([], { arch: 'ia32' }), true).kind).toBe('missing');
  });

  it('says in one line what to install when there is no browser at all', () => {
    const linux = chooseBrowser(machine([]), false);
    expect(linux).toEqual({
      kind: 'missing',
      message:
        'No browser for the end-to-end tests: run `npm install` (it brings @sparticuz/chromium), install Chromium or Chrome, or set WENGAO_CHROMIUM.',
    });
    const windows = chooseBrowser(machine([], { platform: 'win32' }), false);
    expect(windows.kind === 'missing' && windows.message).toMatch(/install Chromium, Google Chrome or Microsoft Edge/);
    expect(windows.kind === 'missing' && windows.message).not.toContain('\n');
  });
});
