import type { EditorState, LexicalEditor } from 'lexical';
import type { ReportDocument } from '../../shared/model/document';
import { documentFromLexical } from '../../shared/model/documentFromLexical';

/**
 * The editor's report document, made once per editor state: the page view, the checks, the 版记 and
 * the export all read the same state after a keystroke, and an editor state never changes.
 */
const documents = new WeakMap<EditorState, ReportDocument>();

export function documentOf(editor: LexicalEditor): ReportDocument {
  const state = editor.getEditorState();
  let doc = documents.get(state);
  if (!doc) {
    doc = documentFromLexical(state.toJSON());
    documents.set(state, doc);
  }
  return doc;
}
