import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { createContext, useCallback, useContext, type ReactNode } from 'react';

const EditorFocusContext = createContext<() => void>(() => undefined);

/** Puts the focus back in the page at the caret the editor kept (its end when it had none). */
export function useFocusEditor(): () => void {
  return useContext(EditorFocusContext);
}

/**
 * Where the keyboard goes home to: closing a dialog, the find bar or quick insert, and Esc in the
 * sidebar, return to the editor at its caret, never to `<body>` where the next characters are lost.
 */
export function EditorFocusProvider({ children }: { children: ReactNode }) {
  const [editor] = useLexicalComposerContext();
  const focus = useCallback(() => {
    if (editor.getRootElement()?.contains(document.activeElement)) return;
    editor.focus(undefined, { defaultSelection: 'rootEnd' });
  }, [editor]);
  return <EditorFocusContext.Provider value={focus}>{children}</EditorFocusContext.Provider>;
}
