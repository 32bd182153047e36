import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_EDITOR, createCommand, type LexicalCommand } from 'lexical';
import { useEffect } from 'react';
import { $isReportHeadingNode } from '../../nodes/ReportHeadingNode';

/** Switches the caret's level-2, 3 or 4 heading between standing alone and run-in. */
export const TOGGLE_RUN_IN_COMMAND: LexicalCommand<void> = createCommand('TOGGLE_RUN_IN');

export function $toggleRunIn(): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  const block = selection.anchor.getNode().getTopLevelElement();
  if (!$isReportHeadingNode(block) || block.getLevel() === 1) return false;
  block.setRunIn(!block.isRunIn());
  return true;
}

export function RunInPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.registerCommand(TOGGLE_RUN_IN_COMMAND, $toggleRunIn, COMMAND_PRIORITY_EDITOR), [editor]);
  return null;
}
