import { $copyNode, $createParagraphNode, $isElementNode, type ElementNode, type RangeSelection } from 'lexical';

/** Whether the caret stands before the first character of a block that has text. */
function $isAtStartOfText(block: ElementNode, selection: RangeSelection | undefined): boolean {
  if (!selection?.isCollapsed() || block.getTextContentSize() === 0) return false;
  const { anchor } = selection;
  if (anchor.offset !== 0) return false;
  const node = anchor.getNode();
  if ($isElementNode(node)) return node.is(block);
  return node.is(block.getFirstDescendant());
}

/**
 * What Enter and Backspace do on the report's special blocks (title, headings, addressee …): Enter
 * at the end continues with body text; Enter at the start opens an empty body line above, the block
 * keeping its kind (Lexical moves the text into the block this returns); Backspace at the start
 * turns the block back into body text.
 */
export function $continueWithParagraph(block: ElementNode, restoreSelection: boolean, selection?: RangeSelection): ElementNode {
  if ($isAtStartOfText(block, selection)) {
    const same = $copyNode(block);
    block.insertAfter(same, restoreSelection);
    block.replace($createParagraphNode(), true);
    return same;
  }
  const paragraph = $createParagraphNode();
  block.insertAfter(paragraph, restoreSelection);
  return paragraph;
}

export function $turnIntoParagraph(block: ElementNode): true {
  const paragraph = $createParagraphNode();
  block.getChildren().forEach((child) => paragraph.append(child));
  block.replace(paragraph);
  return true;
}
