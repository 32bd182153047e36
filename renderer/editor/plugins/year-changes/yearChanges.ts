import { $getNodeByKey, $getRoot, type LexicalNode } from 'lexical';
import { $toPlainText } from '../../nodes/StandaloneTextNode';
import { $isYearChangeNode, type YearChangeNode } from '../../nodes/YearChangeNode';

/** A year 续写 moved on, as 检查 lists it: where it stands and what it was. */
export interface YearChangeItem {
  key: string;
  was: string;
  to: string;
  before: string;
  after: string;
}

function $yearChangeNodes(): YearChangeNode[] {
  const found: YearChangeNode[] = [];
  const walk = (node: LexicalNode) => {
    if ($isYearChangeNode(node)) found.push(node);
    else if ('getChildren' in node && typeof node.getChildren === 'function') (node.getChildren() as LexicalNode[]).forEach(walk);
  };
  walk($getRoot());
  return found;
}

/** Every year still marked as changed, in document order, with a few characters either side. */
export function $yearChanges(): YearChangeItem[] {
  return $yearChangeNodes().map((node) => {
    const block = node.getTopLevelElement();
    const text = block?.getTextContent() ?? '';
    const own = node.getTextContent();
    // The node's place in its block: the text of the nodes before it.
    let at = 0;
    for (const sibling of block ? block.getAllTextNodes() : []) {
      if (sibling.is(node)) break;
      at += sibling.getTextContentSize();
    }
    return { key: node.getKey(), was: node.getWas(), to: node.getTo(), before: text.slice(Math.max(0, at - 8), at), after: text.slice(at + own.length, at + own.length + 8) };
  });
}

/** Takes the change back (the year it was) or keeps it (plain text, no longer listed). */
export function $settleYearChange(key: string, back: boolean): void {
  const node = $getNodeByKey(key);
  if (!$isYearChangeNode(node)) return;
  $toPlainText(node, back ? node.getWas() : node.getTextContent());
}

export function $settleAllYearChanges(back: boolean): void {
  for (const node of $yearChangeNodes()) $settleYearChange(node.getKey(), back);
}
