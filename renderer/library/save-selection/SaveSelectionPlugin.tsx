import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { SAVE_SELECTION_COMMAND } from '../../editor/plugins/save-selection/commands';
import { useEffect, useState } from 'react';
import { SaveToLibraryDialog } from './SaveToLibraryDialog';
import { selectedText } from '../../editor/plugins/save-selection/selectedText';
import { editorStrings } from '../../editor/strings';


/**
 * “Save selection to library”: Ctrl+Shift+S or the editor's context menu opens a dialog that asks
 * for the part and tags. Ignored while an IME is composing.
 */
export function SaveSelectionPlugin({ onSaved }: { onSaved: (message: string) => void }) {
  const [editor] = useLexicalComposerContext();
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    const open = () => {
      const selected = selectedText(editor);
      if (selected) setText(selected);
      return true;
    };
    return mergeRegister(
      editor.registerCommand(SAVE_SELECTION_COMMAND, open, COMMAND_PRIORITY_EDITOR),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (event.isComposing || !(event.ctrlKey || event.metaKey) || !event.shiftKey || event.code !== 'KeyS') return false;
          event.preventDefault();
          return open();
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [editor]);

  return (
    <SaveToLibraryDialog
      text={text}
      onClose={() => setText(null)}
      onSaved={() => {
        setText(null);
        onSaved(editorStrings.saveSelection.saved);
      }}
    />
  );
}
