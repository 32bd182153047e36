import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createRangeSelectionFromDom,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_CRITICAL,
  KEY_DOWN_COMMAND,
} from 'lexical';
import { useEffect } from 'react';

/** Keys that edit at the caret through Lexical's own selection rather than the browser's. */
const EDITING_KEYS = new Set(['Enter', 'Backspace', 'Delete', 'Tab']);

/**
 * Keys and committed text act where the browser's caret is:
 * - Text committed without a keystroke of its own (some input methods, voice input, handwriting,
 *   the CDP `Input.insertText` of tests) must land at the caret. Lexical 0.52 remembers the last key
 *   pressed and, when it was Enter or Tab, treats any later multi-character insertion as a mobile
 *   autocorrect "acceptance" and moves the caret past the block's end: after Enter at the end of a
 *   heading the next committed text would start the following heading. The key only means that
 *   while it is held, so it is forgotten when the key goes up.
 * - Lexical learns of a caret moved by the browser (Ctrl+End, arrows, a click) from the
 *   `selectionchange` event, which comes a task later: an Enter pressed quickly after Ctrl+End
 *   would split the paragraph the caret left. Before an editing key, the caret is read again.
 */
export function CaretSyncPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const forget = () => {
      editor._inputState.lastKeyCode = null;
    };
    const unregisterRoot = editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keyup', forget);
      root?.addEventListener('keyup', forget);
    });
    const unregisterKey = editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        if (!EDITING_KEYS.has(event.key) || event.isComposing) return false;
        const dom = window.getSelection();
        const root = editor.getRootElement();
        if (!dom || !root || !root.contains(dom.anchorNode)) return false;
        const fromDom = $createRangeSelectionFromDom(dom, editor);
        const current = $getSelection();
        if (fromDom && $isRangeSelection(current) && !fromDom.is(current)) $setSelection(fromDom);
        return false;
      },
      COMMAND_PRIORITY_CRITICAL,
    );
    return () => {
      unregisterRoot();
      unregisterKey();
    };
  }, [editor]);
  return null;
}
