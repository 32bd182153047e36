import type { LexicalEditor } from 'lexical';
import { $getNodeByKey } from 'lexical';
import { $isFieldNode } from '../../nodes/FieldNode';
import { $allFields, $selectField } from './fieldNavigation';

/** An unfilled field with a little of the text around it, for lists the user picks from. */
export interface FieldEntry {
  key: string;
  text: string;
  before: string;
  after: string;
}

export function $fieldEntries(): FieldEntry[] {
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

/** Selects the field so typing replaces it, scrolls it into view and focuses the editor. */
export function goToField(editor: LexicalEditor, key: string): void {
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isFieldNode(node)) $selectField(node);
  });
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  editor.focus();
}
