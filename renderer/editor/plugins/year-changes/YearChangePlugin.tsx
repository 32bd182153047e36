import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $toPlainText } from '../../nodes/StandaloneTextNode';
import { YearChangeNode } from '../../nodes/YearChangeNode';

/** A changed year the writer edits is theirs: it becomes plain text and leaves 已改年份. */
export function YearChangePlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerNodeTransform(YearChangeNode, (node) => {
        if (node.getTextContent() !== node.getTo()) $toPlainText(node);
      }),
    [editor],
  );
  return null;
}
