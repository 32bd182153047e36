import { $createParagraphNode, type ElementNode, type ParagraphNode } from 'lexical';

/**
 * What Enter and Backspace do on the report's special blocks (title, headings, addressee …): Enter
 * at the end continues with body text; Backspace at the start turns the block back into body text.
 */
export function $continueWithParagraph(block: ElementNode, restoreSelection: boolean): ParagraphNode {
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
