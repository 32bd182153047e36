// Composition root of the desktop app: wires the library and the handler table to IPC and opens the
// window. Logic lives in the modules it imports.
import { app, BrowserWindow, clipboard, dialog, ipcMain, protocol, session } from 'electron';
import { join } from 'node:path';
import { registerIpc } from './ipc/register';
import { userFacing } from './services/userFacing';
import { openLibrarySession } from './services/openSession';
import type { LibrarySession } from './services/librarySession';
import { LIBRARY_FILE_NAME, userDataDir } from './services/paths';
import { electronSqliteBinding } from './native/binding';
import { hardenApp, hardenSession, isAppPage } from './security';
import { createHandlers } from './services/handlers';
import { desktopExports } from './services/export/desktopExports';
import { createMainWindow, WINDOW_TITLE } from './window';
import { APP_ENTRY, appScheme, registerAppProtocol } from './appProtocol';
import { cliArguments, cliEntryBeside, runCliInApp } from './cliMode';
import { LOCK_WAIT } from '../shared/model/limits';

// The dev server only while developing: a packaged app never loads a page the environment names,
// which would get the whole library API.
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(import.meta.dirname, '../renderer');
const isOwnPage = (url: string) => isAppPage(url, devServerUrl);
// Before the app is ready, as Electron requires: the page's own origin, app://wengao.
protocol.registerSchemesAsPrivileged([appScheme]);

// The same per-user folder the CLI and web mode use, so all three open one library by default.
app.setPath('userData', userDataDir());
hardenApp(app, isOwnPage);

let librarySession: LibrarySession | undefined;

function start(): void {
  hardenSession(session.defaultSession, devServerUrl);
  registerAppProtocol(protocol, rendererDir);
  try {
    const options = {
      integrity: 'fast' as const,
      busyTimeoutMs: LOCK_WAIT.blockingMs,
      nativeBinding: sqliteBinding(),
    };
    librarySession = openLibrarySession(join(app.getPath('userData'), LIBRARY_FILE_NAME), options);
  } catch (error) {
    const message = userFacing(error)?.message ?? String(error);
    dialog.showErrorBox(`${WINDOW_TITLE}：素材库无法打开`, message);
    app.exit(1);
    return;
  }
  const exports = {
    ...desktopExports(dialog, () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]),
    // The page may not read the clipboard itself (every permission is denied); 粘贴 in the context menu asks here.
    readClipboardText: () => clipboard.readText(),
  };
  registerIpc(ipcMain, createHandlers(librarySession, exports), (event) => isOwnPage(event.senderFrame?.url ?? ''));
  librarySession.start();
  createMainWindow(BrowserWindow, ipcMain, {
    preload: join(import.meta.dirname, '../preload/index.cjs'),
    pageUrl: devServerUrl ?? APP_ENTRY,
  });
}

const sqliteBinding = () =>
  electronSqliteBinding({ isPackaged: app.isPackaged, appPath: app.getAppPath(), resourcesPath: process.resourcesPath });
const cliArgs = cliArguments(process.argv);

if (cliArgs) {
  // A terminal command, not a second window: no single-instance lock, no window.
  void runCliInApp(app, cliArgs, { cliEntry: cliEntryBeside(import.meta.dirname), sqliteBinding: sqliteBinding() });
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => BrowserWindow.getAllWindows()[0]?.focus());
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox(WINDOW_TITLE, String(error));
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => librarySession?.close());
}
