import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as CliMode from '../../electron/cliMode';
import type * as Paths from '../../electron/services/paths';
import { channels } from '../../shared/ipc/contract';
import { tempDir } from './helpers';

/** The Electron module, mocked: records what the composition root asks of it. */
const electron = vi.hoisted(() => {
  const state = { userData: '', handlers: new Map<string, (...args: unknown[]) => unknown>(), windows: [] as unknown[] };
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const app = {
    setPath: vi.fn((name: string, value: string) => {
      if (name === 'userData') state.userData = value;
    }),
    getPath: vi.fn(() => state.userData),
    getAppPath: vi.fn(() => '/nonexistent-app'),
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    on: vi.fn((name: string, fn: (...args: unknown[]) => void) => appListeners.set(name, fn)),
    quit: vi.fn(),
    exit: vi.fn(),
  };
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    options: unknown;
    loaded: string | undefined;
    constructor(options: unknown) {
      this.options = options;
      state.windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    webContents = { executeJavaScript: () => Promise.resolve(null) };
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
  }
  const protocol = {
    privileged: [] as unknown[],
    handlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
    registerSchemesAsPrivileged: vi.fn((schemes: unknown[]) => protocol.privileged.push(...schemes)),
    handle: vi.fn((scheme: string, fn: (request: { url: string }) => Promise<Response>) => protocol.handlers.set(scheme, fn)),
  };
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };
  return {
    state,
    appListeners,
    module: {
      app,
      BrowserWindow,
      protocol,
      session,
      dialog: { showErrorBox: vi.fn() },
      ipcMain: { handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => state.handlers.set(channel, fn)), on: vi.fn(), removeListener: vi.fn() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));
// Tests run under Node, so the library uses the Node build of better-sqlite3 here.
vi.mock('../../electron/native/binding', () => ({ electronSqliteBinding: () => '' }));
// From the sources, the built CLI is out/cli (the packaged app has it beside out/main).
vi.mock('../../electron/cliMode', async (original) => ({
  ...(await original<typeof CliMode>()),
  cliEntryBeside: () => join(import.meta.dirname, '../../out/cli/wengao.mjs'),
}));
vi.mock('../../electron/services/paths', async (original) => ({
  ...(await original<typeof Paths>()),
  userDataDir: () => electron.state.userData,
}));

async function startMain(userData: string) {
  electron.state.userData = userData;
  electron.state.handlers.clear();
  electron.state.windows.length = 0;
  vi.resetModules();
  await import('../../electron/main');
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('main process (electron mocked)', () => {
  beforeEach(() => vi.clearAllMocks());

  it('opens the library in userData, answers every channel and opens one secure window', async () => {
    const userData = tempDir();
    await startMain(userData);

    expect(electron.module.app.setPath).toHaveBeenCalledWith('userData', userData);
    expect([...electron.state.handlers.keys()].sort()).toEqual([...channels].sort());
    expect(electron.module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.module.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(electron.appListeners.has('web-contents-created')).toBe(true);

    expect(electron.state.windows).toHaveLength(1);
    const window = electron.state.windows[0] as { options: { webPreferences: Record<string, unknown> }; loaded: string };
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    // The page comes from the app's own privileged scheme, not file://.
    expect(window.loaded).toBe('app://wengao/index.html');
    expect(electron.module.protocol.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
    expect(electron.module.protocol.handlers.has('app')).toBe(true);

    const listPhrases = electron.state.handlers.get('phrases:list');
    const answer = await listPhrases?.({ senderFrame: { url: window.loaded } }, {});
    expect(answer).toMatchObject({ ok: true });
    for (const url of ['https://example.com/', 'file:///opt/wengao/out/renderer/index.html', 'app://other/index.html']) {
      expect(await listPhrases?.({ senderFrame: { url } }, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    electron.appListeners.get('will-quit')?.();
  });

  it('recovers a damaged library at start-up and reports it through library:getStatus', async () => {
    const userData = tempDir();
    // Damaged pages behind the SQLite header; a file without it is no library and is left alone.
    writeFileSync(join(userData, 'library.sqlite'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.from('garbage '.repeat(1000))]));
    await startMain(userData);
    expect(electron.state.windows).toHaveLength(1);
    const window = electron.state.windows[0] as { loaded: string };
    const status = await electron.state.handlers.get('library:getStatus')?.({ senderFrame: { url: window.loaded } }, {});
    expect(status).toMatchObject({ ok: true, value: { recoveryMessage: expect.stringContaining('没有可用的备份') } });
    electron.appListeners.get('will-quit')?.();
  });

  it('runs as the wengao CLI with --cli: no window, no single-instance lock, the command’s exit code', async () => {
    const argv = process.argv;
    const db = join(tempDir(), 'library.sqlite');
    const printed: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void printed.push(line));
    process.argv = ['/opt/文稿助手/wengao', '--cli', '--db', db, 'doctor', '--json'];
    try {
      await startMain(tempDir());
      await vi.waitFor(() => expect(electron.module.app.exit).toHaveBeenCalled(), { timeout: 10_000 });
    } finally {
      process.argv = argv;
      process.exitCode = undefined;
      delete process.env.WENGAO_SQLITE_BINDING;
      vi.mocked(console.log).mockRestore();
    }
    expect(electron.module.app.exit).toHaveBeenCalledWith(0);
    expect(JSON.parse(printed.join('\n'))).toMatchObject({ healthy: true, path: db });
    expect(electron.module.app.requestSingleInstanceLock).not.toHaveBeenCalled();
    expect(electron.state.windows).toHaveLength(0);
  });

  it('tells the user in Chinese and quits when the library cannot be opened at all', async () => {
    const userData = tempDir();
    mkdirSync(join(userData, 'library.sqlite'));
    await startMain(userData);

    expect(electron.module.dialog.showErrorBox).toHaveBeenCalledWith(
      expect.stringContaining('素材库无法打开'),
      expect.stringContaining('无法打开素材库'),
    );
    expect(electron.module.app.exit).toHaveBeenCalledWith(1);
    expect(electron.state.windows).toHaveLength(0);
  });
});

describe('the renderer the packaged app loads', () => {
  afterEach(() => {
    delete process.env.ELECTRON_RENDERER_URL;
    electron.module.app.isPackaged = false;
  });

  it('ignores ELECTRON_RENDERER_URL once packaged: whoever sets the environment gets no remote page with the library API', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://evil.example/';
    electron.module.app.isPackaged = true;
    await startMain(tempDir());
    const window = electron.state.windows[0] as { loaded: string };
    expect(window.loaded).toBe('app://wengao/index.html');
    const listPhrases = electron.state.handlers.get('phrases:list');
    const answer = (await listPhrases?.({ senderFrame: { url: 'http://evil.example/' } }, {})) as { ok: boolean };
    expect(answer.ok).toBe(false);
  });

  it('still uses the dev server while developing', async () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    await startMain(tempDir());
    expect((electron.state.windows[0] as { loaded: string }).loaded).toBe('http://localhost:5173/');
  });
});

describe('closing the window', () => {
  /** The window and ipcMain, faked: the page answers `drafts:flush` after saving, unless told not to. */
  function fakes(pageAnswers: boolean) {
    const listeners: Record<string, (event: { preventDefault: () => void }) => void> = {};
    const answers = new Map<string, (event: unknown, id: unknown) => void>();
    let flushed = false;
    const ipcMain = {
      on: vi.fn((channel: string, fn: (event: unknown, id: unknown) => void) => answers.set(channel, fn)),
      removeListener: vi.fn((channel: string) => answers.delete(channel)),
    };
    const window = {
      on: (name: string, fn: (event: { preventDefault: () => void }) => void) => (listeners[name] = fn),
      close: vi.fn(() => listeners.close?.({ preventDefault: () => undefined })),
      webContents: {
        send: vi.fn((request: string, id: unknown) => {
          if (!pageAnswers) return;
          flushed = true;
          setTimeout(() => answers.get(`${request}:done`)?.({}, id), 5);
        }),
      },
    };
    return { window, ipcMain, listeners, flushed: () => flushed };
  }

  it('asks the page to save the open draft (drafts:flush of the contract), then closes', async () => {
    const { saveDraftBeforeClosing } = await import('../../electron/window');
    const { window, ipcMain, listeners, flushed } = fakes(true);
    saveDraftBeforeClosing(window as never, ipcMain as never);
    const first = { preventDefault: vi.fn() };
    listeners.close?.(first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(window.close).toHaveBeenCalled());
    expect(flushed()).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledWith('drafts:flush', expect.any(Number));
    expect(ipcMain.removeListener).toHaveBeenCalledWith('drafts:flush:done', expect.any(Function));
  });

  it('closes anyway when the page does not answer in time', async () => {
    const { askPage } = await import('../../electron/window');
    const { window, ipcMain } = fakes(false);
    expect(await askPage(window.webContents as never, ipcMain as never, 'drafts:flush', 20)).toBe('timed-out');
    expect(ipcMain.removeListener).toHaveBeenCalled();
  });
});
