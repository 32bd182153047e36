import { $dfs } from '@lexical/utils';
import { $getSelection, $isRangeSelection, $isTextNode, type TextNode } from 'lexical';
import { placeholdersIn } from '../../../../shared/genre/placeholders';
import { $createFieldNode, $isFieldNode } from '../../nodes/FieldNode';

/**
 * Turns the placeholders typed into a text node (`XX`, `X`, `某某`, `＊`) into fields, so every
 * placeholder 检查 lists is one Tab reaches. One that ends at the caret may still be growing
 * (`X` → `XX`) and waits, unless `evenAtCaret` (Tab is about to walk the fields).
 */
export function $fieldsInText(node: TextNode, evenAtCaret = false): void {
  if ($isFieldNode(node) || !node.isSimpleText() || !node.isAttached()) return;
  const text = node.getTextContent();
  const selection = $getSelection();
  const caret =
    !evenAtCaret && $isRangeSelection(selection) && selection.isCollapsed() && selection.anchor.key === node.getKey()
      ? selection.anchor.offset
      : -1;
  const found = placeholdersIn(text).filter((p) => p.offset + p.text.length !== caret);
  if (found.length === 0) return;
  const cuts = found.flatMap((p) => [p.offset, p.offset + p.text.length]).filter((at) => at > 0 && at < text.length);
  const pieces = cuts.length > 0 ? node.splitText(...cuts) : [node];
  let at = 0;
  for (const piece of pieces) {
    const start = at;
    at += piece.getTextContentSize();
    const match = found.find((p) => p.offset === start && p.text.length === piece.getTextContentSize());
    if (match) piece.replace($createFieldNode(match.text).setFormat(piece.getFormat()).setStyle(piece.getStyle()));
  }
}

export function $fieldsInDocument(): void {
  for (const { node } of $dfs()) if ($isTextNode(node)) $fieldsInText(node, true);
}
