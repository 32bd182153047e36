import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, useState } from 'react';
import { SaveToLibraryDialog } from './SaveToLibraryDialog';
import { editorStrings } from '../../strings';

/**
 * The selected text: the browser's selection when it lies in the editor (it is always current),
 * otherwise the editor's own.
 */
export function selectedText(editor: ReturnType<typeof useLexicalComposerContext>[0]): string {
  const root = editor.getRootElement();
  const dom = window.getSelection();
  if (root && dom && dom.rangeCount > 0 && root.contains(dom.anchorNode) && root.contains(dom.focusNode)) {
    const text = dom.toString().trim();
    if (text) return text;
  }
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? selection.getTextContent().trim() : '';
  });
}

/**
 * “Save selection to library”: Ctrl+Shift+S or the editor's context menu opens a dialog that asks
 * for the part and tags. Ignored while an IME is composing.
 */
export function SaveSelectionPlugin({ onSaved }: { onSaved: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const [text, setText] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.isComposing || !(event.ctrlKey || event.metaKey) || !event.shiftKey || event.code !== 'KeyS') return false;
          event.preventDefault();
          const selected = selectedText(editor);
          if (selected) setText(selected);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onContextMenu = (event: MouseEvent) => {
      if (!selectedText(editor)) return;
      event.preventDefault();
      setMenu({ x: event.clientX, y: event.clientY });
    };
    const close = () => setMenu(null);
    root.addEventListener('contextmenu', onContextMenu);
    window.addEventListener('click', close);
    return () => {
      root.removeEventListener('contextmenu', onContextMenu);
      window.removeEventListener('click', close);
    };
  }, [editor]);

  return (
    <>
      {menu && (
        <div className="floating-panel context-menu" role="menu" style={{ left: menu.x, top: menu.y }}>
          <button
            type="button"
            role="menuitem"
            onClick={() => {
              setText(selectedText(editor));
              setMenu(null);
            }}
          >
            {editorStrings.saveSelection.menu}
          </button>
        </div>
      )}
      <SaveToLibraryDialog
        text={text}
        onClose={() => setText(null)}
        onSaved={() => {
          setText(null);
          onSaved(editorStrings.saveSelection.saved);
        }}
      />
    </>
  );
}
