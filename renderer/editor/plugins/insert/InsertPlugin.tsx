import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $createRangeSelectionFromDom,
  $getEditor,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  $onUpdate,
  COMMAND_PRIORITY_EDITOR,
  type LexicalEditor,
  type LexicalNode,
  type RangeSelection,
} from 'lexical';
import { useEffect } from 'react';
import type { SkeletonHeading } from '../../../../shared/ipc/library';
import { $paragraphWithFields, $textWithFields } from '../../blocks';
import { $createReportHeadingNode } from '../../nodes/ReportHeadingNode';
import { INSERT_PARAGRAPH_COMMAND, INSERT_PHRASE_COMMAND, INSERT_SKELETON_COMMAND, REMEMBER_CARET_COMMAND } from './commands';

const remembered = new WeakMap<LexicalEditor, RangeSelection>();

/**
 * The remembered caret (once), else the caret's selection, else the end of the document. Every
 * insertion ends with the focus back in the editor, after the inserted text: the user goes on
 * typing where the insertion ended, wherever the click that asked for it was.
 */
function $caret(): RangeSelection {
  const editor = $getEditor();
  $onUpdate(() => editor.getRootElement()?.focus({ preventScroll: true }));
  const saved = remembered.get(editor);
  remembered.delete(editor);
  if (saved && $getNodeByKey(saved.anchor.key) && $getNodeByKey(saved.focus.key)) {
    $setSelection(saved);
    return saved;
  }
  // The browser's caret, when it is in the editor, is newer than Lexical's: Lexical learns of a caret
  // moved by the keyboard from `selectionchange`, a task later, and a click can come first.
  const dom = window.getSelection();
  const element = editor.getRootElement();
  if (element && dom && dom.rangeCount > 0 && element.contains(dom.anchorNode)) {
    const fresh = $createRangeSelectionFromDom(dom, editor);
    if (fresh) {
      $setSelection(fresh);
      return fresh;
    }
  }
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return selection;
  const root = $getRoot();
  if (root.getChildrenSize() === 0) root.append($createParagraphNode());
  return root.selectEnd();
}

function $insertPhrase(text: string): boolean {
  $caret().insertText(text);
  return true;
}


function $insertSkeleton(headings: readonly SkeletonHeading[]): boolean {
  const anchorBlock = $caret().anchor.getNode().getTopLevelElementOrThrow();
  const blocks: LexicalNode[] = headings.map((heading) =>
    $createReportHeadingNode(heading.level).append(...$textWithFields(heading.text)),
  );
  const trailing = $createParagraphNode();
  blocks.push(trailing);

  const replaceEmpty = $isParagraphNode(anchorBlock) && anchorBlock.getTextContentSize() === 0;
  let previous: LexicalNode = anchorBlock;
  for (const block of blocks) {
    previous.insertAfter(block);
    previous = block;
  }
  if (replaceEmpty) anchorBlock.remove();
  trailing.select();
  return true;
}

function $insertParagraph(text: string): boolean {
  const anchorBlock = $caret().anchor.getNode().getTopLevelElementOrThrow();
  const paragraph = $paragraphWithFields(text);
  if ($isParagraphNode(anchorBlock) && anchorBlock.getTextContentSize() === 0) anchorBlock.replace(paragraph);
  else anchorBlock.insertAfter(paragraph);
  paragraph.selectEnd();
  return true;
}

export function InsertPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          REMEMBER_CARET_COMMAND,
          () => {
            const root = editor.getRootElement();
            const dom = window.getSelection();
            if (!root || !dom || dom.rangeCount === 0 || !root.contains(dom.anchorNode)) return false;
            const selection = $createRangeSelectionFromDom(dom, editor);
            if (selection) remembered.set(editor, selection);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(INSERT_PHRASE_COMMAND, $insertPhrase, COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_SKELETON_COMMAND, $insertSkeleton, COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_PARAGRAPH_COMMAND, $insertParagraph, COMMAND_PRIORITY_EDITOR),
      ),
    [editor],
  );
  return null;
}
