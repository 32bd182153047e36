import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createContext, useCallback, useContext, type ReactNode } from 'react';

/**
 * Puts the focus back in the page at the caret the editor kept (its end when it had none). It acts
 * only while the focus is nowhere (a dialog has just closed) or still inside `from` (the sidebar
 * the user pressed Esc in): if the user has gone on to another control meanwhile, that one keeps it.
 */
type FocusEditor = (from?: Element | null) => void;

const EditorFocusContext = createContext<FocusEditor>(() => undefined);

export function useFocusEditor(): FocusEditor {
  return useContext(EditorFocusContext);
}

/**
 * Where the keyboard goes home to: closing a dialog, the find bar or quick insert, and Esc in the
 * sidebar, return to the editor at its caret, never to `<body>` where the next characters are lost.
 */
export function EditorFocusProvider({ children }: { children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const focus = useCallback<FocusEditor>((from) => {
    // After the closing dialog's or the key's own work is done.
    setTimeout(() => {
      const root = editor.getRootElement();
      const active = document.activeElement;
      const nowhere = active === null || active === document.body || !active.isConnected;
      if (!root || !(nowhere || from?.contains(active))) return;
      try {
        editor.focus(undefined, { defaultSelection: 'rootEnd' });
      } catch (error) {
        console.error('[wengao] focus', error);
      }
      // An empty page has no caret for Lexical to restore, and then it does not focus at all.
      if (!root.contains(document.activeElement)) root.focus({ preventScroll: true });
    }, 0);
  }, [editor]);
  return <EditorFocusContext.Provider value={focus}>{children}</EditorFocusContext.Provider>;
}
