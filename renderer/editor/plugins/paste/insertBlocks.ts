import { $getRoot, $isElementNode, type LexicalNode, type RangeSelection } from 'lexical';
import { $isReportTableNode } from '../../nodes/ReportTableNode';
import { $isTitleNode } from '../../nodes/TitleNode';

/** Where the caret stands in its block: at its start, its end (or the block is empty), or inside. */
function $caretEdge(selection: RangeSelection, block: LexicalNode): 'start' | 'end' | 'middle' {
  if ($isEmptyBlock(block) || !$isElementNode(block)) return 'end';
  const point = selection.anchor;
  const node = point.getNode();
  if (point.type === 'element') {
    if (!node.is(block)) return 'middle';
    if (point.offset === 0) return 'start';
    return point.offset >= block.getChildrenSize() ? 'end' : 'middle';
  }
  if (point.offset === 0 && node.is(block.getFirstDescendant())) return 'start';
  if (point.offset === node.getTextContentSize() && node.is(block.getLastDescendant())) return 'end';
  return 'middle';
}

const $isEmptyBlock = (node: LexicalNode): boolean =>
  $isElementNode(node) && !$isReportTableNode(node) && node.getTextContentSize() === 0;

/**
 * Inserts whole blocks where the selection is: a selection is replaced, a caret inside a block
 * splits it (the rest follows the inserted blocks), and a block left empty goes, whatever its
 * kind, so Ctrl+A and paste leaves no empty title above the pasted one. A pasted title replaces an
 * empty title elsewhere in the draft: a report has one title.
 */
export function $insertBlocksAtSelection(selection: RangeSelection, blocks: readonly LexicalNode[]): void {
  if (blocks.length === 0) return;
  if (!selection.isCollapsed()) selection.removeText();
  let anchor: LexicalNode = selection.anchor.getNode().getTopLevelElementOrThrow();
  const edge = $caretEdge(selection, anchor);
  if (edge === 'middle') {
    selection.insertParagraph();
    anchor = selection.anchor.getNode().getTopLevelElementOrThrow().getPreviousSibling() ?? anchor;
  } else if (edge === 'start') {
    // At the start of a block: the pasted blocks go before it.
    for (const block of blocks) anchor.insertBefore(block);
    blocks.at(-1)?.selectEnd();
    return;
  }
  let previous: LexicalNode = anchor;
  for (const block of blocks) {
    previous.insertAfter(block);
    previous = block;
  }
  if ($isEmptyBlock(anchor)) anchor.remove();
  if (blocks.some($isTitleNode)) {
    for (const child of $getRoot().getChildren()) {
      if ($isTitleNode(child) && !blocks.includes(child) && child.getTextContentSize() === 0) child.remove();
    }
  }
  blocks.at(-1)?.selectEnd();
}
