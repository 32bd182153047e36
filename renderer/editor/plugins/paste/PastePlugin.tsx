import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getSelection, $isParagraphNode, $isRangeSelection, COMMAND_PRIORITY_LOW, PASTE_COMMAND, type LexicalNode } from 'lexical';
import { useEffect } from 'react';
import { parseReportText } from '../../../../shared/genre/report';
import { $blocksFromReport, $textWithFields } from '../../blocks';

/**
 * Paste from Word, WPS or a web page arrives as report structure, never as foreign styles: the
 * plain text is read with the import parser (site noise removed, headings, placeholders as fields).
 * A single line is inserted at the caret.
 */
export function PastePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const text = event instanceof ClipboardEvent ? event.clipboardData?.getData('text/plain') : undefined;
          if (!text) return false;
          event.preventDefault();
          editor.update(() => {
            const selection = $getSelection();
            if (!$isRangeSelection(selection)) return;
            const lines = text.split(/\r\n?|\n/).filter((l) => l.trim() !== '');
            if (lines.length <= 1) {
              selection.insertNodes($textWithFields(text.replace(/[\r\n]+/g, '')));
              return;
            }
            const blocks = $blocksFromReport(parseReportText(text));
            if (!selection.isCollapsed()) selection.removeText();
            const anchor = selection.anchor.getNode().getTopLevelElementOrThrow();
            let previous: LexicalNode = anchor;
            for (const block of blocks) {
              previous.insertAfter(block);
              previous = block;
            }
            if ($isParagraphNode(anchor) && anchor.getTextContentSize() === 0) anchor.remove();
            previous.selectEnd();
          });
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor],
  );
  return null;
}
