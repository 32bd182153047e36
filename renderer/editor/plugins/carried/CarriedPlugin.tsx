import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $getRoot, $isParagraphNode, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $isCarried } from '../../carried';
import { editorStrings } from '../../strings';

/** Marks (or unmarks) the paragraphs with these keys as carried over unchanged from last year. */
function mark(editor: LexicalEditor, keys: Iterable<string>): void {
  for (const key of keys) {
    const node = $getNodeByKey(key);
    if (!$isParagraphNode(node) || node.getParent() !== $getRoot()) continue;
    const element = editor.getElementByKey(key);
    if (!element) continue;
    const carried = $isCarried(node);
    // Only a change touches the page: rewriting every paragraph's class on open would restyle them all.
    if (element.classList.contains('carried') === carried) continue;
    element.classList.toggle('carried', carried);
    if (carried) element.dataset.carried = editorStrings.carried;
    else delete element.dataset.carried;
  }
}

/** 沿用上年: a quiet mark beside each body paragraph 续写 carried over, until the user edits it. */
export function CarriedPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    editor.getEditorState().read(() => mark(editor, $getRoot().getChildrenKeys()));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      editorState.read(() => {
        // A draft opened or replaced marks only the root: then every paragraph is looked at.
        const whole = dirtyElements.has('root') && dirtyLeaves.size === 0 && dirtyElements.size === 1;
        mark(editor, whole ? $getRoot().getChildrenKeys() : dirtyElements.keys());
      });
    });
  }, [editor]);
  return null;
}
