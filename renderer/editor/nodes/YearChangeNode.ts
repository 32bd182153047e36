import { YEAR_CHANGE_NODE_TYPE } from '../../../shared/model/editorNodeTypes';
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

export type SerializedYearChangeNode = Spread<{ was: string; to: string }, SerializedTextNode>;

/**
 * A year 续写 moved on (`2025` → `2026`): it remembers the year it was, so the writer can take each
 * change back or keep it (检查 → 已改年份). It is text (export writes it as is); once its text is
 * edited, or the change kept, it becomes plain text. Typing next to it never extends it.
 */
export class YearChangeNode extends StandaloneTextNode {
  __was: string;
  /** The year it became; another text means the writer edited it. */
  __to: string;

  static override getType(): string {
    return YEAR_CHANGE_NODE_TYPE;
  }

  static override clone(node: YearChangeNode): YearChangeNode {
    return new YearChangeNode(node.__text, node.__was, node.__to, node.__key);
  }

  constructor(text: string, was: string, to: string = text, key?: NodeKey) {
    super(text, key);
    this.__was = was;
    this.__to = to;
  }

  getWas(): string {
    return this.getLatest().__was;
  }

  getTo(): string {
    return this.getLatest().__to;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('report-year-change');
    dom.title = editorStrings.yearChanged(this.__was);
    return dom;
  }

  static override importJSON(json: SerializedYearChangeNode): YearChangeNode {
    return $createYearChangeNode(json.text, json.was, json.to).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedYearChangeNode>): this {
    const node = super.updateFromJSON(json);
    node.getWritable().__was = json.was;
    node.getWritable().__to = typeof json.to === 'string' ? json.to : json.text;
    return node;
  }

  override exportJSON(): SerializedYearChangeNode {
    return { ...super.exportJSON(), was: this.getWas(), to: this.getTo() };
  }
}

export function $createYearChangeNode(text: string, was: string, to: string = text): YearChangeNode {
  return $applyNodeReplacement(new YearChangeNode(text, was, to));
}

export function $isYearChangeNode(node: LexicalNode | null | undefined): node is YearChangeNode {
  return node instanceof YearChangeNode;
}
