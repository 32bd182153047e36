import { textBlockNodeTypes } from '../../../shared/model/editorNodeTypes';
import { $applyNodeReplacement, type LexicalNode, type SerializedElementNode } from 'lexical';
import { ReportBlockNode } from './ReportBlockNode';

/** 成文日期，阿拉伯数字，右对齐。 */
export class DateNode extends ReportBlockNode {
  static override getType(): string {
    return textBlockNodeTypes.date;
  }

  static override clone(node: DateNode): DateNode {
    return new DateNode(node.__key);
  }

  static override importJSON(json: SerializedElementNode): DateNode {
    return $createDateNode().updateFromJSON(json);
  }

  protected themeKey(): string {
    return 'reportDate';
  }
}

export function $createDateNode(): DateNode {
  return $applyNodeReplacement(new DateNode());
}

export function $isDateNode(node: LexicalNode | null | undefined): node is DateNode {
  return node instanceof DateNode;
}
