import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { countWords } from '../../../../shared/model/wordCount';

const SETTLE_MS = 150;

/** Reports the draft's word count once typing pauses, never on every keystroke. */
export function WordCountPlugin({ onCount }: { onCount: (count: number) => void }): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerTextContentListener((text) => {
      clearTimeout(timer);
      timer = setTimeout(() => onCount(countWords(text)), SETTLE_MS);
    });
    onCount(countWords(editor.getEditorState().read(() => $getRoot().getTextContent())));
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor, onCount]);
  return null;
}
