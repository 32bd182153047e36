import type { BrowserWindow as BrowserWindowClass, IpcMain, WebContents } from 'electron';
import { answerChannel, type PageRequest } from '../shared/ipc/contract';
import { secureWebPreferences } from './security';

export interface WindowOptions {
  preload: string;
  /** The page: app://wengao/index.html, or the dev server while developing. */
  pageUrl: string;
  icon?: string;
}

export const WINDOW_TITLE = '文稿助手';

export function createMainWindow(
  BrowserWindow: typeof BrowserWindowClass,
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
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
  saveDraftBeforeClosing(window, ipcMain);
  void window.loadURL(options.pageUrl);
  return window;
}

/** How long closing waits for the draft to be saved. */
export const CLOSE_SAVE_TIMEOUT_MS = 3000;

let nextRequestId = 1;

/** Sends a request of the contract to the page and resolves when it answers, or after `timeoutMs`. */
export function askPage(
  contents: Pick<WebContents, 'send'>,
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>,
  request: PageRequest,
  timeoutMs: number,
): Promise<'answered' | 'timed-out'> {
  const id = nextRequestId++;
  const channel = answerChannel(request);
  return new Promise((resolve) => {
    const finish = (outcome: 'answered' | 'timed-out') => {
      clearTimeout(timer);
      ipcMain.removeListener(channel, onAnswer);
      resolve(outcome);
    };
    const onAnswer = (_event: unknown, answered: unknown) => {
      if (answered === id) finish('answered');
    };
    const timer = setTimeout(() => finish('timed-out'), timeoutMs);
    ipcMain.on(channel, onAnswer);
    contents.send(request, id);
  });
}

/**
 * Closing the window first asks the page to save the open draft (`drafts:flush` of the contract),
 * then closes; a page that does not answer in time does not keep it open.
 */
export function saveDraftBeforeClosing(window: BrowserWindowClass, ipcMain: Pick<IpcMain, 'on' | 'removeListener'>): void {
  let saved = false;
  window.on('close', (event) => {
    if (saved) return;
    event.preventDefault();
    void askPage(window.webContents, ipcMain, 'drafts:flush', CLOSE_SAVE_TIMEOUT_MS).finally(() => {
      saved = true;
      window.close();
    });
  });
}
