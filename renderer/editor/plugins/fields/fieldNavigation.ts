import { $dfs } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';
import { $isFieldNode, type FieldNode } from '../../nodes/FieldNode';

export function $allFields(): FieldNode[] {
  return $dfs()
    .map((entry) => entry.node)
    .filter($isFieldNode);
}

/**
 * The field after (or before) the caret, wrapping around the draft; the field the caret is in
 * counts as passed. Null when the draft has no field.
 */
export function $neighbourField(direction: 'next' | 'previous'): FieldNode | null {
  const nodes = $dfs().map((entry) => entry.node);
  const fields = nodes.filter($isFieldNode);
  if (fields.length === 0) return null;
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const at = anchor ? nodes.findIndex((n) => n.is(anchor)) : -1;
  const order = (field: FieldNode) => nodes.findIndex((n) => n.is(field));
  if (direction === 'next') return fields.find((f) => order(f) > at) ?? fields[0] ?? null;
  return [...fields].reverse().find((f) => order(f) < at) ?? fields.at(-1) ?? null;
}

/** Selects the whole field, so typing replaces it. */
export function $selectField(field: FieldNode): void {
  field.select(0, field.getTextContentSize());
}
