import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_LOW, KEY_TAB_COMMAND, TextNode } from 'lexical';
import { useEffect } from 'react';
import { FieldNode } from '../../nodes/FieldNode';
import { $toPlainText } from '../../nodes/StandaloneTextNode';
import { useNotify } from '../../../kit/notices';
import { editorStrings } from '../../strings';
import { $allFields, $neighbourField, $selectField } from './fieldNavigation';
import { $fieldsInDocument, $fieldsInText } from './typedPlaceholders';

/**
 * Fill-in fields: Tab and Shift+Tab jump to the next and previous field anywhere in the draft and
 * select it, so typing replaces it; a field whose text has changed becomes ordinary text, and a
 * placeholder the user types becomes a field.
 */
export function FieldPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const notify = useNotify();
  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(FieldNode, (field) => {
          if (field.getTextContent() !== field.getPlaceholder()) $toPlainText(field);
        }),
        editor.registerNodeTransform(TextNode, (node) => {
          if (!editor.isComposing()) $fieldsInText(node);
        }),
        editor.registerCommand(
          KEY_TAB_COMMAND,
          (event) => {
            if (event.isComposing) return false;
            $fieldsInDocument();
            const field = $neighbourField(event.shiftKey ? 'previous' : 'next');
            // A draft without fields: Tab leaves the page as it does anywhere else.
            if (!field && $allFields().length === 0) return false;
            event.preventDefault();
            if (field) $selectField(field);
            else notify(event.shiftKey ? editorStrings.fields.noneBefore : editorStrings.fields.noneAfter);
            return true;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor, notify],
  );
  return null;
}
