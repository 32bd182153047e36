import { textBlockNodeTypes } from '../../../shared/model/editorNodeTypes';
import { $applyNodeReplacement, type LexicalNode, type SerializedElementNode } from 'lexical';
import { ReportBlockNode } from './ReportBlockNode';

/** 结语（特此报告。），单独成段，首行缩进两字。 */
export class ClosingNode extends ReportBlockNode {
  static override getType(): string {
    return textBlockNodeTypes.closing;
  }

  static override clone(node: ClosingNode): ClosingNode {
    return new ClosingNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): ClosingNode {
    return $createClosingNode().updateFromJSON(json);
  }

  protected themeKey(): string {
    return 'reportClosing';
  }
}

export function $createClosingNode(): ClosingNode {
  return $applyNodeReplacement(new ClosingNode());
}

export function $isClosingNode(node: LexicalNode | null | undefined): node is ClosingNode {
  return node instanceof ClosingNode;
}
