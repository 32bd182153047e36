import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Text committed without a keystroke of its own (some input methods, voice input, handwriting, the
 * CDP `Input.insertText` of tests) must land at the caret. Lexical 0.52 remembers the last key
 * pressed and, when it was Enter or Tab, treats any later multi-character insertion as a mobile
 * autocorrect "acceptance" and moves the caret past the block's end: after Enter at the end of a
 * heading, the next committed text would start the following heading. The key is only meaningful
 * while it is held, so it is forgotten when the key goes up.
 */
export function CommittedTextPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const forget = () => {
      editor._inputState.lastKeyCode = null;
    };
    return editor.registerRootListener((root, previous) => {
      previous?.removeEventListener('keyup', forget);
      root?.addEventListener('keyup', forget);
    });
  }, [editor]);
  return null;
}
