import { FIELD_NODE_TYPE } from '../../../shared/model/editorNodeTypes';
import {
  $applyNodeReplacement,
  type EditorConfig,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { editorStrings } from '../strings';
import { StandaloneTextNode } from './StandaloneTextNode';

export type SerializedFieldNode = Spread<{ placeholder: string; hint?: string }, SerializedTextNode>;

/**
 * A fill-in field: a blanked-out name or number (`XX`, `某某`, `＊`) that must be filled before the
 * report is handed in. It is text (export writes it as is); once its text changes it becomes plain
 * text (see FieldPlugin). Typing next to a field never extends it.
 */
export class FieldNode extends StandaloneTextNode {
  __placeholder: string;
  /** What the field stood for before (续写: `上年：36次`), shown when the caret or pointer is on it. */
  __hint: string | undefined;

  static override getType(): string {
    return FIELD_NODE_TYPE;
  }

  static override clone(node: FieldNode): FieldNode {
    return new FieldNode(node.__text, node.__placeholder, node.__key, node.__hint);
  }

  constructor(text: string, placeholder: string = text, key?: NodeKey, hint?: string) {
    super(text, key);
    this.__placeholder = placeholder;
    this.__hint = hint;
  }

  getHint(): string | undefined {
    return this.getLatest().__hint;
  }

  getPlaceholder(): string {
    return this.getLatest().__placeholder;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('report-field');
    dom.title = this.__hint ? `${this.__hint}。${editorStrings.fieldHint}` : editorStrings.fieldHint;
    if (this.__hint) dom.dataset.hint = this.__hint;
    return dom;
  }

  static override importJSON(json: SerializedFieldNode): FieldNode {
    return $createFieldNode(json.text, json.placeholder, json.hint).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedFieldNode>): this {
    const node = super.updateFromJSON(json);
    node.getWritable().__placeholder = json.placeholder;
    if (typeof json.hint === 'string') node.getWritable().__hint = json.hint;
    return node;
  }

  override exportJSON(): SerializedFieldNode {
    const hint = this.getHint();
    return { ...super.exportJSON(), placeholder: this.getPlaceholder(), ...(hint ? { hint } : {}) };
  }
}

export function $createFieldNode(text: string, placeholder: string = text, hint?: string): FieldNode {
  return $applyNodeReplacement(new FieldNode(text, placeholder, undefined, hint));
}

export function $isFieldNode(node: LexicalNode | null | undefined): node is FieldNode {
  return node instanceof FieldNode;
}
