import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_LOW,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { parseReportText } from '../../../../shared/genre/report';
import { useNotify, type Notify } from '../../../kit/notices';
import { $blocksFromReport, $textWithFields } from '../../blocks';
import { editorStrings } from '../../strings';
import { $insertBlocksAtSelection } from './insertBlocks';

/**
 * Puts the pasted text back with everything the cleaner removed, in place of what the paste inserted.
 * Every update here is tagged a paste: one undo step of its own, never folded into the typing before it.
 */
function restoreNoise(editor: LexicalEditor, text: string, keys: readonly string[]): void {
  editor.update(() => {
    const alive = keys.map((key) => $getNodeByKey(key)).filter((node): node is LexicalNode => node !== null);
    const first = alive[0];
    if (!first) return;
    const full = $blocksFromReport(parseReportText(text, { keepNoise: true }));
    for (const block of full) first.insertBefore(block);
    alive.forEach((node) => node.remove());
    full.at(-1)?.selectEnd();
  }, { tag: PASTE_TAG });
  editor.focus();
}

/**
 * Paste from Word, WPS or a web page arrives as report structure, never as foreign styles: the
 * plain text is read with the import parser (headings, placeholders as fields). A single line is
 * inserted at the caret. Whatever the cleaner removes is announced and can be restored.
 */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  const notify = useNotify();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const text = event instanceof ClipboardEvent ? event.clipboardData?.getData('text/plain') : undefined;
          if (!text) return false;
          event.preventDefault();
          pasteReportText(editor, text, notify);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, notify],
  );
  return null;
}

/** Pastes `text` at the selection as report blocks; also used by the context menu's 粘贴. */
export function pasteReportText(editor: LexicalEditor, text: string, notify: Notify): void {
  const lines = text.split(/\r\n?|\n/).filter((l) => l.trim() !== '');
  const report = lines.length > 1 ? parseReportText(text) : null;
  let keys: string[] = [];
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (!report) {
      selection.insertNodes($textWithFields(text.replace(/[\r\n]+/g, '')));
      return;
    }
    const blocks = $blocksFromReport(report);
    $insertBlocksAtSelection(selection, blocks);
    keys = blocks.map((block) => block.getKey());
  }, { tag: PASTE_TAG });
  const removed = report?.removed.map((r) => r.reason) ?? [];
  if (removed.length > 0) {
    notify(editorStrings.paste.removed(removed), { label: editorStrings.paste.restore, run: () => restoreNoise(editor, text, keys) });
  }
}
