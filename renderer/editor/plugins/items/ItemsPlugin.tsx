import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';
import { $renumberItems } from '../../items';

/** Renumbers the 一是/二是 items of the caret's section after the user has reordered them. */
export const RENUMBER_ITEMS_COMMAND: LexicalCommand<void> = createCommand('RENUMBER_ITEMS');

export function ItemsPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(RENUMBER_ITEMS_COMMAND, $renumberItems, COMMAND_PRIORITY_EDITOR), [editor]);
  return null;
}
