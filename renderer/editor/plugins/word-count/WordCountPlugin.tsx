import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { countWords } from '../../../../shared/model/wordCount';

const SETTLE_MS = 150;

/** Reports the draft's word count once typing pauses; it never walks the draft on every keystroke. */
export function WordCountPlugin({ onCount }: { onCount: (count: number) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => onCount(countWords(editor.getEditorState().read(() => $getRoot().getTextContent())));
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(count, SETTLE_MS);
    });
    count();
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, onCount]);
  return null;
}
