import { $createRangeSelection, $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, $setSelection, type LexicalEditor, type LexicalNode, type TextNode } from 'lexical';
import type { Finding } from '../../shared/checks';

/** The text node and offset at a character offset of a block's text (a line break counts as one). */
function $pointAt(block: LexicalNode, offset: number): { node: TextNode; offset: number } | null {
  const state: { seen: number; last: TextNode | null } = { seen: 0, last: null };
  const walk = (node: LexicalNode): { node: TextNode; offset: number } | null => {
    if ($isTextNode(node)) {
      const size = node.getTextContentSize();
      if (offset <= state.seen + size) return { node, offset: offset - state.seen };
      state.seen += size;
      state.last = node;
    } else if ($isLineBreakNode(node)) state.seen += 1;
    else if ($isElementNode(node)) {
      for (const child of node.getChildren()) {
        const found = walk(child);
        if (found) return found;
      }
    }
    return null;
  };
  const found = walk(block);
  const tail = state.last;
  return found ?? (tail ? { node: tail, offset: tail.getTextContentSize() } : null);
}

/** Selects what a finding marks (or puts the caret at the start of its block) and scrolls to it. */
export function goToFinding(editor: LexicalEditor, finding: Finding): void {
  let key: string | null = null;
  editor.update(() => {
    const block = $getRoot().getChildAtIndex(Math.max(0, finding.block));
    if (!block) return;
    key = block.getKey();
    const start = $pointAt(block, finding.offset);
    const end = $pointAt(block, finding.offset + finding.length);
    if (!start || !end) {
      if ($isElementNode(block)) block.selectStart();
      return;
    }
    const selection = $createRangeSelection();
    selection.anchor.set(start.node.getKey(), start.offset, 'text');
    selection.focus.set(end.node.getKey(), end.offset, 'text');
    $setSelection(selection);
  });
  if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  editor.focus();
}

/** Replaces what a finding marks with its fix, as one undoable edit. */
export function applyFix(editor: LexicalEditor, finding: Finding): void {
  if (finding.fix === undefined) return;
  const fix = finding.fix;
  goToFinding(editor, finding);
  editor.update(() => {
    const block = $getRoot().getChildAtIndex(finding.block);
    const start = block && $pointAt(block, finding.offset);
    const end = block && $pointAt(block, finding.offset + finding.length);
    if (!start || !end) return;
    const selection = $createRangeSelection();
    selection.anchor.set(start.node.getKey(), start.offset, 'text');
    selection.focus.set(end.node.getKey(), end.offset, 'text');
    $setSelection(selection);
    selection.insertText(fix);
  });
}

/** A DOM range over a finding in the rendered editor, for the underline (CSS Custom Highlight API). */
export function domRangeFor(blockElement: HTMLElement, finding: Finding): Range | null {
  if (finding.length === 0) return null;
  const points: { node: Node; offset: number }[] = [];
  const targets = [finding.offset, finding.offset + finding.length];
  let seen = 0;
  const walker = document.createTreeWalker(blockElement, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node && points.length < 2; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if ((node as Element).tagName === 'BR') seen += 1;
      continue;
    }
    const size = node.textContent?.length ?? 0;
    while (points.length < 2 && (targets[points.length] ?? Infinity) <= seen + size) {
      points.push({ node, offset: (targets[points.length] ?? 0) - seen });
    }
    seen += size;
  }
  const [start, end] = points;
  if (!start || !end) return null;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}
