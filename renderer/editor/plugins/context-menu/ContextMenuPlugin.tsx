import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createParagraphNode, $createTextNode, $getSelection, $isRangeSelection, PASTE_TAG, type LexicalEditor } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useBridge } from '../../../kit/BridgeContext';
import { useNotify } from '../../../kit/notices';
import { editorStrings } from '../../strings';
import { pasteReportText } from '../paste/PastePlugin';
import { $insertBlocksAtSelection } from '../paste/insertBlocks';
import { ROLES, SET_BLOCK_ROLE_COMMAND, type Role } from '../roles/roles';
import { SAVE_SELECTION_COMMAND } from '../save-selection/commands';
import { selectedText } from '../save-selection/selectedText';

const t = editorStrings.contextMenu;

/** Plain text as it is: one paragraph a line, no headings, fields or cleaning. */
function pastePlain(editor: LexicalEditor, text: string): void {
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    const lines = text.split(/\r\n?|\n/u);
    if (lines.length <= 1) selection.insertText(text);
    else $insertBlocksAtSelection(selection, lines.map((line) => $createParagraphNode().append($createTextNode(line))));
  }, { tag: PASTE_TAG });
}

/**
 * The editor's right-click menu, as in Word and WPS: 剪切, 复制, 粘贴, 粘贴为纯文本, the paragraph's
 * role, then 保存到段落库. The menu keeps the focus and the selection in the page.
 */
export function ContextMenuPlugin() {
  const [editor] = useLexicalComposerContext();
  const bridge = useBridge();
  const notify = useNotify();
  const [menu, setMenu] = useState<{ x: number; y: number; selected: boolean } | null>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onContextMenu = (event: MouseEvent) => {
      event.preventDefault();
      setMenu({ x: event.clientX, y: event.clientY, selected: selectedText(editor) !== '' });
    };
    const close = () => setMenu(null);
    root.addEventListener('contextmenu', onContextMenu);
    window.addEventListener('click', close);
    window.addEventListener('blur', close);
    return () => {
      root.removeEventListener('contextmenu', onContextMenu);
      window.removeEventListener('click', close);
      window.removeEventListener('blur', close);
    };
  }, [editor]);

  // Kept inside the window: a menu opened near the bottom or the right edge opens up or leftwards.
  const panel = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = panel.current;
    if (!menu || !element) return;
    const { width, height } = element.getBoundingClientRect();
    element.style.left = `${Math.max(4, Math.min(menu.x, window.innerWidth - width - 4))}px`;
    element.style.top = `${Math.max(4, Math.min(menu.y, window.innerHeight - height - 4))}px`;
    first.current?.focus({ preventScroll: true });
  }, [menu]);

  const readClipboard = async (): Promise<string | null> => {
    try {
      return await navigator.clipboard.readText();
    } catch {
      const result = await bridge['drafts:readClipboard']({});
      if (result.ok) return result.value;
      notify(t.pasteBlocked);
      return null;
    }
  };

  const run = (action: () => void | Promise<void>) => {
    setMenu(null);
    editor.focus();
    void action();
  };

  if (!menu) return null;
  const items: { label: string; hint?: string; disabled?: boolean; action: () => void | Promise<void> }[] = [
    { label: t.cut, hint: 'Ctrl+X', disabled: !menu.selected, action: () => void document.execCommand('cut') },
    { label: t.copy, hint: 'Ctrl+C', disabled: !menu.selected, action: () => void document.execCommand('copy') },
    { label: t.paste, hint: 'Ctrl+V', action: async () => {
      const text = await readClipboard();
      if (text) pasteReportText(editor, text, notify);
    } },
    { label: t.pastePlain, action: async () => {
      const text = await readClipboard();
      if (text) pastePlain(editor, text);
    } },
  ];
  const roleItems = (['body', ...ROLES] as const).map((role: Role | 'body') => ({
    label: t.setRole(editorStrings.roles.names[role]),
    action: () => void editor.dispatchCommand(SET_BLOCK_ROLE_COMMAND, role),
  }));
  const save = { label: editorStrings.saveSelection.menu, hint: 'Ctrl+Shift+S', disabled: !menu.selected, action: () => void editor.dispatchCommand(SAVE_SELECTION_COMMAND, undefined) };
  const button = (item: { label: string; hint?: string; disabled?: boolean; action: () => void | Promise<void> }, i: number) => (
    <button
      key={item.label}
      ref={i === 0 ? first : undefined}
      type="button"
      role="menuitem"
      disabled={item.disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => run(item.action)}
    >
      <span>{item.label}</span>
      {item.hint && <span className="menu-hint">{item.hint}</span>}
    </button>
  );
  return (
    <div
      ref={panel}
      className="floating-panel context-menu"
      role="menu"
      aria-label={t.label}
      style={{ left: menu.x, top: menu.y }}
      onKeyDown={(e) => {
        const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
        const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
        if (e.key === 'Escape') {
          e.preventDefault();
          setMenu(null);
          editor.focus();
        } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          buttons[(at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]?.focus();
        }
      }}
    >
      {items.map(button)}
      <hr />
      {roleItems.map((item, i) => button(item, items.length + i))}
      <hr />
      {button(save, 99)}
    </div>
  );
}
