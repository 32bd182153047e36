import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useState } from 'react';

const SETTLE_MS = 200;

/**
 * A value read from the draft after typing pauses: panels (outline, fields) never walk the whole
 * document on every keystroke.
 */
export function useDocumentSnapshot<T>(read: () => T, initial: T): T {
  const [editor] = useLexicalComposerContext();
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = () => setValue(editor.getEditorState().read(read));
    const first = setTimeout(refresh, 0);
    const unregister = editor.registerUpdateListener(() => {
      clearTimeout(timer);
      timer = setTimeout(refresh, SETTLE_MS);
    });
    return () => {
      clearTimeout(first);
      clearTimeout(timer);
      unregister();
    };
    // `read` is a module-level function for each panel.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor]);
  return value;
}
