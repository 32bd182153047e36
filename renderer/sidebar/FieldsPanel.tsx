import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey } from 'lexical';
import { $isFieldNode } from '../editor/nodes/FieldNode';
import { $allFields, $selectField } from '../editor/plugins/fields/fieldNavigation';
import { useDocumentSnapshot } from './useDocumentSnapshot';

interface FieldEntry {
  key: string;
  text: string;
  before: string;
  after: string;
}

function $fields(): FieldEntry[] {
  return $allFields().map((field) => {
    const block = field.getTopLevelElementOrThrow().getTextContent();
    const own = field.getTextContent();
    const at = block.indexOf(own);
    return {
      key: field.getKey(),
      text: own,
      before: at > 0 ? block.slice(Math.max(0, at - 12), at) : '',
      after: at >= 0 ? block.slice(at + own.length, at + own.length + 12) : '',
    };
  });
}

/** “Fill in all fields”: every placeholder in the draft with its context; click to fill it. */
export function FieldsPanel() {
  const [editor] = useLexicalComposerContext();
  const fields = useDocumentSnapshot($fields, []);
  if (fields.length === 0) return <p className="panel-note">文稿里没有待填写的占位符（XX、某某、＊ 等）。</p>;
  return (
    <>
      <p className="panel-hint">待填写 {fields.length} 处。点击跳到该处，或在正文中按 Tab / Shift+Tab 逐个填写。</p>
      <ol className="fields-list" aria-label="待填写">
        {fields.map((field) => (
          <li key={field.key}>
            <button
              type="button"
              onClick={() => {
                editor.update(() => {
                  const node = $getNodeByKey(field.key);
                  if ($isFieldNode(node)) $selectField(node);
                });
                editor.getElementByKey(field.key)?.scrollIntoView({ block: 'center' });
                editor.focus();
              }}
            >
              …{field.before}
              <mark>{field.text}</mark>
              {field.after}…
            </button>
          </li>
        ))}
      </ol>
    </>
  );
}
