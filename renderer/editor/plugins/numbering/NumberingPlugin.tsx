import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot } from 'lexical';
import { useEffect } from 'react';
import { numberHeadings } from '../../../../shared/model/numbering';
import { $isReportHeadingNode, ReportHeadingNode } from '../../nodes/ReportHeadingNode';

/**
 * Shows every heading's number, computed from its position. Runs only when a heading is created,
 * changed, moved or removed, so ordinary typing in body text costs nothing here.
 */
export function NumberingPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerMutationListener(
        ReportHeadingNode,
        () => {
          editor.getEditorState().read(() => {
            const headings = $getRoot().getChildren().filter($isReportHeadingNode);
            const numbers = numberHeadings(headings.map((h) => h.getLevel()));
            headings.forEach((heading, i) => {
              const dom = editor.getElementByKey(heading.getKey());
              if (dom) dom.dataset.number = numbers[i];
            });
          });
        },
        { skipInitialization: false },
      ),
    [editor],
  );
  return null;
}
