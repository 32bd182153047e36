import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $copyBlockFormatIndent, $setBlocksType } from '@lexical/selection';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_LOW,
  KEY_DOWN_COMMAND,
  $setState,
  type ElementNode,
} from 'lexical';
import { useEffect } from 'react';
import type { HeadingLevel } from '../../../../shared/ipc/library';
import { $createReportHeadingNode } from '../../nodes/ReportHeadingNode';
import { $isTitleNode } from '../../nodes/TitleNode';
import { roleOrigin } from '../roles/roles';
import { SET_BLOCK_LEVEL_COMMAND } from './commands';

function $setBlockLevel(level: 0 | HeadingLevel): boolean {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return false;
  $setBlocksType(
    selection,
    (): ElementNode => (level === 0 ? $createParagraphNode() : $createReportHeadingNode(level)),
    (from, to) => {
      $copyBlockFormatIndent(from, to);
      // A title the user made body text stays body text: recognition leaves it alone.
      if ($isTitleNode(from)) $setState(to, roleOrigin, 'manual');
    },
  );
  return true;
}

/** Ctrl+Alt+0…4; ignored while an IME is composing so Chinese input is never interrupted. */
function levelFromShortcut(event: KeyboardEvent): 0 | HeadingLevel | null {
  if (!event.ctrlKey || !event.altKey || event.shiftKey || event.metaKey || event.isComposing) return null;
  const digit = /^Digit([0-4])$/.exec(event.code)?.[1];
  return digit === undefined ? null : (Number(digit) as 0 | HeadingLevel);
}

export function BlockLevelPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(SET_BLOCK_LEVEL_COMMAND, $setBlockLevel, COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            const level = levelFromShortcut(event);
            if (level === null) return false;
            event.preventDefault();
            return $setBlockLevel(level);
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );
  return null;
}
