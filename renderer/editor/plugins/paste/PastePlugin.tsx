import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  COMMAND_PRIORITY_LOW,
  PASTE_COMMAND,
  PASTE_TAG,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { useEffect } from 'react';
import { joinHardWraps, type Join } from '../../../../shared/genre/hardWraps';
import { parseReportText } from '../../../../shared/genre/report';
import { useNotify, type Notify } from '../../../kit/notices';
import { $blocksFromReport, $textWithFields } from '../../blocks';
import { $isTitleNode } from '../../nodes/TitleNode';
import { editorStrings } from '../../strings';
import { $insertBlocksAtSelection } from './insertBlocks';

/**
 * A report has one title, and it is the first block: a paste makes a title only into a draft with
 * no title yet, at its first block. Elsewhere a pasted title-shaped line is a body paragraph.
 */
function $titleAllowedAt(block: LexicalNode): boolean {
  const root = $getRoot();
  const titled = root.getChildren().some((child) => $isTitleNode(child) && child.getTextContentSize() > 0 && !child.is(block));
  return !titled && (root.getFirstChild()?.is(block) ?? true);
}

function $pastedBlocks(text: string, keepNoise: boolean, titleAllowed: boolean): LexicalNode[] {
  const blocks = $blocksFromReport(parseReportText(text, keepNoise ? { keepNoise: true } : {}));
  if (titleAllowed) return blocks;
  return blocks.map((block) => {
    if (!$isTitleNode(block)) return block;
    return $createParagraphNode().append(...block.getChildren());
  });
}

/**
 * Puts the pasted text back with everything the cleaner removed and every line break as it was,
 * in place of what the paste inserted. Every update here is tagged a paste: one undo step of its
 * own, never folded into the typing before it.
 */
function restoreOriginal(editor: LexicalEditor, text: string, keys: readonly string[]): void {
  editor.update(() => {
    const alive = keys.map((key) => $getNodeByKey(key)).filter((node): node is LexicalNode => node !== null);
    const first = alive[0];
    if (!first) return;
    const full = $pastedBlocks(text, true, $titleAllowedAt(first));
    for (const block of full) first.insertBefore(block);
    alive.forEach((node) => node.remove());
    full.at(-1)?.selectEnd();
  }, { tag: PASTE_TAG });
  editor.focus();
}

/** Splits `block` before the character at `offset` of its text; the rest becomes the next block. */
function $splitBlockAt(block: ElementNode, offset: number): void {
  let at = 0;
  for (const node of block.getAllTextNodes()) {
    const size = node.getTextContentSize();
    if (offset <= at + size && $isTextNode(node)) {
      node.select(offset - at, offset - at);
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertParagraph();
      return;
    }
    at += size;
  }
}

/** Gives back the line breaks a paste took out of mid-sentence lines, in the blocks it made. */
function restoreBreaks(editor: LexicalEditor, keys: readonly string[], joins: readonly Join[]): void {
  editor.update(() => {
    const blocks = keys.map((key) => $getNodeByKey(key)).filter((node): node is ElementNode => $isElementNode(node));
    for (const join of joins) {
      const block = blocks.find((b) => b.getTextContent().includes(join.line));
      if (!block) continue;
      const start = block.getTextContent().indexOf(join.line);
      // From the last break back, so the earlier offsets stay where they were.
      for (const at of [...join.at].reverse()) $splitBlockAt(block, start + at);
    }
  }, { tag: PASTE_TAG });
  editor.focus();
}

/**
 * Paste from Word, WPS or a web page arrives as report structure, never as foreign styles: the
 * plain text is read with the import parser (headings, placeholders as fields). Lines a PDF or a
 * web page broke in the middle of a sentence are joined first. A single line is inserted at the
 * caret. Whatever the cleaner removed and every join is announced, and can be given back.
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
  const { text: joined, joins } = joinHardWraps(text);
  const lines = joined.split('\n').filter((l) => l.trim() !== '');
  const report = lines.length > 1 ? parseReportText(joined) : null;
  let keys: string[] = [];
  editor.update(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (!report) {
      selection.insertNodes($textWithFields(joined.replace(/[\r\n]+/g, '')));
      const block = $getSelection()?.getNodes()[0]?.getTopLevelElement();
      keys = block ? [block.getKey()] : [];
      return;
    }
    if (!selection.isCollapsed()) selection.removeText();
    const block = selection.anchor.getNode().getTopLevelElementOrThrow();
    const blocks = $pastedBlocks(joined, false, $titleAllowedAt(block));
    $insertBlocksAtSelection(selection, blocks);
    keys = blocks.map((b) => b.getKey());
  }, { tag: PASTE_TAG });
  const removed = report?.removed.map((r) => r.reason) ?? [];
  const t = editorStrings.paste;
  const breaks = joins.reduce((n, j) => n + j.at.length, 0);
  if (removed.length > 0) {
    const message = breaks > 0 ? `${t.removed(removed)}${t.joined(breaks)}` : t.removed(removed);
    notify(message, { label: t.restore, run: () => restoreOriginal(editor, text, keys) });
  } else if (breaks > 0) {
    notify(t.joined(breaks), { label: t.keepBreaks, run: () => restoreBreaks(editor, keys, joins) });
  }
}
