import { $dfs } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';
import { $isFieldNode, type FieldNode } from '../../nodes/FieldNode';

export function $allFields(): FieldNode[] {
  return $dfs()
    .map((entry) => entry.node)
    .filter($isFieldNode);
}

/**
 * The field after (or before) the caret; the field the caret is in counts as passed. Null when
 * there is none that way: Tab after the last field does not go round to an earlier one (the user
 * would take it for one still to fill in).
 */
export function $neighbourField(direction: 'next' | 'previous'): FieldNode | null {
  const nodes = $dfs().map((entry) => entry.node);
  const fields = nodes.filter($isFieldNode);
  if (fields.length === 0) return null;
  const selection = $getSelection();
  const anchor = $isRangeSelection(selection) ? selection.anchor.getNode() : null;
  const at = anchor ? nodes.findIndex((n) => n.is(anchor)) : -1;
  const order = (field: FieldNode) => nodes.findIndex((n) => n.is(field));
  if (direction === 'next') return fields.find((f) => order(f) > at) ?? null;
  return [...fields].reverse().find((f) => order(f) < at) ?? null;
}

/** Selects the whole field, so typing replaces it. */
export function $selectField(field: FieldNode): void {
  field.select(0, field.getTextContentSize());
}
