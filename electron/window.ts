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
  if (options.devServerUrl) void window.loadURL(options.devServerUrl);
  else void window.loadFile(options.rendererFile);
  return window;
}
