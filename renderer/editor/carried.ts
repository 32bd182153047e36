import { $getState, $setState, createState, type LexicalNode } from 'lexical';
import { CARRIED_STATE_KEY } from '../../shared/model/editorNodeTypes';

/**
 * 沿用上年: the text a body paragraph had when 续写 carried it over from last year's report. While the
 * paragraph still reads so, a quiet mark in the margin says it is last year's text; an edit ends it.
 * Kept in the node's state, so it is saved and undone with the draft and never exported.
 */
const carriedText = createState(CARRIED_STATE_KEY, { parse: (value) => (typeof value === 'string' ? value : '') });

export function $markCarried(node: LexicalNode): void {
  $setState(node, carriedText, node.getTextContent());
}

/** Whether the paragraph still reads as it did when carried over. */
export function $isCarried(node: LexicalNode): boolean {
  const text = $getState(node, carriedText);
  return text !== '' && node.getTextContent() === text;
}
