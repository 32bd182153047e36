import type { BrowserWindow as BrowserWindowClass } from 'electron';
import { secureWebPreferences } from './security';

export interface WindowOptions {
  preload: string;
  rendererFile: string;
  devServerUrl?: string;
  icon?: string;
}

export const WINDOW_TITLE = '文稿助手';

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowClass,
  options: WindowOptions,
): BrowserWindowClass {
  const window = new BrowserWindow({
    width: 1360,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    title: WINDOW_TITLE,
    show: false,
    backgroundColor: '#eef0f3',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: secureWebPreferences(options.preload),
  });
  window.once('ready-to-show', () => window.show());
  saveDraftBeforeClosing(window);
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(options.rendererFile);
  return window;
}

/** How long closing waits for the draft to be saved. */
export const CLOSE_SAVE_TIMEOUT_MS = 3000;

/**
 * Closing the window first asks the page to save the open draft (the page registers
 * `wengaoFlushDraft`), then closes; a page that does not answer in time does not keep it open.
 */
export function saveDraftBeforeClosing(window: BrowserWindowClass): void {
  let saved = false;
  window.on('close', (event) => {
    if (saved) return;
    event.preventDefault();
    const flush = window.webContents.executeJavaScript('globalThis.wengaoFlushDraft ? globalThis.wengaoFlushDraft() : null', true);
    const timeout = new Promise((resolve) => setTimeout(resolve, CLOSE_SAVE_TIMEOUT_MS));
    void Promise.race([flush, timeout])
      .catch(() => undefined)
      .finally(() => {
        saved = true;
        window.close();
      });
  });
}
