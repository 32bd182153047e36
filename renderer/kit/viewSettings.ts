/**
 * How the user likes to see the page, kept in the window's own storage (a view preference, not part of
 * any draft or of the library). Storage that is unavailable simply means the default.
 */
const PAGE_VIEW_KEY = 'wengao.pageView';

export function loadPageView(): boolean {
  try {
    return globalThis.localStorage?.getItem(PAGE_VIEW_KEY) !== 'off';
  } catch {
    return true;
  }
}

export function savePageView(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(PAGE_VIEW_KEY, on ? 'on' : 'off');
  } catch {
    // Not kept for next time; this session still follows the choice.
  }
}
