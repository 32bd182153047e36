import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createTextNode } from 'lexical';
import { useEffect } from 'react';
import { YearChangeNode } from '../../nodes/YearChangeNode';

/** A changed year the writer edits is theirs: it becomes plain text and leaves 已改年份. */
export function YearChangePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(YearChangeNode, (node) => {
        if (node.getTextContent() === node.getTo()) return;
        const text = $createTextNode(node.getTextContent()).setFormat(node.getFormat()).setStyle(node.getStyle());
        const selected = node.isSelected();
        node.replace(text, true);
        if (selected) text.selectEnd();
      }),
    [editor],
  );
  return null;
}
