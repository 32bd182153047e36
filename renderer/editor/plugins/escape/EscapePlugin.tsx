import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_LOW, KEY_ESCAPE_COMMAND } from 'lexical';
import { useEffect } from 'react';

/**
 * Esc in the page keeps the focus in the page, as in Word: Lexical's rich text would blur the
 * editor, and whatever the user types next would go nowhere. Esc still closes what is open over
 * the page (menus, the find bar), which handle it before it reaches the editor.
 */
export function EscapePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(KEY_ESCAPE_COMMAND, () => true, COMMAND_PRIORITY_LOW), [editor]);
  return null;
}
