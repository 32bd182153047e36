import { $getSelection, $isRangeSelection, type LexicalEditor } from 'lexical';

/**
 * The selected text: the browser's selection when it lies in the editor (it is always current),
 * otherwise the editor's own.
 */
export function selectedText(editor: LexicalEditor): string {
  const root = editor.getRootElement();
  const dom = window.getSelection();
  if (root && dom && dom.rangeCount > 0 && root.contains(dom.anchorNode) && root.contains(dom.focusNode)) {
    const text = dom.toString().trim();
    if (text) return text;
  }
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    return $isRangeSelection(selection) ? selection.getTextContent().trim() : '';
  });
}
