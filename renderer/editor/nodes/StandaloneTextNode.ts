import { $createTextNode, TextNode } from 'lexical';

/**
 * Text that stands alone in its paragraph (a fill-in field, a year 续写 changed): typing next to it
 * never extends it and it never merges with the text around it. Not a node type of its own.
 */
export abstract class StandaloneTextNode extends TextNode {
  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }

  override isUnmergeable(): boolean {
    return true;
  }
}

/** Replaces it by ordinary text, with its format and style, keeping the caret in it. */
export function $toPlainText(node: TextNode, text: string = node.getTextContent()): TextNode {
  const plain = $createTextNode(text).setFormat(node.getFormat()).setStyle(node.getStyle());
  const selected = node.isSelected();
  node.replace(plain);
  if (selected) plain.selectEnd();
  return plain;
}
