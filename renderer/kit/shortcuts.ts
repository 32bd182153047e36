import { useEffect, useRef } from 'react';

/**
 * Every keyboard shortcut of the app, in one table (the 快捷键 help, Ctrl+/, lists it). Shortcuts
 * marked `app` are dispatched by the one window listener below to whoever registered them with
 * `useShortcut`; the others are the editor's own keys, listed here so the help is complete.
 */
export type ShortcutId =
  | 'newReport'
  | 'save'
  | 'import'
  | 'open'
  | 'export'
  | 'print'
  | 'quickInsert'
  | 'find'
  | 'replace'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'toggleSidebar'
  | 'help'
  | 'cycleFocus'
  | 'cycleFocusBack'
  | 'saveSelection'
  | 'wordCount'
  | 'pageView';

interface Keys {
  key: string;
  ctrl?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export interface Shortcut {
  label: string;
  /** As printed in the help and in tooltips. */
  keys: string;
  group: ShortcutGroup;
  /** Dispatched by the app's window listener; absent for keys the editor handles itself. */
  app?: Keys | readonly Keys[];
}

export type ShortcutGroup = '文稿' | '插入' | '编辑' | '查看';

export const shortcuts: Record<ShortcutId, Shortcut> = {
  newReport: { label: '新建文稿', keys: 'Ctrl+N', group: '文稿', app: { key: 'n', ctrl: true } },
  save: { label: '立即保存文稿', keys: 'Ctrl+S', group: '文稿', app: { key: 's', ctrl: true } },
  import: { label: '导入报告到素材库', keys: 'Ctrl+O', group: '文稿', app: { key: 'o', ctrl: true } },
  open: { label: '打开 Word 或文本文件为新文稿', keys: 'Ctrl+Shift+O', group: '文稿', app: { key: 'o', ctrl: true, shift: true } },
  export: { label: '导出', keys: 'Ctrl+E', group: '文稿', app: { key: 'e', ctrl: true } },
  print: { label: '打印', keys: 'Ctrl+P', group: '文稿', app: { key: 'p', ctrl: true } },
  quickInsert: { label: '快速插入骨架、短语、段落', keys: 'Ctrl+K', group: '插入', app: { key: 'k', ctrl: true } },
  saveSelection: { label: '选中文字保存到段落库', keys: 'Ctrl+Shift+S', group: '插入' },
  find: { label: '查找', keys: 'Ctrl+F', group: '编辑', app: { key: 'f', ctrl: true } },
  replace: { label: '替换', keys: 'Ctrl+H', group: '编辑', app: { key: 'h', ctrl: true } },
  zoomIn: { label: '放大', keys: 'Ctrl+=', group: '查看', app: [{ key: '=', ctrl: true }, { key: '+', ctrl: true }, { key: '+', ctrl: true, shift: true }] },
  zoomOut: { label: '缩小', keys: 'Ctrl+-', group: '查看', app: { key: '-', ctrl: true } },
  zoomReset: { label: '恢复 100%', keys: 'Ctrl+0', group: '查看', app: { key: '0', ctrl: true } },
  toggleSidebar: { label: '显示或隐藏左侧栏', keys: 'Ctrl+\\', group: '查看', app: { key: '\\', ctrl: true } },
  pageView: { label: '显示或隐藏分页线', keys: 'Ctrl+Shift+L', group: '查看', app: { key: 'l', ctrl: true, shift: true } },
  wordCount: { label: '字数统计', keys: 'Ctrl+Shift+G', group: '查看', app: { key: 'g', ctrl: true, shift: true } },
  help: { label: '快捷键一览', keys: 'Ctrl+/', group: '查看', app: { key: '/', ctrl: true } },
  cycleFocus: { label: '在工具栏、左侧栏、正文之间切换', keys: 'F6', group: '查看', app: { key: 'F6' } },
  cycleFocusBack: { label: '反向切换', keys: 'Shift+F6', group: '查看', app: { key: 'F6', shift: true } },
};

/** The editor's own keys, for the help only. */
export const editorKeys: readonly { label: string; keys: string; group: ShortcutGroup }[] = [
  { label: '撤销 / 重做', keys: 'Ctrl+Z / Ctrl+Y', group: '编辑' },
  { label: '下一处 / 上一处待填写', keys: 'Tab / Shift+Tab', group: '编辑' },
  { label: '正文', keys: 'Ctrl+Alt+0', group: '编辑' },
  { label: '一至四级标题', keys: 'Ctrl+Alt+1 … 4', group: '编辑' },
  { label: '在左侧栏中回到正文', keys: 'Esc', group: '查看' },
];

export const shortcutTitle = (label: string, id: ShortcutId) => `${label}（${shortcuts[id].keys}）`;

const matches = (keys: Keys, event: KeyboardEvent) =>
  event.key.toLowerCase() === keys.key.toLowerCase() &&
  (event.ctrlKey || event.metaKey) === (keys.ctrl ?? false) &&
  event.shiftKey === (keys.shift ?? false) &&
  event.altKey === (keys.alt ?? false);

export function shortcutOf(event: KeyboardEvent): ShortcutId | null {
  if (event.isComposing) return null;
  for (const [id, shortcut] of Object.entries(shortcuts) as [ShortcutId, Shortcut][]) {
    const all = shortcut.app ? ([] as Keys[]).concat(shortcut.app) : [];
    if (all.some((keys) => matches(keys, event))) return id;
  }
  return null;
}

const handlers = new Map<ShortcutId, (() => void)[]>();
let listening = false;

function onKeyDown(event: KeyboardEvent): void {
  const id = shortcutOf(event);
  const handler = id ? handlers.get(id)?.at(-1) : undefined;
  if (!handler) return;
  event.preventDefault();
  handler();
}

/** Runs `handler` on the shortcut; the latest registration wins while it is mounted. */
export function useShortcut(id: ShortcutId, handler: () => void): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!listening) {
      window.addEventListener('keydown', onKeyDown);
      listening = true;
    }
    const run = () => latest.current();
    handlers.set(id, [...(handlers.get(id) ?? []), run]);
    return () => {
      handlers.set(id, (handlers.get(id) ?? []).filter((h) => h !== run));
    };
  }, [id]);
}
